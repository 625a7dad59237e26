import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { I18nProvider } from '../lib/i18n/I18nProvider';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../../tests/support/api-server';
import { startApiServer } from '../../tests/support/api-server';
import type { LoadStatus } from '../features/data-panel/LoadStatusNotice';
import { bundledDatasetQuery, urlDatasetQuery, type LoadedDataset } from '../data/sources';
import { useDatasetController } from './useDatasetController';

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
});

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'fixtures');
const JATENG_BYTES = readFileSync(join(FIXTURES, 'jateng-multi-year.json')).length;

/** The controller, with every status it ever reported (and every dataset it showed). */
function renderController(options: { strict?: boolean; client?: QueryClient } = {}) {
  const client = options.client ?? new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <I18nProvider lang="id" onLangChange={() => {}}>
        {children}
      </I18nProvider>
    </QueryClientProvider>
  );
  const statuses: LoadStatus[] = [];
  const shown: (LoadedDataset | null)[] = [];
  const view = renderHook(
    () => {
      const controller = useDatasetController();
      if (statuses.at(-1) !== controller.status) statuses.push(controller.status);
      if (shown.length === 0 || shown.at(-1) !== controller.current) shown.push(controller.current);
      return controller;
    },
    { wrapper, reactStrictMode: options.strict ?? false },
  );
  return { ...view, statuses, shown };
}

/** A client holding Batang 2024 as the bundled data, as main.tsx leaves it before the first render. */
async function clientWithBundled(): Promise<QueryClient> {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const batang = await client.fetchQuery(urlDatasetQuery(`${server.url}/json/batang-2024.json`));
  client.clear();
  client.setQueryData(bundledDatasetQuery().queryKey, { ...batang, source: { kind: 'bundled' } });
  return client;
}

function progressOf(status: LoadStatus) {
  return status.state === 'loading' ? status.progress : undefined;
}

describe('useDatasetController progress', () => {
  it("passes a download's stages and bytes into the loading status, then says it loaded", async () => {
    const { result, statuses } = renderController();
    const url = `${server.url}/drip/jateng-multi-year.json?chunks=4&ms=150`;
    act(() => result.current.loadUrl(url));
    await waitFor(() => expect(result.current.status.state).toBe('loaded'), { timeout: 5_000 });

    const progress = statuses.map(progressOf).filter((p) => p !== undefined);
    expect(progress[0]).toMatchObject({ stage: 'reading' });
    const counted = progress.filter((p) => p.received !== undefined);
    expect(counted.filter((p) => p.stage === 'reading').length).toBeGreaterThanOrEqual(2);
    // The last bytes and the next stage may come in one render.
    expect(counted.at(-1)).toMatchObject({ received: JATENG_BYTES, total: JATENG_BYTES });
    expect(progress.map((p) => p.stage)).toContain('validating');
    expect(result.current.status).toMatchObject({ state: 'loaded', source: { kind: 'url', url } });
  });

  it('ignores the progress of a load that a later one replaced', async () => {
    const { result, statuses } = renderController();
    // The first download takes ~2 s; the second, chosen meanwhile, takes ~0.5 s.
    const slow = `${server.url}/drip/national-1.json?chunks=10&ms=200`;
    const quick = `${server.url}/drip/jateng-multi-year.json?chunks=4&ms=150`;
    act(() => result.current.loadUrl(slow));
    await waitFor(() => expect(progressOf(result.current.status)?.received).toBeGreaterThan(0), { timeout: 5_000 });
    const slowTotal = progressOf(result.current.status)?.total;
    expect(slowTotal).toBeGreaterThan(2_000_000);

    const replacedAt = statuses.length;
    act(() => result.current.loadUrl(quick));
    await waitFor(() => expect(result.current.status.state).toBe('loaded'), { timeout: 5_000 });
    // Long enough for the slow download to have sent more bytes, had it not been abandoned.
    await new Promise((resolve) => setTimeout(resolve, 800));

    const after = statuses.slice(replacedAt);
    expect(after.some((s) => s.state === 'loading' && s.source.kind === 'url' && s.source.url === quick)).toBe(true);
    expect(after.map(progressOf).filter((p) => p?.total === slowTotal)).toEqual([]);
    expect(result.current.status).toMatchObject({ state: 'loaded', source: { url: quick } });
  });

  it('shows the progress of a link load that a second call joined (React runs effects twice in development)', async () => {
    const url = `${server.url}/drip/jateng-multi-year.json?chunks=4&ms=150`;
    const hitsBefore = server.hits('/drip/jateng-multi-year.json');
    window.history.replaceState(null, '', `/?data=${encodeURIComponent(url)}`);
    const { result, statuses } = renderController({ strict: true });
    await waitFor(() => expect(result.current.status.state).toBe('loaded'), { timeout: 5_000 });
    // One download, shared by both calls; its bytes reach the status all the same.
    expect(server.hits('/drip/jateng-multi-year.json') - hitsBefore).toBe(1);
    const counted = statuses.map(progressOf).filter((p) => p?.received !== undefined);
    expect(counted.at(-1)).toMatchObject({ received: JATENG_BYTES, total: JATENG_BYTES });
  });
});

