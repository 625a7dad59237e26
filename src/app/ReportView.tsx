import { useState, type ReactNode } from 'react';
import type { EntityYearQuery } from '../domain/aggregate';
import type { Dataset } from '../domain/model';
import { datasetIndex } from '../domain/dataset-index';
import { methodOfYear } from '../domain/methods';
import { CoachingView } from '../features/coaching/CoachingView';
import { DimensionsView } from '../features/dimensions/DimensionsView';
import { OverviewView } from '../features/overview/OverviewView';
import { TrendsView } from '../features/trends/TrendsView';
import { ChartRegistryProvider, useChartRegistry } from '../components/ui/chart-registry';
import { Notice } from '../components/ui/Notice';
import { exportFileName } from '../lib/export/file-name';
import { useFullI18n } from '../lib/i18n/i18n-context';
import { assessmentName } from '../lib/i18n/level-text';
import { localIsoDate } from '../lib/local-date';

interface ReportViewProps {
  dataset: Dataset;
  selection: EntityYearQuery;
  sourceLine: string;
  onOpenUnit: (unit: string) => void;
}

/**
 * Every view of one entity and year on one page, laid out at A4 width so the charts print at the
 * size they are drawn; print CSS keeps each chart on one page.
 */
export function ReportView(props: ReportViewProps) {
  return (
    <ChartRegistryProvider>
      <Report {...props} />
    </ChartRegistryProvider>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="report-section space-y-4">
      <h2 className="border-b border-line pb-1 text-xl font-semibold text-ink">{title}</h2>
      {children}
    </section>
  );
}

function Report({ dataset, selection, sourceLine, onOpenUnit }: ReportViewProps) {
  const i18n = useFullI18n();
  const { t, fmt } = i18n;
  const registry = useChartRegistry();
  const [status, setStatus] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const { institution, year } = selection;
  const { method } = methodOfYear(year);

  const downloadAll = async () => {
    const entries = registry?.list() ?? [];
    setBusy(true);
    try {
      const [{ chartJob }, pipeline] = await Promise.all([
        import('../lib/export/chart-job'),
        import('../lib/export/chart-pipeline'),
      ]);
      const name = exportFileName({ entity: institution, year, chart: 'grafik' }, 'zip');
      await pipeline.downloadChartsZip(
        entries.map((entry) => chartJob(entry, i18n)),
        name,
        (done, total) => setStatus({ tone: 'info', text: t.report.zipping({ done, total }) }),
      );
      setStatus({ tone: 'info', text: t.report.zipDone({ count: entries.length }) });
    } catch (error) {
      setStatus({
        tone: 'error',
        text: t.report.zipFailed({ message: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="report mx-auto max-w-[46rem] space-y-8" data-testid="report">
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <button
          type="button"
          onClick={() => window.print()}
          className="rounded-md bg-accent px-3 py-2 text-sm font-medium text-accent-ink hover:opacity-90"
        >
          {t.report.print}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void downloadAll()}
          data-testid="download-all-charts"
          className="rounded-md border border-line px-3 py-2 text-sm text-ink hover:bg-sunken disabled:opacity-60"
        >
          {t.report.downloadAll}
        </button>
      </div>
      {status && (
        <Notice tone={status.tone} testId="report-status">
          {status.text}
        </Notice>
      )}

      <header className="space-y-1">
        <h1 className="text-2xl font-bold text-ink">
          {t.report.title({ entity: institution, year, assessment: method.shortName })}
        </h1>
        <p className="text-sm font-medium text-ink" data-testid="report-assessment">
          {assessmentName(method, t)}
        </p>
        <p className="text-sm text-muted">{t.report.intro}</p>
      </header>

      <Section title={t.report.sectionOverview}>
        <OverviewView dataset={dataset} selection={selection} sourceLine={sourceLine} onOpenUnit={onOpenUnit} />
      </Section>
      <Section title={t.report.sectionDimensions}>
        <DimensionsView dataset={dataset} selection={selection} onOpenUnit={onOpenUnit} />
      </Section>
      <Section title={t.report.sectionCoaching}>
        <CoachingView dataset={dataset} selection={selection} onOpenUnit={onOpenUnit} />
      </Section>
      <Section title={t.report.sectionTrends}>
        <TrendsView dataset={dataset} selection={selection} onOpenUnit={onOpenUnit} />
      </Section>
      <Section title={t.report.sectionSource}>
        <p className="text-sm text-ink">{sourceLine}</p>
        <p className="text-sm text-muted" data-testid="report-method-provenance">
          {method.name}: {t.method.provenanceKind[method.levelsProvenance.kind]} —{' '}
          {t.method.basis[method.levelsProvenance.basis]}
        </p>
        {datasetIndex(dataset).illustrative && <p className="text-sm text-flag">{t.chart.illustrativeNote}</p>}
        <p className="text-sm text-muted">{t.report.generated({ date: fmt.date(localIsoDate()) })}</p>
      </Section>
    </article>
  );
}
