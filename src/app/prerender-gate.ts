import { SAVED_DATASET_HINT_KEY } from '../data/saved-hint';
import { THEME_STORAGE_KEY } from '../lib/theme';
import { LANG_KEY } from './language';

/** The charts of the first screen drawn at build time: their ChartCard test ids. */
export const PRERENDERED_ISLANDS = ['chart-ranking'] as const;

/**
 * The prerendered page is drawn for a window at least this wide (CSS pixels, scroll bar included):
 * the page is then at its widest (`max-w-7xl`, 1280 px, with room for a 17 px scroll bar), so the
 * ranking chart is PRERENDER_CHART_WIDTH wide whatever the window. Narrower windows get the app
 * drawn in the browser, as before prerendering.
 */
export const PRERENDER_MIN_WINDOW = 1300;

/** The ranking chart's width on such a window: 1280 − 2 × 24 page padding − 2 × 20 card padding − 2 × 1 border. */
export const PRERENDER_CHART_WIDTH = 1190;

export interface GateSettings {
  /** The app's entry script, started by the gate (see prerenderGate). */
  entry: string;
  langKey: string;
  themeKey: string;
  savedKey: string;
  minWindow: number;
}

/**
 * Runs inline in <head>, before the first paint: says on <html data-prerender> whether the prerendered
 * screen stands ('stands') or is replaced by a loading state until the app has drawn ('replaced'), and
 * applies the dark theme at once. It stands only for what it shows: no address parameters (language,
 * view, data…), Indonesian, no dataset kept from an earlier visit, and a wide window. Self-contained:
 * it is sent as its source text, so it may use nothing from outside.
 *
 * It also starts the app's code (fetched meanwhile through a modulepreload link): once the page is
 * parsed, and where the prerendered screen stands, once it has been painted, so that compiling and
 * hydrating never hold back the first paint of a screen that needs no script to be seen.
 */
export function prerenderGate(settings: GateSettings): void {
  const root = document.documentElement;
  let stands = false;
  try {
    const stored = (key: string) => window.localStorage.getItem(key);
    const theme = stored(settings.themeKey);
    if (theme === 'dark' || (theme !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches)) {
      root.classList.add('dark');
    }
    const lang = new URLSearchParams(window.location.search).get('lang') ?? stored(settings.langKey);
    if (lang === 'en') root.lang = 'en';
    stands =
      window.location.search === '' &&
      lang !== 'en' &&
      stored(settings.savedKey) === null &&
      window.innerWidth >= settings.minWindow;
  } catch {
    // Storage blocked: whether a dataset was kept cannot be told, so the app decides.
    stands = false;
  }
  root.dataset.prerender = stands ? 'stands' : 'replaced';
  const start = () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.src = settings.entry;
    document.head.append(script);
  };
  document.addEventListener('DOMContentLoaded', () => {
    // A hidden tab paints no frame (and runs no animation frame) until it is shown: it starts at once.
    if (stands && document.visibilityState !== 'hidden') requestAnimationFrame(() => setTimeout(start, 0));
    else start();
  });
  // A tab (a link to another address of the page) followed before the app has taken the screen over
  // would load the whole page again: the address changes in place, and the app, once hydrated, shows
  // what it names. Only while the screen stands: main.tsx says 'hydrating' when it takes it over, or
  // 'replaced' when it draws the app afresh instead; then the app's own links answer.
  if (!stands) return;
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const link = target?.closest('#root a[href^="?"]');
      const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
      if (!link || !plain || root.dataset.prerender !== 'stands') return;
      event.preventDefault();
      window.history.pushState(null, '', link.getAttribute('href'));
    },
    true,
  );
}

/** The gate as the inline script's text, starting the app's entry script at `entry`. */
export function prerenderGateScript(entry: string): string {
  const settings: GateSettings = {
    entry,
    langKey: LANG_KEY,
    themeKey: THEME_STORAGE_KEY,
    savedKey: SAVED_DATASET_HINT_KEY,
    minWindow: PRERENDER_MIN_WINDOW,
  };
  return `(${prerenderGate.toString()})(${JSON.stringify(settings)});`;
}
