import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from './storage';
import { clearLastDataset, loadLastDataset, saveLastDataset } from './storage';
import type { LoadedDataset } from './sources';
import { readJsonText } from './json';

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
    expect(await saveLastDataset(loaded, store)).toBe(true);
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

  it('reads a valid entry written by hand (input form)', async () => {
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
