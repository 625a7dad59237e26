import { createStore, del, get, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import type { ValidationResult } from '../domain/model';
import type { Pause } from './canonical-blob';
import { canonicalJsonBlob, pauseForPage } from './canonical-blob';
import type { DataSource, LoadedDataset } from './sources';
import type { KeyValueStore } from './saved-hint';
import { browserLocalStorage, LAST_DATASET_KEY, withSavedHint } from './saved-hint';

/**
 * Version 2 keeps the dataset as canonical JSON text (a Blob), read again like a file: in a worker
 * when large. Version 1 kept the dataset as objects, which took seconds to copy in and out of storage
 * for a national dataset; it is still read.
 */
const STORED_VERSION = 2;
const OBJECTS_VERSION = 1;

interface StoredDataset {
  version: typeof STORED_VERSION;
  /** Canonical JSON; text where a browser refused to store a Blob. */
  json: Blob | string;
  source: DataSource;
  loadedAt: string;
}

interface StoredObjects {
  version: typeof OBJECTS_VERSION;
  dataset: unknown;
  source: DataSource;
  loadedAt: string;
}

/** The name stored JSON is read under (what a reader sees as the file name). */
const STORED_FILE_NAME = 'last-dataset.json';

let defaultStore: KeyValueStore | undefined;

/** IndexedDB through idb-keyval, opened on first use (not at import, which fails where there is none). */
export function indexedDbStore(): KeyValueStore {
  if (defaultStore !== undefined) return defaultStore;
  let idb: UseStore | undefined;
  const store = (): UseStore => (idb ??= createStore('rapor', 'datasets'));
  defaultStore = withSavedHint(
    {
      get: (key) => get(key, store()),
      set: (key, value) => set(key, value, store()),
      del: (key) => del(key, store()),
    },
    browserLocalStorage(),
  );
  return defaultStore;
}

/** The latest write (save or clear) asked of each store: an earlier save still writing must not land after it. */
const latestWrite = new WeakMap<KeyValueStore, number>();

function nextWrite(store: KeyValueStore): number {
  const write = (latestWrite.get(store) ?? 0) + 1;
  latestWrite.set(store, write);
  return write;
}

/**
 * Keeps the last good dataset for the next visit, as canonical JSON written a slice at a time (the
 * page stays responsive). False when the browser refuses (private mode, quota) or a later save or
 * clear overtook this one.
 */
export async function saveLastDataset(
  loaded: LoadedDataset,
  store: KeyValueStore = indexedDbStore(),
  pause: Pause = pauseForPage,
): Promise<boolean> {
  const write = nextWrite(store);
  let json: Blob;
  try {
    json = await canonicalJsonBlob(loaded.dataset, pause);
  } catch {
    return false;
  }
  const stored = (content: Blob | string): StoredDataset => ({
    version: STORED_VERSION,
    json: content,
    source: loaded.source,
    loadedAt: loaded.loadedAt,
  });
  if (latestWrite.get(store) !== write) return false;
  try {
    await store.set(LAST_DATASET_KEY, stored(json));
    return true;
  } catch {
    // Some browsers cannot keep a Blob in IndexedDB (older Safari, some private modes); text they can.
  }
  try {
    const text = await json.text();
    if (latestWrite.get(store) !== write) return false;
    await store.set(LAST_DATASET_KEY, stored(text));
    return true;
  } catch {
    return false;
  }
}

/**
 * The saved dataset, checked again as if freshly loaded: storage may hold what an older version of
 * the app wrote, or something damaged. Anything unusable reads as "nothing saved".
 */
export async function loadLastDataset(store: KeyValueStore = indexedDbStore()): Promise<LoadedDataset | null> {
  let stored: unknown;
  try {
    stored = await store.get(LAST_DATASET_KEY);
  } catch {
    return null;
  }
  if (!isStoredDataset(stored) && !isStoredObjects(stored)) return null;
  let result: ValidationResult;
  try {
    result = await readStored(stored);
  } catch {
    return null;
  }
  if (!result.ok) return null;
  return { dataset: result.dataset, warnings: result.warnings, source: stored.source, loadedAt: stored.loadedAt };
}

export async function clearLastDataset(store: KeyValueStore = indexedDbStore()): Promise<boolean> {
  nextWrite(store);
  try {
    await store.del(LAST_DATASET_KEY);
    return true;
  } catch {
    return false;
  }
}

async function readStored(stored: StoredDataset | StoredObjects): Promise<ValidationResult> {
  if (stored.version === STORED_VERSION) {
    const file = typeof stored.json === 'string' ? new Blob([stored.json]) : stored.json;
    // Fetched here, not imported: a first visit has nothing stored and never needs it.
    const { parseOffMainThread } = await import('./parse-off-main');
    return parseOffMainThread({ file, name: STORED_FILE_NAME, contentType: 'application/json' });
  }
  const { validateDataset } = await import('../domain/validate');
  return validateDataset(stored.dataset);
}

function isStoredDataset(value: unknown): value is StoredDataset {
  return (
    hasEntryFields(value) &&
    value.version === STORED_VERSION &&
    (value.json instanceof Blob || typeof value.json === 'string')
  );
}

function isStoredObjects(value: unknown): value is StoredObjects {
  return hasEntryFields(value) && value.version === OBJECTS_VERSION && 'dataset' in value;
}

function hasEntryFields(value: unknown): value is Record<string, unknown> & { source: DataSource; loadedAt: string } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.loadedAt === 'string' && !Number.isNaN(Date.parse(v.loadedAt)) && isDataSource(v.source);
}

function isDataSource(value: unknown): value is DataSource {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.kind === 'bundled') return true;
  if (v.kind === 'file') return typeof v.name === 'string';
  if (v.kind === 'url') return typeof v.url === 'string';
  return false;
}
