import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../../tests/support/api-server';
import { startApiServer } from '../../tests/support/api-server';
import type { ByteProgress } from './http';
import { BYTE_PROGRESS_INTERVAL_MS, fetchDataBytes, fetchDataText, retryDelay, shouldRetry } from './http';
import { LoadError } from './load-error';

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(async () => {
  await server.close();
});

async function loadError(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('expected a LoadError');
}

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('fetchDataText', () => {
  it('returns the text, content type and final address', async () => {
    const fetched = await fetchDataText(`${server.url}/json/batang-2024.json`);
    expect(JSON.parse(fetched.text)).toMatchObject({ institutions: [{ score: 93.74 }] });
    expect(fetched.contentType).toMatch(/^application\/json/);
    expect(fetched.finalUrl).toBe(`${server.url}/json/batang-2024.json`);
  });

  it('decodes the bytes itself: the BOM of an Excel CSV is gone', async () => {
    const fetched = await fetchDataText(`${server.url}/json/batang-2024-excel-id.csv`);
    expect(fetched.text.startsWith('No;Tahun;Instansi')).toBe(true);
  });

  it('refuses addresses that are not http or https', async () => {
    for (const url of ['ftp://example.org/data.json', 'file:///etc/passwd', 'javascript:alert(1)', 'data.json', '']) {
      const error = await loadError(fetchDataText(url));
      expect(error.problems).toEqual([{ place: { kind: 'file' }, code: 'badUrl', params: { url } }]);
      expect(error.transient).toBe(false);
    }
  });

  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['javascript: hidden by a line break', 'java\nscript:alert(1)'],
    ['data:', 'data:application/json,{"records":[]}'],
    ['blob:', 'blob:https://example.org/0b0e1f2a-0000-4000-8000-000000000000'],
    ['file:', 'file:///C:/Users/data.csv'],
    ['ftp:', 'ftp://example.org/data.csv'],
    ['mailto:', 'mailto:data@example.org'],
    ['a relative path', '/api/data.json'],
    ['a protocol-relative address', '//example.org/data.json'],
    ['a host without scheme', 'data.example.go.id/api/3/action/datastore_search'],
    ['a space in the host', 'https://data example.org/x.json'],
    ['only spaces', '   '],
    ['http: without a host', 'http://'],
  ])('refuses %s before any request', async (_what, url) => {
    const error = await loadError(fetchDataText(url));
    expect(error.problems).toEqual([{ place: { kind: 'file' }, code: 'badUrl', params: { url } }]);
    expect(error.transient).toBe(false);
  });

  it('refuses an address with a user name or password, which fetch would refuse and storage would keep', async () => {
    const path = '/json/never-requested.json';
    for (const url of [`${server.url.replace('//', '//user:secret@')}${path}`, 'https://user@example.org/']) {
      const error = await loadError(fetchDataText(url));
      expect(error.problems).toEqual([
        { place: { kind: 'file' }, code: 'badUrl', params: { url, reason: 'credentials' } },
      ]);
    }
    expect(server.hits(path)).toBe(0);
  });

  it('accepts http and https in any case, with spaces and line breaks around, as pasted', async () => {
    const fetched = await fetchDataText(`  \n${server.url.replace('http:', 'HTTP:')}/json/batang-2024.json\t `);
    expect(fetched.finalUrl).toBe(`${server.url}/json/batang-2024.json`);
  });

  it.each([401, 403])('reports %i (sign-in or permission needed) without retrying', async (status) => {
    const error = await loadError(fetchDataText(`${server.url}/status/${status}`));
    expect(error.transient).toBe(false);
    expect(shouldRetry(0, error)).toBe(false);
    expect(error.problems).toMatchObject([{ code: 'httpStatus', params: { status } }]);
  });

  it('reports 404 as an HTTP status that a retry will not fix', async () => {
    const error = await loadError(fetchDataText(`${server.url}/status/404`));
    expect(error.transient).toBe(false);
    expect(error.problems).toMatchObject([{ code: 'httpStatus', params: { status: 404, statusText: 'Not Found' } }]);
    expect(error.responseText).toBe('{"status":404}');
  });

  it('reports 500, 503, 429 and 408 as transient', async () => {
    for (const status of [500, 503, 429, 408]) {
      const error = await loadError(fetchDataText(`${server.url}/status/${status}`));
      expect([status, error.transient]).toEqual([status, true]);
      expect(error.problems[0]?.params?.status).toBe(status);
    }
  });

  it('gives up after the timeout, as a transient failure', async () => {
    const started = Date.now();
    const error = await loadError(fetchDataText(`${server.url}/slow/5000`, { timeoutMs: 200 }));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error.transient).toBe(true);
    expect(error.problems).toMatchObject([{ code: 'timeout', params: { timeoutMs: 200 } }]);
  });

  it('waits for a slow server within the timeout', async () => {
    const fetched = await fetchDataText(`${server.url}/slow/100`, { timeoutMs: 5000 });
    expect(fetched.text).toContain('Kabupaten Batang');
  });

  it('reports an unreachable server (or, in a browser, a CORS refusal) with the page origin the API must allow', async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/data.json`;
    const error = await loadError(fetchDataText(url));
    expect(error.transient).toBe(true);
    expect(error.problems).toEqual([
      // Node has no page, so no origin; in a browser it is location.origin (tested in tests/e2e).
      { place: { kind: 'file' }, code: 'networkError', params: { url, origin: '' } },
    ]);
  });

  it('reports a connection that drops half-way as truncated', async () => {
    const error = await loadError(fetchDataText(`${server.url}/truncated`));
    expect(error.problems).toMatchObject([{ code: 'truncated' }]);
    expect(error.transient).toBe(true);
  });

  it("passes the caller's abort through instead of a LoadError", async () => {
    const controller = new AbortController();
    const pending = fetchDataText(`${server.url}/slow/5000`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error: unknown = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(LoadError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('reports an empty answer as empty, without retrying', async () => {
    const error = await loadError(fetchDataText(`${server.url}/status/204`));
    expect(error.problems).toMatchObject([{ code: 'empty' }]);
    expect(error.transient).toBe(false);
  });
});

describe('download progress (onBytes)', () => {
  const fixture = readFileSync(new URL('../../tests/fixtures/jateng-multi-year.json', import.meta.url));

  /** Every report with the time it came, and the body fetched. */
  async function watch(path: string): Promise<{ reports: (ByteProgress & { at: number })[]; bytes: Uint8Array }> {
    const reports: (ByteProgress & { at: number })[] = [];
    const { bytes } = await fetchDataBytes(`${server.url}${path}`, {
      onBytes: (progress) => reports.push({ ...progress, at: performance.now() }),
    });
    return { reports, bytes };
  }

  it('reports a slow body piece by piece, from 0 to its announced length', async () => {
    // Pieces 250 ms apart: far enough apart that none is held back.
    const { reports, bytes } = await watch('/drip/jateng-multi-year.json?chunks=4&ms=250');
    expect(Buffer.from(bytes).equals(fixture)).toBe(true);
    expect(reports[0]).toMatchObject({ received: 0, total: fixture.length });
    expect(reports.at(-1)).toMatchObject({ received: fixture.length, total: fixture.length });
    expect(reports.every((r) => r.total === fixture.length)).toBe(true);
    const received = reports.map((r) => r.received);
    expect(received).toEqual([...new Set(received)].sort((a, b) => a - b));
    // The start, then each piece (the first may come with the headers, inside the same interval).
    expect(reports.length).toBeGreaterThanOrEqual(4);
  });

  it('reports a fast body at most once per interval, and always its end', async () => {
    const started = performance.now();
    const { reports, bytes } = await watch('/drip/national-1.json?chunks=150&ms=4');
    const elapsed = performance.now() - started;
    expect(bytes.length).toBeGreaterThan(2_000_000);
    expect(reports.at(-1)).toMatchObject({ received: bytes.length, total: bytes.length });
    // 150 pieces over `elapsed` ms, but one report per 100 ms (plus the start and the end) at most.
    expect(reports.length).toBeLessThanOrEqual(Math.ceil(elapsed / BYTE_PROGRESS_INTERVAL_MS) + 2);
    expect(reports.length).toBeLessThan(50);
    const gaps = reports.slice(1, -1).map((r, i) => r.at - (reports[i]?.at ?? 0));
    expect(gaps.every((gap) => gap >= BYTE_PROGRESS_INTERVAL_MS - 1)).toBe(true);
  });

  it('says the total is unknown when no Content-Length is announced', async () => {
    const { reports, bytes } = await watch('/drip/jateng-multi-year.json?chunks=3&ms=150&length=none');
    expect(Buffer.from(bytes).equals(fixture)).toBe(true);
    expect(reports.length).toBeGreaterThanOrEqual(2);
    expect(reports.every((r) => r.total === null)).toBe(true);
    expect(reports.at(-1)?.received).toBe(fixture.length);
  });

  it('reports nothing for a failed request', async () => {
    const reports: ByteProgress[] = [];
    await loadError(fetchDataText(`${server.url}/status/404`, { onBytes: (p) => reports.push(p) }));
    expect(reports).toEqual([]);
  });

  it('still reports a body cut short as truncated', async () => {
    const reports: ByteProgress[] = [];
    const error = await loadError(fetchDataText(`${server.url}/truncated`, { onBytes: (p) => reports.push(p) }));
    expect(error.problems).toMatchObject([{ code: 'truncated' }]);
    expect(reports[0]?.received).toBe(0);
  });
});

describe('shouldRetry and retryDelay', () => {
  const transient = new LoadError([{ place: { kind: 'file' }, code: 'networkError' }], true);
  const permanent = new LoadError([{ place: { kind: 'file' }, code: 'httpStatus' }], false);

  it('retries transient failures three times at most', () => {
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, transient))).toEqual([true, true, true, false]);
  });

  it('never retries permanent failures or foreign errors', () => {
    expect(shouldRetry(0, permanent)).toBe(false);
    expect(shouldRetry(0, new TypeError('boom'))).toBe(false);
  });

  it('backs off 0.5 s, 1 s, 2 s', () => {
    expect([0, 1, 2].map(retryDelay)).toEqual([500, 1000, 2000]);
    expect(retryDelay(9)).toBe(2000);
  });

  it("gets a flaky server's data on the third try", async () => {
    const delays: number[] = [];
    let failures = 0;
    let text: string | undefined;
    for (;;) {
      try {
        text = (await fetchDataText(`${server.url}/flaky/retry-loop`)).text;
        break;
      } catch (error) {
        if (!shouldRetry(failures, error)) throw error;
        delays.push(retryDelay(failures));
        failures += 1;
      }
    }
    expect(failures).toBe(2);
    expect(delays).toEqual([500, 1000]);
    expect(server.hits('/flaky/retry-loop')).toBe(3);
    expect(text).toContain('Kabupaten Batang');
  });
});
