import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { bundledDatasetQuery } from '../data/sources';
import { mayHaveSavedDataset } from '../data/saved-hint';
import type { Lang } from '../lib/format';
import { App } from './App';
import { loadMessages, messagesIfLoaded } from '../lib/i18n/messages';
import { requestedLang } from './language';
import { preloadView } from './lazy-views';
import { isViewKey } from './selection';
import { preloadRankingChart } from '../features/overview/OverviewView';
import { createAppQueryClient } from './query-client';
import './styles.css';

const foundRoot = document.getElementById('root');
if (!foundRoot) throw new Error('index.html has no #root element');
const rootElement: HTMLElement = foundRoot;

const queryClient = createAppQueryClient();
// The bundled data is asked for at once (index.html preloads it beside the code), so it is usually
// here by the time the code has run; the first screen shows it unless a stored dataset comes first
// (or a `?data=` link loads; then only if that fails).
const bundled = queryClient.fetchQuery(bundledDatasetQuery());
// A failure is the controller's to report (it asks again); here it only decides what is drawn first.
bundled.catch(() => undefined);

/** The first screen drawn at build time (scripts/prerender.mjs), let stand by the gate in <head>. */
const prerendered = rootElement.hasAttribute('data-prerendered');
const prerenderStands = prerendered && document.documentElement.dataset.prerender === 'stands';

function renderAfresh(lang: Lang) {
  // A prerendered screen the gate did not let stand (hidden by styles.css), or could not be hydrated,
  // makes way for the app; the gate no longer takes clicks on its links.
  if (document.documentElement.dataset.prerender === 'stands') document.documentElement.dataset.prerender = 'replaced';
  rootElement.replaceChildren();
  rootElement.removeAttribute('data-prerendered');
  createRoot(rootElement).render(
    <StrictMode>
      <App queryClient={queryClient} initialLang={lang} />
    </StrictMode>,
  );
}

/** The app drawn afresh in place of the prerendered screen, once the ranking chart's code is here. */
function renderAfreshWithChart() {
  void preloadRankingChart()
    .catch(() => undefined)
    .then(() => renderAfresh('id'));
}

/**
 * A tab followed before the app took over (the gate changed the address): its view's code and words
 * are fetched at once. Asked when this code starts and again just before hydrating, since the click
 * may come in between; a view already fetched is not fetched again.
 */
function preloadViewAskedFor() {
  const view = new URLSearchParams(window.location.search).get('view');
  if (isViewKey(view) && view !== 'overview') void preloadView(view, 'id');
}

/**
 * Browsers without `'unsafe-hashes'` (Safari before 15.4, older Firefox) refuse the prerendered
 * markup's style attributes, and hydration does not set them again: they are applied here through the
 * CSSOM, which the policy allows (where they were applied already this changes nothing).
 */
function applyPrerenderedStyles() {
  for (const element of rootElement.querySelectorAll<HTMLElement>('[style]')) {
    element.style.cssText = element.getAttribute('style') ?? '';
  }
}

/**
 * The prerendered screen is taken over as it is: hydrated once the bundled data it shows is here, with
 * its charts kept as drawn until their live versions replace them. Should that data not come, or not
 * be the data the screen was drawn from (replaced on the server after the build), the app starts
 * afresh (and says why, as on any failed load).
 */
function hydratePrerendered() {
  applyPrerenderedStyles();
  preloadViewAskedFor();
  const islands = new Map<string, string>();
  for (const island of rootElement.querySelectorAll<HTMLElement>('[data-island]')) {
    islands.set(island.dataset.island ?? '', island.innerHTML);
  }
  bundled.then(
    (loaded) => {
      // Other bytes than the build checked and drew the screen from: the file was replaced since.
      if (!loaded.checkedAtBuild) return renderAfreshWithChart();
      preloadViewAskedFor();
      // From here the app's own links answer (the gate stops taking clicks on them).
      document.documentElement.dataset.prerender = 'hydrating';
      hydrateRoot(
        rootElement,
        <StrictMode>
          <App queryClient={queryClient} initialLang="id" prerender={{ islands }} />
        </StrictMode>,
      );
    },
    () => renderAfreshWithChart(),
  );
}

/**
 * Without a prerendered screen, what the first render waits for, briefly: when the bundled data is
 * what will be shown, its arrival (so the first render already draws the chart, rather than an empty
 * page laid out and then drawn again); and a language other than Indonesian, its words. Never longer
 * than FIRST_RENDER_WAIT_MS.
 */
const FIRST_RENDER_WAIT_MS = 1000;

function renderWhenReady() {
  const showsBundled = !new URLSearchParams(window.location.search).has('data') && !mayHaveSavedDataset();
  const requested = requestedLang();
  const waits: Promise<unknown>[] = [];
  // The ranking chart's code is fetched at once, beside the data (it is not in the first download).
  const chart = preloadRankingChart().catch(() => undefined);
  if (showsBundled) waits.push(bundled, chart);
  if (requested !== 'id') waits.push(loadMessages(requested).catch(() => undefined));
  // Indonesian if the requested language's words could not be fetched in time.
  const render = () => renderAfresh(messagesIfLoaded(requested) ? requested : 'id');
  // Not a top-level await: that would make the bundler split the first screen's code into many files.
  if (waits.length === 0) render();
  else {
    const timeout = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
    void Promise.race([Promise.all(waits), timeout]).then(render);
  }
}

if (prerenderStands) hydratePrerendered();
else renderWhenReady();
