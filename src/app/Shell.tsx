import { lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { DataPanel, preloadDataPanel } from '../features/data-panel/DataPanel';
import { DropZone } from '../features/data-panel/DropZone';
import { LoadStatusNotice } from '../features/data-panel/LoadStatusNotice';
import { OfflineNotice } from '../features/data-panel/OfflineNotice';
import { sourceLabel } from '../features/data-panel/source-label';
import { OverviewView } from '../features/overview/OverviewView';
import type { Dataset } from '../domain/model';
import { datasetIndex } from '../domain/dataset-index';
import { entitySource } from '../domain/aggregate';
import { compareKeysFromParam, compareKeysToParam, withCompareKey } from '../domain/compare-keys';
import { LazyBoundary } from '../components/ui/LazyBoundary';
import { Notice } from '../components/ui/Notice';
import type { Lang } from '../lib/format';
import { useI18n } from '../lib/i18n/i18n-context';
import { sourceText } from '../lib/i18n/source-text';
import { registerServiceWorker, type ApplyUpdate } from '../lib/service-worker';
import { useTheme } from '../lib/theme';
import { useUrlParams } from '../lib/url-state';
import { FilterBar } from './FilterBar';
import { Header } from './Header';
import {
  CoachingView,
  CompareView,
  DimensionsView,
  ReportView,
  TrendsView,
  UnitDetailDialog,
  preloadAllViews,
  preloadView,
  preloadLaterWords,
} from './lazy-views';
import { MissingEntityNotice } from './MissingEntityNotice';
import { missingEntityChoices, resolveSelection, type Selection } from './selection';
import { useDatasetController } from './useDatasetController';
import { afterInputSettles } from './scheduling';
import { ViewNav } from './ViewNav';

// Shown only once a newer build is waiting, long after the first screen: not in its download.
const UpdatePrompt = lazy(() => import('./UpdatePrompt').then((m) => ({ default: m.UpdatePrompt })));

export function Shell({ onLangChange }: { onLangChange: (lang: Lang) => void }) {
  const { t, fmt, lang } = useI18n();
  const [theme, toggleTheme] = useTheme();
  const [params, setParams] = useUrlParams();
  const data = useDatasetController();
  const dataset = data.current?.dataset ?? null;
  const selection = useMemo(() => (dataset ? resolveSelection(dataset, params) : null), [dataset, params]);
  // The chosen entity has no result in the chosen year: what to offer instead of the views.
  const missing = useMemo(
    () => (dataset && selection?.entityMissingInYear ? missingEntityChoices(dataset, selection) : null),
    [dataset, selection],
  );
  const busy = data.status.state === 'loading';
  const [panelOpen, setPanelOpen] = useState(false);
  const illustrative = dataset ? datasetIndex(dataset).illustrative : false;

  // "Compare" anywhere adds the unit (of the selected entity and year) and opens the comparison.
  const addToCompare = useCallback(
    (unit: string) => {
      if (!selection) return;
      const keys = withCompareKey(compareKeysFromParam(params.get('compare') ?? ''), {
        institution: selection.institution,
        year: selection.year,
        unit,
      });
      setParams({ view: 'compare', compare: compareKeysToParam(keys), unit: null });
    },
    [params, selection, setParams],
  );

  // The other views' code is fetched once the person has started using the page and paused, while
  // it is idle, and no dataset is downloading: the first screen's download (and a large dataset's)
  // does not share the network with code that may not be needed, nor an input's response with its
  // evaluation, and a view opened later is ready.
  const shown = dataset !== null;
  const [applyUpdate, setApplyUpdate] = useState<ApplyUpdate | null>(null);
  useEffect(() => {
    if (shown) registerServiceWorker((apply) => setApplyUpdate(() => apply));
  }, [shown]);
  useEffect(() => {
    if (!shown || busy) return;
    return afterInputSettles(() => void preloadAllViews(lang));
  }, [shown, busy, lang]);

  // A view other than the overview (or the unit dialog) opened straight from a link: its words are
  // fetched beside its code rather than after it.
  const needsViewWords = selection !== null && (selection.view !== 'overview' || selection.unit !== undefined);
  useEffect(() => {
    if (needsViewWords) void preloadLaterWords(lang);
  }, [needsViewWords, lang]);

  const onFilter = useCallback(
    (patch: { year?: string; entity?: string; type?: string | null }) => setParams(patch),
    [setParams],
  );

  return (
    <div data-testid="app-shell" className="min-h-screen bg-surface text-ink">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-raised focus:px-3 focus:py-2"
      >
        {t.app.skipToContent}
      </a>
      <div className="print:hidden">
        <Header title={dataset?.title} theme={theme} onToggleTheme={toggleTheme} onLangChange={onLangChange} />
      </div>
      <DropZone onFile={data.loadFile} />

      <main id="main" className="mx-auto max-w-7xl space-y-5 px-4 py-5 sm:px-6">
        <div className="space-y-3 print:hidden">
          <LoadStatusNotice status={data.status} onDismiss={data.dismissStatus} />
          <OfflineNotice loadedAt={data.current?.loadedAt} />
          {applyUpdate && (
            <LazyBoundary fallback={null}>
              <UpdatePrompt applyUpdate={applyUpdate} />
            </LazyBoundary>
          )}
        </div>

        <details
          className="group rounded-xl border border-line bg-raised shadow-sm print:hidden"
          open={!dataset || undefined}
          onToggle={(event) => setPanelOpen(event.currentTarget.open)}
        >
          <summary
            className="flex cursor-pointer list-none items-center justify-between gap-3 px-4 py-3 text-sm"
            // About to be opened: its contents' code is fetched now rather than on the click.
            onPointerEnter={() => void preloadDataPanel()}
            onFocus={() => void preloadDataPanel()}
          >
            <span className="min-w-0 truncate">
              <span className="font-semibold text-ink">{t.data.panelTitle}:</span>{' '}
              <span className="text-muted">{data.current ? sourceLabel(data.current.source, t) : t.app.loading}</span>
            </span>
            <span aria-hidden className="text-muted transition-transform group-open:rotate-180">
              ▾
            </span>
          </summary>
          <div className="border-t border-line px-4 py-4">
            <DataPanel
              current={data.current}
              busy={busy}
              onFile={data.loadFile}
              onUrl={data.loadUrl}
              onBundled={data.resetToBundled}
              open={panelOpen}
            />
          </div>
        </details>

        {illustrative && (
          <Notice tone="warn" testId="illustrative-banner">
            {t.data.illustrativeBanner}
          </Notice>
        )}

        {dataset && selection ? (
          <>
            <div className="space-y-4 rounded-xl border border-line bg-raised p-4 shadow-sm print:hidden">
              <FilterBar dataset={dataset} selection={selection} onChange={onFilter} />
              <ViewNav
                active={selection.view}
                params={params}
                onSelect={(view) => setParams({ view })}
                onIntent={(view) => void preloadView(view, lang)}
              />
            </div>
            {missing ? (
              <MissingEntityNotice
                entity={selection.institution}
                year={selection.year}
                entities={missing.entities}
                latestYear={missing.latestYear}
                onChooseEntity={(entity) => setParams({ entity })}
                onChooseYear={(year) => setParams({ year: String(year) })}
              />
            ) : (
              <LazyBoundary fallback={<p className="text-muted">{t.app.loading}</p>}>
                <ActiveView
                  selection={selection}
                  dataset={dataset}
                  sourceLine={
                    // The entity's own figure's source (its press release), else the file's.
                    sourceText(entitySource(dataset, selection.institution, selection.year), t, fmt) ??
                    (data.current ? t.chart.source({ source: sourceLabel(data.current.source, t) }) : '')
                  }
                  compareParam={params.get('compare')}
                  onChangeCompare={(compare) => setParams({ compare })}
                  onOpenUnit={(unit) => setParams({ unit })}
                  onCompareUnit={addToCompare}
                />
              </LazyBoundary>
            )}
            {selection.unit && (
              <LazyBoundary fallback={null}>
                <UnitDetailDialog
                  key={`${selection.institution}|${selection.year}|${selection.unit}`}
                  dataset={dataset}
                  institution={selection.institution}
                  year={selection.year}
                  unit={selection.unit}
                  onClose={() => setParams({ unit: null })}
                  onCompare={addToCompare}
                />
              </LazyBoundary>
            )}
          </>
        ) : (
          !busy && <p className="text-muted">{dataset ? t.app.noData : t.app.loading}</p>
        )}
      </main>
      <footer className="mx-auto max-w-7xl px-4 pb-8 text-xs text-muted sm:px-6 print:hidden">{t.app.footer}</footer>
    </div>
  );
}

interface ActiveViewProps {
  selection: Selection;
  dataset: Dataset;
  sourceLine: string;
  compareParam: string | null;
  onChangeCompare: (param: string | null) => void;
  onOpenUnit: (unit: string) => void;
  onCompareUnit: (unit: string) => void;
}

function ActiveView({
  selection,
  dataset,
  sourceLine,
  compareParam,
  onChangeCompare,
  onOpenUnit,
  onCompareUnit,
}: ActiveViewProps) {
  switch (selection.view) {
    case 'overview':
      return (
        <OverviewView
          dataset={dataset}
          selection={selection}
          sourceLine={sourceLine}
          onOpenUnit={onOpenUnit}
          onCompareUnit={onCompareUnit}
        />
      );
    case 'dimensions':
      return <DimensionsView dataset={dataset} selection={selection} onOpenUnit={onOpenUnit} />;
    case 'coaching':
      return (
        <CoachingView dataset={dataset} selection={selection} onOpenUnit={onOpenUnit} onCompareUnit={onCompareUnit} />
      );
    case 'trends':
      return <TrendsView dataset={dataset} selection={selection} onOpenUnit={onOpenUnit} />;
    case 'report':
      return <ReportView dataset={dataset} selection={selection} sourceLine={sourceLine} onOpenUnit={onOpenUnit} />;
    case 'compare':
      return (
        <CompareView
          dataset={dataset}
          selection={selection}
          compareParam={compareParam}
          onChangeCompare={onChangeCompare}
          onOpenUnit={onOpenUnit}
        />
      );
  }
}
