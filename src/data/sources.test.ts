import { readFileSync } from 'node:fs';
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../../tests/support/api-server';
import { startApiServer } from '../../tests/support/api-server';
import { MAX_RESPONSE_BYTES } from './http';
import { LoadError } from './load-error';
import type { LoadProgress } from './sources';
import { bundledDatasetQuery, bundledDatasetUrl, fileDatasetLoad, fileDatasetQuery, urlDatasetQuery } from './sources';

let server: ApiServer;
let client: QueryClient;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => client.clear());

/** A client like the app's, but options come from the queryOptions under test. */
function freshClient(): QueryClient {
  client = new QueryClient();
  return client;
}

describe('urlDatasetQuery', () => {
  it('keys by URL and loads a LoadedDataset', async () => {
    const url = `${server.url}/json/batang-2024.json`;
    const options = urlDatasetQuery(url);
    expect(options.queryKey).toEqual(['dataset', 'url', url]);
    expect(options.staleTime).toBe(Infinity);
    const loaded = await freshClient().fetchQuery(options);
    expect(loaded.source).toEqual({ kind: 'url', url });
    expect(loaded.dataset.records).toHaveLength(6);
    expect(loaded.warnings.map((w) => w.code)).toEqual(['reportedDiffersFromMean']);
    expect(Number.isNaN(Date.parse(loaded.loadedAt))).toBe(false);
  });

  it('retries a flaky server with back-off until it answers', async () => {
    const started = Date.now();
    const loaded = await freshClient().fetchQuery(urlDatasetQuery(`${server.url}/flaky/query`));
    expect(server.hits('/flaky/query')).toBe(3);
    // Two waits: 0.5 s and 1 s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(loaded.dataset.records).toHaveLength(6);
  });

  it('does not retry a 404', async () => {
    const error: unknown = await freshClient()
      .fetchQuery(urlDatasetQuery(`${server.url}/json/none.json`))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(server.hits('/json/none.json')).toBe(1);
  });

  it('throws invalid data as a permanent LoadError with the problems', async () => {
    const error: unknown = await freshClient()
      .fetchQuery(urlDatasetQuery(`${server.url}/html`))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(error).toMatchObject({ transient: false, problems: [{ code: 'htmlInsteadOfData' }] });
    expect(server.hits('/html')).toBe(1);
  });
});

describe('bundledDatasetQuery', () => {
  it('loads data/rapor-default.json under the base, and that file is valid', async () => {
    const options = bundledDatasetQuery(`${server.url}/public/`);
    expect(options.queryKey).toEqual(['dataset', 'bundled']);
    const loaded = await freshClient().fetchQuery(options);
    expect(loaded.source).toEqual({ kind: 'bundled' });
    expect(loaded.dataset.records.length).toBeGreaterThan(0);
    expect(server.hits('/public/data/rapor-default.json')).toBe(1);
  });

  it('resolves the base with or without a trailing slash', () => {
    expect(bundledDatasetUrl('https://x.id/rapor')).toBe('https://x.id/rapor/data/rapor-default.json');
    expect(bundledDatasetUrl('https://x.id/')).toBe('https://x.id/data/rapor-default.json');
  });
});

/** A file read as the app reads it: a mutation, its dataset put in the query cache. */
function loadFile(file: File, progress: LoadProgress = {}) {
  const queryClient = freshClient();
  return new MutationObserver(
    queryClient,
    fileDatasetLoad(queryClient, () => progress),
  ).mutate(file);
}

describe('fileDatasetLoad', () => {
  const bytes = readFileSync(new URL('../../tests/fixtures/batang-2024-excel-id.csv', import.meta.url));

  it('keys by name, size and date, and reads the file', async () => {
    const file = new File([bytes], 'nilai-batang.csv', { type: 'text/csv', lastModified: 1_700_000_000_000 });
    const key = fileDatasetQuery(file).queryKey;
    expect(key).toEqual(['dataset', 'file', 'nilai-batang.csv', bytes.length, 1_700_000_000_000]);
    const loaded = await loadFile(file);
    expect(client.getQueryData(key)).toBe(loaded);
    expect(loaded.source).toEqual({ kind: 'file', name: 'nilai-batang.csv' });
    expect(loaded.dataset.records.map((r) => r.total)).toEqual([93.77, 89.07, 95.07, 95.86, 97.55, 90.9]);
  });

  it('throws the problems of a bad file with their rows', async () => {
    const text = new TextDecoder().decode(bytes).replace('95,07', 'n.a.');
    const file = new File([text], 'rusak.csv', { type: 'text/csv' });
    await expect(loadFile(file)).rejects.toMatchObject({
      transient: false,
      problems: [{ place: { kind: 'row', row: 4 }, field: 'Nilai', code: 'notNumber' }],
    });
  });

  it('refuses a file above the size limit before reading a byte of it', async () => {
    const file = new File(['x'], 'besar.json');
    Object.defineProperty(file, 'size', { value: MAX_RESPONSE_BYTES + 1 });
    let read = false;
    Object.defineProperty(file, 'arrayBuffer', {
      value: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    });
    await expect(loadFile(file)).rejects.toMatchObject({
      transient: false,
      problems: [{ code: 'tooLarge', params: { bytes: MAX_RESPONSE_BYTES + 1, max: MAX_RESPONSE_BYTES } }],
    });
    expect(read).toBe(false);
  });

  it('reports the reading, parsing and validating of a file', async () => {
    const stages: string[] = [];
    await loadFile(new File([bytes], 'nilai.csv'), { onStage: (stage) => stages.push(stage) });
    expect(stages).toEqual(['reading', 'parsing']);
  });
});

describe('urlDatasetQuery progress', () => {
  it('reports reading (the download), parsing and validating', async () => {
    const stages: string[] = [];
    await freshClient().fetchQuery(
      urlDatasetQuery(`${server.url}/json/batang-2024.json`, { onStage: (stage) => stages.push(stage) }),
    );
    expect(stages).toEqual(['reading', 'parsing', 'validating']);
  });

  it('reports the bytes of the download, in order with the stages', async () => {
    const events: string[] = [];
    const size = readFileSync(new URL('../../tests/fixtures/jateng-multi-year.json', import.meta.url)).length;
    await freshClient().fetchQuery(
      urlDatasetQuery(`${server.url}/drip/jateng-multi-year.json?chunks=3&ms=150`, {
        onStage: (stage) => events.push(stage),
        onBytes: ({ received, total }) => events.push(`${received}/${total}`),
      }),
    );
    expect(events[0]).toBe('reading');
    expect(events[1]).toBe(`0/${size}`);
    expect(events.slice(-3)).toEqual([`${size}/${size}`, 'parsing', 'validating']);
  });
});
