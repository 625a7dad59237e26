import type { DataSource } from '../../data/sources';
import type { DataWarning, Problem } from '../../domain/model';
import { Notice } from '../../components/ui/Notice';
import { useI18n } from '../../lib/i18n/i18n-context';
import { LazyBoundary } from '../../components/ui/LazyBoundary';
import { preloadableLazy } from '../../lib/preloadable-lazy';
import type { LoadingProgress } from './LoadingNotice';
import { ProblemList, WarningList } from './ProblemList';
import { sourceLabel } from './source-label';

// The loading notice shows only for a load slower than LOADING_NOTICE_DELAY_MS: its code (and its
// progress bar's styles) is fetched when a load starts (see useDatasetController), not with the first screen.
const loadingNotice = preloadableLazy(() => import('./LoadingNotice').then((m) => m.LoadingNotice));

/** Fetches the loading notice's code; never fails (the notice's place says so if it cannot come). */
export function preloadLoadingNotice(): Promise<void> {
  return loadingNotice.preload().catch(() => undefined);
}

export type LoadStatus =
  | { state: 'idle' }
  | { state: 'loading'; source: DataSource; progress?: LoadingProgress }
  | { state: 'loaded'; source: DataSource; warnings?: readonly DataWarning[] }
  | { state: 'failed'; source: DataSource; problems: Problem[] };

/** Loading, success and failure of the latest load, said where the person is looking. */
export function LoadStatusNotice({ status, onDismiss }: { status: LoadStatus; onDismiss: () => void }) {
  const { t } = useI18n();
  switch (status.state) {
    case 'idle':
      return null;
    case 'loading':
      return (
        <LazyBoundary fallback={null}>
          <loadingNotice.Component source={status.source} progress={status.progress} />
        </LazyBoundary>
      );
    case 'loaded': {
      if (status.source.kind === 'bundled') return null;
      // The data panel is often closed (a dropped file, a `?data=` link): notes about the data just
      // loaded are said here too, or the person would never see them.
      const warnings = status.warnings ?? [];
      return (
        <Notice
          tone={warnings.length > 0 ? 'warn' : 'info'}
          testId="load-status"
          onDismiss={onDismiss}
          dismissLabel={t.data.dismiss}
        >
          <p>{t.data.loadedFrom({ source: sourceLabel(status.source, t) })}</p>
          {warnings.length > 0 && (
            <>
              <p className="font-medium">{t.data.warningsTitle({ count: warnings.length })}</p>
              <WarningList warnings={warnings} brief />
            </>
          )}
        </Notice>
      );
    }
    case 'failed':
      return (
        <Notice
          tone="error"
          testId="load-error"
          title={t.data.errorTitle({ source: sourceLabel(status.source, t) })}
          onDismiss={onDismiss}
          dismissLabel={t.data.dismiss}
        >
          <ProblemList problems={status.problems} />
          <p className="font-medium">{t.data.errorKept}</p>
        </Notice>
      );
  }
}
