import { describe, expect, it } from 'vitest';
import type { HintStorage, KeyValueStore } from './saved-hint';
import { withSavedHint } from './saved-hint';
import { clearLastDataset, loadLastDataset, saveLastDataset } from './storage';
import type { LoadedDataset } from './sources';
import { generateNational, toCanonicalJson as generatedJson } from '../../scripts/gen-national.mjs';
import { readJsonText } from './json';
import { OFF_MAIN_THREAD_MIN_BYTES } from './parse-threshold';

function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: (key) => Promise.resolve(structuredClone(data.get(key))),
    set: (key, value) => {
      data.set(key, structuredClone(value));
      return Promise.resolve();
    },
    del: (key) => {
      data.delete(key);
      return Promise.resolve();
    },
  };
}

const noPause = (): Promise<void> => Promise.resolve();

const failingStore: KeyValueStore = {
  get: () => Promise.reject(new DOMException('denied', 'SecurityError')),
  set: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
  del: () => Promise.reject(new DOMException('denied', 'SecurityError')),
};

function loadedFrom(json: string): LoadedDataset {
  const result = readJsonText(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return {
    dataset: result.dataset,
    warnings: result.warnings,
    source: { kind: 'file', name: 'a.json' },
    loadedAt: '2025-01-02T03:04:05.000Z',
  };
}

const DATASET = JSON.stringify({
  title: 'Uji',
  institutions: [{ year: 2024, name: 'A', score: 90 }],
  records: [
    { year: 2024, institution: 'A', unit: 'B', total: 93.5 },
    {
      year: 2024,
      institution: 'A',
      unit: 'C',
      dimensions: { input: 90, proses: 80, output: 70, pengaduan: 60 },
      illustrative: true,
    },
  ],
});

describe('saveLastDataset / loadLastDataset', () => {
  it('gives back what was saved, computed totals still marked as computed', async () => {
    const store = memoryStore();
    const loaded = loadedFrom(DATASET);
    expect(loaded.dataset.records[1]?.totalComputed).toBe(true);
    expect(await saveLastDataset(loaded, store, noPause)).toBe(true);
    const back = await loadLastDataset(store);
    expect(back).toEqual(loaded);
  });

  it('returns null when nothing is saved, after clearing, or for an old or damaged entry', async () => {
    const store = memoryStore();
    expect(await loadLastDataset(store)).toBeNull();

    await saveLastDataset(loadedFrom(DATASET), store);
    expect(await clearLastDataset(store)).toBe(true);
    expect(await loadLastDataset(store)).toBeNull();

    for (const damaged of [
      'text',
      { version: 2, json: { records: [] }, source: { kind: 'bundled' }, loadedAt: '2025-01-01T00:00:00Z' },
      { version: 2, json: new Blob(['{"records": [']), source: { kind: 'bundled' }, loadedAt: '2025-01-01T00:00:00Z' },
      {
        version: 2,
        json: '{"records": [{"year": 1999}]}',
        source: { kind: 'bundled' },
        loadedAt: '2025-01-01T00:00:00Z',
      },
      { version: 2, source: { kind: 'bundled' }, loadedAt: '2025-01-01T00:00:00Z' },
      { version: 0, dataset: {}, source: { kind: 'bundled' }, loadedAt: '2025-01-01T00:00:00Z' },
      {
        version: 1,
        dataset: { records: [{ year: 'x' }] },
        source: { kind: 'bundled' },
        loadedAt: '2025-01-01T00:00:00Z',
      },
      {
        version: 1,
        dataset: JSON.parse(DATASET) as unknown,
        source: { kind: 'ftp' },
        loadedAt: '2025-01-01T00:00:00Z',
      },
      { version: 1, dataset: JSON.parse(DATASET) as unknown, source: { kind: 'bundled' }, loadedAt: 'gestern' },
    ]) {
      store.data.set('last-dataset', damaged);
      expect(await loadLastDataset(store)).toBeNull();
    }
  });

  it('keeps the dataset as canonical JSON in a Blob, which reads back as the dataset', async () => {
    const store = memoryStore();
    const loaded = loadedFrom(DATASET);
    await saveLastDataset(loaded, store, noPause);
    const stored = store.data.get('last-dataset') as Record<string, unknown>;
    expect(stored).toMatchObject({ version: 2, source: loaded.source, loadedAt: loaded.loadedAt });
    expect(stored.json).toBeInstanceOf(Blob);
    const json = JSON.parse(await (stored.json as Blob).text()) as { records: Record<string, unknown>[] };
    // Computed totals are left out, so reading computes (and marks) them again.
    expect(json.records[1]).not.toHaveProperty('total');
    expect(readJsonText(JSON.stringify(json))).toEqual({
      ok: true,
      dataset: loaded.dataset,
      warnings: loaded.warnings,
    });
  });

  it('gives back a national-size dataset, read like a large file', async () => {
    const store = memoryStore();
    const loaded = loadedFrom(generatedJson(generateNational({ scale: 0.1 })));
    expect(await saveLastDataset(loaded, store, noPause)).toBe(true);
    const stored = store.data.get('last-dataset') as { json: Blob };
    expect(stored.json.size).toBeGreaterThan(OFF_MAIN_THREAD_MIN_BYTES);
    expect(await loadLastDataset(store)).toEqual(loaded);
  });

  it('reads an entry whose JSON is text (browsers that cannot store a Blob)', async () => {
    const store = memoryStore();
    store.data.set('last-dataset', {
      version: 2,
      json: DATASET,
      source: { kind: 'file', name: 'a.json' },
      loadedAt: '2025-01-02T03:04:05.000Z',
    });
    expect(await loadLastDataset(store)).toEqual(loadedFrom(DATASET));
  });

  it('stores text when the browser refuses the Blob', async () => {
    const store = memoryStore();
    const refusesBlobs: KeyValueStore = {
      ...store,
      set: (key, value) =>
        (value as { json: unknown }).json instanceof Blob
          ? Promise.reject(new DOMException('no blobs', 'DataCloneError'))
          : store.set(key, value),
    };
    expect(await saveLastDataset(loadedFrom(DATASET), refusesBlobs, noPause)).toBe(true);
    expect(typeof (store.data.get('last-dataset') as { json: unknown }).json).toBe('string');
    expect(await loadLastDataset(store)).toEqual(loadedFrom(DATASET));
  });

  it('lets the latest save or clear win over an earlier save still being written', async () => {
    const store = memoryStore();
    const first = { ...loadedFrom(DATASET), source: { kind: 'file', name: 'first.json' } } as const;
    const second = { ...loadedFrom(DATASET), source: { kind: 'file', name: 'second.json' } } as const;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slowSave = saveLastDataset(first, store, () => held);
    expect(await saveLastDataset(second, store, noPause)).toBe(true);
    release();
    expect(await slowSave).toBe(false);
    expect((await loadLastDataset(store))?.source).toEqual({ kind: 'file', name: 'second.json' });

    let releaseAgain: () => void = () => undefined;
    const heldAgain = new Promise<void>((resolve) => {
      releaseAgain = resolve;
    });
    const overtaken = saveLastDataset(first, store, () => heldAgain);
    expect(await clearLastDataset(store)).toBe(true);
    releaseAgain();
    expect(await overtaken).toBe(false);
    expect(await loadLastDataset(store)).toBeNull();
  });

  it('reads an entry of version 1 (the dataset as objects), written by hand', async () => {
    const store = memoryStore();
    store.data.set('last-dataset', {
      version: 1,
      dataset: JSON.parse(DATASET) as unknown,
      source: { kind: 'url', url: 'https://x.id/d.json' },
      loadedAt: '2025-01-01T00:00:00Z',
    });
    const back = await loadLastDataset(store);
    expect(back?.source).toEqual({ kind: 'url', url: 'https://x.id/d.json' });
    expect(back?.dataset.records).toHaveLength(2);
  });

  it('swallows storage failures (private mode, quota)', async () => {
    expect(await saveLastDataset(loadedFrom(DATASET), failingStore)).toBe(false);
    expect(await loadLastDataset(failingStore)).toBeNull();
    expect(await clearLastDataset(failingStore)).toBe(false);
  });

  it('copes with no IndexedDB at all (Node here, some embedded browsers)', async () => {
    expect(typeof indexedDB).toBe('undefined');
    expect(await saveLastDataset(loadedFrom(DATASET))).toBe(false);
    expect(await loadLastDataset()).toBeNull();
    expect(await clearLastDataset()).toBe(false);
  });
});

describe('withSavedHint', () => {
  function memoryHints(): HintStorage & { items: Map<string, string> } {
    const items = new Map<string, string>();
    return {
      items,
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    };
  }

  function countingStore() {
    const inner = memoryStore();
    const gets = { count: 0 };
    const store: KeyValueStore = { ...inner, get: (key) => (gets.count++, inner.get(key)) };
    return { inner, store, gets };
  }

  it('answers "nothing saved" without asking the store when no save was noted (a first visit)', async () => {
    const { store, gets } = countingStore();
    expect(await loadLastDataset(withSavedHint(store, memoryHints()))).toBeNull();
    expect(gets.count).toBe(0);
  });

  it('asks the store once a save was noted, and stops asking after a clear', async () => {
    const { store, gets } = countingStore();
    const hints = memoryHints();
    const hinted = withSavedHint(store, hints);
    expect(await saveLastDataset(loadedFrom(DATASET), hinted, noPause)).toBe(true);
    expect((await loadLastDataset(hinted))?.dataset.title).toBe('Uji');
    expect(gets.count).toBe(1);
    expect(await clearLastDataset(hinted)).toBe(true);
    expect(await loadLastDataset(hinted)).toBeNull();
    expect(gets.count).toBe(1);
  });

  it('notes nothing when the store refuses the save', async () => {
    const hints = memoryHints();
    expect(await saveLastDataset(loadedFrom(DATASET), withSavedHint(failingStore, hints), noPause)).toBe(false);
    expect(hints.items.size).toBe(0);
  });

  it('asks the store when the note cannot be read (storage blocked) or there is no note storage', async () => {
    const { inner, store, gets } = countingStore();
    await saveLastDataset(loadedFrom(DATASET), inner, noPause);
    const blocked: HintStorage = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    expect((await loadLastDataset(withSavedHint(store, blocked)))?.dataset.title).toBe('Uji');
    expect((await loadLastDataset(withSavedHint(store, null)))?.dataset.title).toBe('Uji');
    expect(gets.count).toBe(2);
  });
});