describe('useDatasetController: what is on screen', () => {
  it('draws the bundled data already in the cache in the first render', async () => {
    const { shown } = renderController({ client: await clientWithBundled(), strict: true });
    expect(shown[0]?.source).toEqual({ kind: 'bundled' });
    expect(shown[0]?.dataset.records).toHaveLength(6);
  });

  it('falls back on the bundled data when a ?data= link fails, and takes `data` out of the address', async () => {
    const url = `${server.url}/json/none.json`;
    window.history.replaceState(null, '', `/?view=trends&data=${encodeURIComponent(url)}`);
    const { result, shown } = renderController({ client: await clientWithBundled() });
    // The link's data is waited for: nothing else is drawn meanwhile.
    expect(shown).toEqual([null]);
    await waitFor(() => expect(result.current.status.state).toBe('failed'), { timeout: 5_000 });
    await waitFor(() => expect(result.current.current?.source).toEqual({ kind: 'bundled' }));
    expect(result.current.status).toMatchObject({
      source: { kind: 'url', url },
      problems: [{ code: 'httpStatus', params: { status: 404 } }],
    });
    expect(window.location.search).toBe('?view=trends');
  });

  it('keeps what is on screen when a file is bad, and says why', async () => {
    const { result } = renderController({ client: await clientWithBundled() });
    const bundled = result.current.current;
    act(() => result.current.loadFile(new File(['tahun;nilai\n2024;x'], 'rusak.csv', { type: 'text/csv' })));
    await waitFor(() => expect(result.current.status.state).toBe('failed'), { timeout: 5_000 });
    expect(result.current.status).toMatchObject({ source: { kind: 'file', name: 'rusak.csv' } });
    expect(result.current.current).toBe(bundled);
  });

  it('never lets a slower URL chosen earlier replace a file chosen after it', async () => {
    const { result, shown } = renderController({ client: await clientWithBundled() });
    const slow = `${server.url}/drip/national-1.json?chunks=6&ms=150`;
    act(() => result.current.loadUrl(slow));
    const csv = readFileSync(join(FIXTURES, 'contoh-kota-2024.csv'));
    act(() => result.current.loadFile(new File([csv], 'contoh-kota-2024.csv', { type: 'text/csv' })));
    await waitFor(() => expect(result.current.current?.source.kind).toBe('file'), { timeout: 5_000 });
    expect(window.location.search).toBe('');
    // Long enough for the slow download to have ended, had it been allowed to land.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(shown.map((s) => s?.source.kind)).toEqual(['bundled', 'file']);
    expect(result.current.status).toMatchObject({ state: 'loaded', source: { kind: 'file' } });
  });
});
