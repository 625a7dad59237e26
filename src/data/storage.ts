import { createStore, del, get, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import { validateWellFormed } from '../domain/fast-validate';
import type { ValidationResult } from '../domain/model';
import type { Pause } from './canonical-blob';
import { canonicalJsonBlob, pauseForPage } from './canonical-blob';
import type { DataSource, LoadedDataset } from './sources';

/** The few operations used, so tests (and browsers without IndexedDB) can supply their own. */
export interface KeyValueStore {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
  del: (key: string) => Promise<void>;
}

const LAST_DATASET_KEY = 'last-dataset';
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

/** The part of the Web Storage API the hint needs. */
export type HintStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const SAVED_HINT_PREFIX = 'rapor:saved:';

/**
 * A store that notes in `hints` (localStorage) which keys it holds, and answers "nothing" for the
 * others without opening the store. Opening IndexedDB costs a first visit ~100 ms before its first
 * chart; the note is read synchronously. Where the note cannot be read, the store is asked.
 */
export function withSavedHint(store: KeyValueStore, hints: HintStorage | null): KeyValueStore {
  const hintKey = (key: string) => `${SAVED_HINT_PREFIX}${key}`;
  const knownAbsent = (key: string): boolean => {
    try {
      return hints !== null && hints.getItem(hintKey(key)) === null;
    } catch {
      return false;
    }
  };
  const note = (key: string, saved: boolean) => {
    try {
      if (saved) hints?.setItem(hintKey(key), '1');
      else hints?.removeItem(hintKey(key));
    } catch {
      /* without the note the store is simply asked */
    }
  };
  return {
    get: (key) => (knownAbsent(key) ? Promise.resolve(undefined) : store.get(key)),
    set: async (key, value) => {
      await store.set(key, value);
      note(key, true);
    },
    del: async (key) => {
      note(key, false);
      await store.del(key);
    },
  };
}

/**
 * False when this browser says for sure that no dataset was kept (a first visit, or after going
 * back to the bundled data); true when one may have been. Synchronous, for the first screen.
 */
export function mayHaveSavedDataset(hints: HintStorage | null = browserLocalStorage()): boolean {
  try {
    return hints === null || hints.getItem(`${SAVED_HINT_PREFIX}${LAST_DATASET_KEY}`) !== null;
  } catch {
    return true;
  }
}

function browserLocalStorage(): HintStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Reading `localStorage` itself throws where storage is blocked.
    return null;
  }
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
  const wellFormed = validateWellFormed(stored.dataset);
  if (wellFormed !== null) return wellFormed;
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
