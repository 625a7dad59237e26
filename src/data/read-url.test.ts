import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiServer } from '../../tests/support/api-server';
import { startApiServer } from '../../tests/support/api-server';
import { LoadError } from './load-error';
import type * as ReadInput from './read-input';
import type { InputBytes } from './read-input';
import { readInput } from './read-input';
import { readUrl } from './read-url';
import { sha256Hex } from './bundled-digest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(async () => {
  await server.close();
});

describe('readUrl with the build’s check of the bundled file', () => {
  const bundledPath = fileURLToPath(new URL('../../public/data/rapor-default.json', import.meta.url));

  it('uses the checked result for the very bytes the build checked, and says so', async () => {
    const bytes = new Uint8Array(await readFile(bundledPath));
    // A result the validator could not give for these bytes: proof that they were not read again.
    const checked = { sha256: await sha256Hex(bytes), result: { ok: false as const, problems: [] } };
    const result = await readUrl(`${server.url}/public/data/rapor-default.json`, { checked });
    expect(result).toEqual({ ok: false, problems: [], checkedAtBuild: true });
  });

  it('validates the bytes where no digest can be taken (crypto.subtle exists only on https: and localhost)', async () => {
    const bytes = new Uint8Array(await readFile(bundledPath));
    const checked = { sha256: await sha256Hex(bytes), result: { ok: false as const, problems: [] } };
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    try {
      const result = await readUrl(`${server.url}/public/data/rapor-default.json`, { checked });
      expect(result.ok).toBe(true);
      expect(result.checkedAtBuild).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('validates other bytes as any dataset (the file replaced after the build)', async () => {
    const checked = { sha256: '0'.repeat(64), result: { ok: false as const, problems: [] } };
    const result = await readUrl(`${server.url}/public/data/rapor-default.json`, { checked });
    expect(result.ok).toBe(true);
    expect(result.checkedAtBuild).toBeUndefined();
    expect(result.ok && result.dataset.records.some((r) => r.institution === 'Kabupaten Batang')).toBe(true);
  });
});

describe('readUrl', () => {
  it('loads JSON from a URL', async () => {
    const result = await readUrl(`${server.url}/json/batang-2024.json`);
    expect(result.ok && result.dataset.records).toHaveLength(6);
  });

  it('loads the Excel CSV from a URL', async () => {
    const result = await readUrl(`${server.url}/json/batang-2024-excel-id.csv`);
    expect(result.ok && result.dataset.records.map((r) => r.total)).toEqual([93.77, 89.07, 95.07, 95.86, 97.55, 90.9]);
  });

  it('reads a paged CKAN datastore to the end: three pages of two rows', async () => {
    const result = await readUrl(`${server.url}/ckan/datastore_search?resource_id=batang&limit=2`);
    expect(server.hits('/ckan/datastore_search')).toBe(3);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.records.map((r) => r.unitShort ?? r.unit)).toEqual([
      'Disdukcapil',
      'Disdikbud',
      'Dinsos',
      'Puskesmas Batang I',
      'DPMPTSP',
      'Puskesmas Batang III',
    ]);
  });

  it('fails as a whole when page 2 of a CKAN datastore fails', async () => {
    const error: unknown = await readUrl(`${server.url}/ckan-fail-page2/datastore_search`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).problems).toMatchObject([{ code: 'httpStatus', params: { status: 500 } }]);
    expect((error as LoadError).transient).toBe(true);
    expect(server.hits('/ckan-fail-page2/datastore_search')).toBe(2);
  });

  it('reports CKAN success:false with its message, also when sent with an error status', async () => {
    const expected = {
      ok: false,
      problems: [
        { place: { kind: 'file' }, code: 'ckanFailure', params: { message: 'Not found: Resource was not found.' } },
      ],
    };
    expect(await readUrl(`${server.url}/ckan-false`)).toEqual(expected);
    expect(await readUrl(`${server.url}/ckan-false?status=404`)).toEqual(expected);
  });

  it('reports an HTML page served with 200', async () => {
    expect(await readUrl(`${server.url}/html`)).toEqual({
      ok: false,
      problems: [{ place: { kind: 'file' }, code: 'htmlInsteadOfData' }],
    });
  });

  it('throws a transient error for a truncated answer', async () => {
    await expect(readUrl(`${server.url}/truncated`)).rejects.toMatchObject({
      transient: true,
      problems: [{ code: 'truncated' }],
    });
  });

  it('throws a permanent error for 404', async () => {
    await expect(readUrl(`${server.url}/json/missing.json`)).rejects.toMatchObject({
      transient: false,
      problems: [{ code: 'httpStatus', params: { status: 404 } }],
    });
  });

  it('hands a large body to the large reader, with its name and content type, and returns its answer', async () => {
    const seen: InputBytes[] = [];
    const read = (input: InputBytes) => {
      seen.push(input);
      return Promise.resolve(readInput(input));
    };
    const result = await readUrl(`${server.url}/json/batang-2024.json`, { large: { minBytes: 100, read } });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      name: '/json/batang-2024.json',
      contentType: expect.stringMatching(/json/) as unknown,
    });
    expect(seen[0]!.bytes.length).toBeGreaterThan(100);
    expect(result.ok && result.dataset.records).toHaveLength(6);
  });

  it('reads a body below the threshold, and any CKAN page, itself', async () => {
    let calls = 0;
    const read = (input: InputBytes) => {
      calls += 1;
      return Promise.resolve(readInput(input));
    };
    await readUrl(`${server.url}/json/batang-2024.json`, { large: { minBytes: 10_000_000, read } });
    const paged = await readUrl(`${server.url}/ckan/datastore_search?resource_id=batang&limit=2`, {
      large: { minBytes: 0, read },
    });
    expect(calls).toBe(0);
    expect(paged.ok && paged.dataset.records).toHaveLength(6);
  });
});

describe('readUrl without the full reader', () => {
  /** readUrl from a fresh module graph, noting whether the full reader (zod, papaparse) was loaded. */
  async function freshReadUrl(): Promise<{ readUrl: typeof readUrl; loads: () => number }> {
    let loads = 0;
    vi.resetModules();
    vi.doMock('./read-input', async (importOriginal) => {
      loads += 1;
      return importOriginal<typeof ReadInput>();
    });
    const fresh = await import('./read-url');
    return { readUrl: fresh.readUrl, loads: () => loads };
  }

  afterEach(() => {
    vi.doUnmock('./read-input');
    vi.resetModules();
  });

  it('loads the full reader only when a body arrives, then reads JSON with it', async () => {
    const fresh = await freshReadUrl();
    expect(fresh.loads()).toBe(0);
    const result = await fresh.readUrl(`${server.url}/json/batang-2024.json`);
    expect(result.ok && result.dataset.records).toHaveLength(6);
    expect(fresh.loads()).toBe(1);
  });

  it('loads the full reader for CSV, CKAN and HTML', async () => {
    const fresh = await freshReadUrl();
    const csv = await fresh.readUrl(`${server.url}/json/batang-2024-excel-id.csv`);
    expect(csv.ok && csv.dataset.records).toHaveLength(6);
    const ckan = await fresh.readUrl(`${server.url}/ckan/datastore_search?resource_id=batang&limit=2`);
    expect(ckan.ok && ckan.dataset.records).toHaveLength(6);
    expect(await fresh.readUrl(`${server.url}/html`)).toMatchObject({ ok: false });
    expect(fresh.loads()).toBe(1);
  });
});
