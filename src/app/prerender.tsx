// The build's prerender of the first screen (run by scripts/prerender.mjs in Node, with jsdom as the
// document): the default view, Batang 2024 overview in Indonesian, from the same components as the app.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { prerender } from 'react-dom/static';
import type { QueryClient } from '@tanstack/react-query';
import { bundledDatasetQuery, BUNDLED_DATASET_PATH } from '../data/sources';
import { readText } from '../data/read-input';
import { CHECKED_BUNDLED_ID, checkedBundledText, sha256Hex } from '../data/bundled-digest';
import type { Prerender } from '../components/ui/prerender-context';
import { App } from './App';
import { createAppQueryClient } from './query-client';
import { PRERENDERED_ISLANDS, PRERENDER_CHART_WIDTH } from './prerender-gate';

function bundledDataset(bundledText: string) {
  const result = readText(bundledText, BUNDLED_DATASET_PATH, 'application/json');
  if (!result.ok) throw new Error(`${BUNDLED_DATASET_PATH} does not validate: ${JSON.stringify(result.problems[0])}`);
  return result;
}

/** The query client of a page that has the bundled dataset, parsed from its file's text. */
function clientWithBundled(bundledText: string): QueryClient {
  const result = bundledDataset(bundledText);
  const queryClient = createAppQueryClient();
  queryClient.setQueryData(bundledDatasetQuery().queryKey, {
    dataset: result.dataset,
    warnings: result.warnings,
    source: { kind: 'bundled' },
    loadedAt: new Date(0).toISOString(),
  });
  return queryClient;
}

/** Resolves once `found()` holds, checked after each task; rejects after `timeoutMs`. */
async function until(found: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!found()) {
    if (Date.now() - start > timeoutMs) throw new Error(`prerender: ${what} did not appear`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * The markup of each island (a chart Recharts draws only in a browser-like document, after its
 * effects have run): the app rendered into jsdom as a client would, charts at the fixed width.
 */
async function drawIslands(bundledText: string): Promise<Map<string, string>> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const drawing: Prerender = { islands: new Map(), fixedChartWidth: PRERENDER_CHART_WIDTH };
  flushSync(() =>
    root.render(<App queryClient={clientWithBundled(bundledText)} initialLang="id" prerender={drawing} />),
  );
  const islands = new Map<string, string>();
  for (const id of PRERENDERED_ISLANDS) {
    const area = () => container.querySelector(`[data-testid="${id}"] [data-chart-area]`);
    await until(() => area()?.querySelector('.recharts-bar-rectangle') != null, `the bars of ${id}`);
    // A picture until the live chart replaces it: nothing in it takes the keyboard's focus or
    // announces itself as an application (the live chart does, once it is there).
    for (const element of area()?.querySelectorAll('[tabindex], [role="application"]') ?? []) {
      element.removeAttribute('tabindex');
      if (element.getAttribute('role') === 'application') element.removeAttribute('role');
    }
    islands.set(id, area()?.innerHTML ?? '');
  }
  root.unmount();
  container.remove();
  return islands;
}

/**
 * The bundled file's validated result and the digest of its bytes, as the page's data block
 * (bundled-digest.ts): the browser uses it for those bytes instead of validating them again.
 */
export async function checkedBundledBlock(bundledBytes: Uint8Array): Promise<{ sha256: string; html: string }> {
  const sha256 = await sha256Hex(bundledBytes);
  const result = bundledDataset(new TextDecoder().decode(bundledBytes));
  const text = checkedBundledText({ sha256, result });
  return { sha256, html: `<script type="application/json" id="${CHECKED_BUNDLED_ID}">${text}</script>` };
}

/** The first screen as HTML for `#root`, hydrated by main.tsx when the page's gate lets it stand. */
export async function renderFirstScreen(bundledText: string): Promise<string> {
  const islands = await drawIslands(bundledText);
  const failures: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <App queryClient={clientWithBundled(bundledText)} initialLang="id" prerender={{ islands }} />
    </StrictMode>,
    // Every part inline and in place: React otherwise moves a large part to the end of the page with
    // an inline script to put it back, which the page's policy (script-src 'self') would not run.
    { progressiveChunkSize: Number.POSITIVE_INFINITY, onError: (error) => void failures.push(error) },
  );
  if (failures.length > 0) throw new AggregateError(failures, 'prerender: the first screen did not render');
  return new Response(prelude).text();
}
