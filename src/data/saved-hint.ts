/**
 * Whether a dataset was kept for the next visit, noted in localStorage beside IndexedDB. Read
 * synchronously on the first screen, so a first visit neither opens IndexedDB nor downloads the
 * code that reads and writes it (storage.ts, loaded when there is something to read or write).
 */

/** The part of a key-value store used (IndexedDB through idb-keyval; tests supply their own). */
export interface KeyValueStore {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
  del: (key: string) => Promise<void>;
}

/** The key the last loaded dataset is kept under. */
export const LAST_DATASET_KEY = 'last-dataset';

/** The part of the Web Storage API the hint needs. */
export type HintStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const SAVED_HINT_PREFIX = 'rapor:saved:';

/** The note that a dataset was kept (read also by the prerendered page's gate, before the first paint). */
export const SAVED_DATASET_HINT_KEY = `${SAVED_HINT_PREFIX}${LAST_DATASET_KEY}`;

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
    return hints === null || hints.getItem(SAVED_DATASET_HINT_KEY) !== null;
  } catch {
    return true;
  }
}

export function browserLocalStorage(): HintStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Reading `localStorage` itself throws where storage is blocked.
    return null;
  }
}
