import type { ViewKey } from './selection';
import { preloadableLazy } from './preloadable-lazy';

// Views other than the first one are separate chunks, keeping the first screen's download small;
// they are fetched once the person has started using the page (or points at a tab), so opening one
// does not wait for the network.
const dimensions = preloadableLazy(() => import('../features/dimensions/DimensionsView').then((m) => m.DimensionsView));
const coaching = preloadableLazy(() => import('../features/coaching/CoachingView').then((m) => m.CoachingView));
const compare = preloadableLazy(() => import('../features/compare/CompareView').then((m) => m.CompareView));
const report = preloadableLazy(() => import('./ReportView').then((m) => m.ReportView));
const trends = preloadableLazy(() => import('../features/trends/TrendsView').then((m) => m.TrendsView));

export const DimensionsView = dimensions.Component;
export const CoachingView = coaching.Component;
export const CompareView = compare.Component;
export const ReportView = report.Component;
export const TrendsView = trends.Component;

const preloaders: Partial<Record<ViewKey, () => Promise<void>>> = {
  dimensions: dimensions.preload,
  coaching: coaching.preload,
  compare: compare.preload,
  report: report.preload,
  trends: trends.preload,
};

/** Starts fetching one view's code; a failure is left for the view itself to meet when opened. */
export function preloadView(view: ViewKey): Promise<void> {
  return (preloaders[view]?.() ?? Promise.resolve()).catch(() => undefined);
}

const PRELOAD_ORDER: readonly ViewKey[] = ['compare', 'trends', 'dimensions', 'coaching', 'report'];

/**
 * Fetches every lazy view's code at once. Started together, their `<link rel="modulepreload">` tags
 * go into the page in one step, not one per view spread over the next second.
 */
export function preloadAllViews(): Promise<void> {
  return Promise.all(PRELOAD_ORDER.map(preloadView)).then(() => undefined);
}
