import type { Lang } from '../lib/format';
import { loadAllMessages } from '../lib/i18n/messages';
import type { ViewKey } from './selection';
import { preloadableLazy } from '../lib/preloadable-lazy';
import { preloadRankingTable } from '../features/overview/OverviewView';
import { preloadDataPanel } from '../features/data-panel/DataPanel';

// Views other than the first one are separate chunks, keeping the first screen's download small;
// they are fetched once the person has started using the page (or points at a tab), so opening one
// does not wait for the network.
const dimensions = preloadableLazy(() => import('../features/dimensions/DimensionsView').then((m) => m.DimensionsView));
const coaching = preloadableLazy(() => import('../features/coaching/CoachingView').then((m) => m.CoachingView));
const compare = preloadableLazy(() => import('../features/compare/CompareView').then((m) => m.CompareView));
const report = preloadableLazy(() => import('./ReportView').then((m) => m.ReportView));
const trends = preloadableLazy(() => import('../features/trends/TrendsView').then((m) => m.TrendsView));
// The unit dialog opens on a click, never on the first screen.
const unitDetail = preloadableLazy(() =>
  import('../features/unit-detail/UnitDetailDialog').then((m) => m.UnitDetailDialog),
);

export const DimensionsView = dimensions.Component;
export const CoachingView = coaching.Component;
export const CompareView = compare.Component;
export const ReportView = report.Component;
export const TrendsView = trends.Component;
export const UnitDetailDialog = unitDetail.Component;

const preloaders: Partial<Record<ViewKey, () => Promise<void>>> = {
  dimensions: dimensions.preload,
  coaching: coaching.preload,
  compare: compare.preload,
  report: report.preload,
  trends: trends.preload,
};

/** Fetches the words of the views (not part of the first screen either); a failure shows when they are used. */
export function preloadLaterWords(lang: Lang): Promise<void> {
  return loadAllMessages(lang).then(
    () => undefined,
    () => undefined,
  );
}

/** Starts fetching one view's code and words; a failure is left for the view itself to meet when opened. */
export function preloadView(view: ViewKey, lang: Lang): Promise<void> {
  const code = (preloaders[view]?.() ?? Promise.resolve()).catch(() => undefined);
  return view === 'overview' ? code : Promise.all([code, preloadLaterWords(lang)]).then(() => undefined);
}

const PRELOAD_ORDER: readonly ViewKey[] = ['compare', 'trends', 'dimensions', 'coaching', 'report'];

/**
 * Fetches every lazy view's code (and that of the unit dialog, the ranking table and the data panel's
 * contents) and their words at once. Started together, their `<link rel="modulepreload">` tags go
 * into the page in one step, not one per view spread over the next second.
 */
export function preloadAllViews(lang: Lang): Promise<void> {
  const views = PRELOAD_ORDER.map((view) => preloadView(view, lang));
  const parts = [unitDetail.preload(), preloadRankingTable(), preloadDataPanel()].map((part) =>
    part.catch(() => undefined),
  );
  return Promise.all([...views, ...parts]).then(() => undefined);
}
