import type { DataWarning, Problem } from '../../domain/model';
import { LazyBoundary } from '../../components/ui/LazyBoundary';
import type { Lang } from '../../lib/format';
import { loadAllMessages } from '../../lib/i18n/messages';
import { preloadableLazy } from '../../lib/preloadable-lazy';

// Problems and notes about data are not part of the first screen: their code and words are fetched
// when a load starts (see useDatasetController), so they are here by the time a load has failed.
const problemItems = preloadableLazy(() => import('./ProblemItems').then((m) => m.ProblemItems));
const warningItems = preloadableLazy(() => import('./ProblemItems').then((m) => m.WarningItems));

/** Fetches the code and words that show problems and notes; never fails (the list itself says so). */
export function preloadProblemList(lang: Lang): Promise<void> {
  return Promise.all([problemItems.preload(), warningItems.preload(), loadAllMessages(lang)]).then(
    () => undefined,
    () => undefined,
  );
}

/** The first problems in full, then a count: a 5,000-row file with a wrong column must stay readable. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <LazyBoundary>
      <problemItems.Component problems={problems} />
    </LazyBoundary>
  );
}

export function WarningList({ warnings, brief = false }: { warnings: readonly DataWarning[]; brief?: boolean }) {
  return (
    <LazyBoundary>
      <warningItems.Component warnings={warnings} brief={brief} />
    </LazyBoundary>
  );
}
