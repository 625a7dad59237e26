import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bundledDatasetQuery } from '../data/sources';
import { mayHaveSavedDataset } from '../data/saved-hint';
import type { Lang } from '../lib/format';
import { App } from './App';
import { loadMessages, messagesIfLoaded } from '../lib/i18n/messages';
import { requestedLang } from './language';
import { createAppQueryClient } from './query-client';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = createRoot(rootElement);

const queryClient = createAppQueryClient();
// The bundled data is asked for at once (index.html preloads it beside the code), so it is usually
// here by the time the code has run; the first screen shows it unless a stored dataset comes first
// (or a `?data=` link loads; then only if that fails).
const bundled = queryClient.prefetchQuery(bundledDatasetQuery());

/**
 * What the first render waits for, briefly: when the bundled data is what will be shown, its arrival
 * (so the first render already draws the chart, rather than an empty page laid out and then drawn
 * again); and a language other than Indonesian, its words. Never longer than FIRST_RENDER_WAIT_MS.
 */
const FIRST_RENDER_WAIT_MS = 1000;
const showsBundled = !new URLSearchParams(window.location.search).has('data') && !mayHaveSavedDataset();
const requested = requestedLang();
const waits: Promise<unknown>[] = [];
if (showsBundled) waits.push(bundled);
if (requested !== 'id') waits.push(loadMessages(requested).catch(() => undefined));

function render() {
  // Indonesian if the requested language's words could not be fetched in time.
  const lang: Lang = messagesIfLoaded(requested) ? requested : 'id';
  root.render(
    <StrictMode>
      <App queryClient={queryClient} initialLang={lang} />
    </StrictMode>,
  );
}

// Not a top-level await: that would make the bundler split the first screen's code into many files.
if (waits.length === 0) render();
else {
  const timeout = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
  void Promise.race([Promise.all(waits), timeout]).then(render);
}
