import { createStore, del, get, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import { validateDataset } from '../domain/validate';
import type { Dataset } from '../domain/model';
import type { DataSource, LoadedDataset } from './sources';

/** The few operations used, so tests (and browsers without IndexedDB) can supply their own. */
export interface KeyValueStore {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
  del: (key: string) => Promise<void>;
}

const LAST_DATASET_KEY = 'last-dataset';
const STORED_VERSION = 1;

interface StoredDataset {
  version: number;
  dataset: unknown;
  source: DataSource;
  loadedAt: string;
}

let defaultStore: KeyValueStore | undefined;

/** IndexedDB through idb-keyval, opened on first use (not at import, which fails where there is none). */
export function indexedDbStore(): KeyValueStore {
  if (defaultStore !== undefined) return defaultStore;
  let idb: UseStore | undefined;
  const store = (): UseStore => (idb ??= createStore('rapor', 'datasets'));
  defaultStore = {
    get: (key) => get(key, store()),
    set: (key, value) => set(key, value, store()),
    del: (key) => del(key, store()),
  };
  return defaultStore;
}

/** Keeps the last good dataset for the next visit. False when the browser refuses (private mode, quota). */
export async function saveLastDataset(
  loaded: LoadedDataset,
  store: KeyValueStore = indexedDbStore(),
): Promise<boolean> {
  const stored: StoredDataset = {
    version: STORED_VERSION,
    dataset: asInput(loaded.dataset),
    source: loaded.source,
    loadedAt: loaded.loadedAt,
  };
  try {
    await store.set(LAST_DATASET_KEY, stored);
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
  if (!isStoredDataset(stored)) return null;
  const result = validateDataset(stored.dataset);
  if (!result.ok) return null;
  return { dataset: result.dataset, warnings: result.warnings, source: stored.source, loadedAt: stored.loadedAt };
}

export async function clearLastDataset(store: KeyValueStore = indexedDbStore()): Promise<boolean> {
  try {
    await store.del(LAST_DATASET_KEY);
    return true;
  } catch {
    return false;
  }
}

/** Back to input form: a computed total is left out so validation computes (and marks) it again. */
function asInput(dataset: Dataset): unknown {
  return {
    ...dataset,
    records: dataset.records.map(({ totalComputed, ...record }) =>
      totalComputed ? { ...record, total: null } : record,
    ),
  };
}

function isStoredDataset(value: unknown): value is StoredDataset {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.version === STORED_VERSION &&
    typeof v.loadedAt === 'string' &&
    !Number.isNaN(Date.parse(v.loadedAt)) &&
    isDataSource(v.source) &&
    'dataset' in v
  );
}

function isDataSource(value: unknown): value is DataSource {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.kind === 'bundled') return true;
  if (v.kind === 'file') return typeof v.name === 'string';
  if (v.kind === 'url') return typeof v.url === 'string';
  return false;
}
