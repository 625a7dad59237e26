import { useMemo } from 'react';
import type { Dataset } from '../../domain/model';
import { ChartCard } from '../../components/ui/ChartCard';
import { GradeBadge } from '../../components/ui/GradeBadge';
import { ScoreTrendChart, type TrendChartPoint } from '../../components/charts/ScoreTrendChart';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { EntityTrendTable } from './EntityTrendTable';
import { csvLabels } from './csv-labels';
import { entityTrendCsv } from './trend-csv';
import { gradeShortText } from './grade-text';
import { sourcesText } from './sources-text';
import { entityTrendIllustrative, entityTrendSources, hasZoneOnlyYears, trendAxis, yearBands } from './trend-rows';

interface EntityTrendSectionProps {
  dataset: Dataset;
  entity: string;
  points: readonly TrendChartPoint[];
  selectedYear: number;
}

/** The entity's score over the years, or why there is no line to draw. */
export function EntityTrendSection({ dataset, entity, points, selectedYear }: EntityTrendSectionProps) {
  const { t, fmt } = useFullI18n();
  const axis = useMemo(() => trendAxis(points.map((p) => p.score)), [points]);
  const bands = useMemo(
    () =>
      yearBands(
        points.map((p) => p.year),
        dataset.gradeScale,
      ),
    [points, dataset.gradeScale],
  );
  const illustrative = useMemo(() => entityTrendIllustrative(dataset, entity, points), [dataset, entity, points]);
  const source = useMemo(
    () => sourcesText(entityTrendSources(dataset, entity, points), t, fmt),
    [dataset, entity, points, t, fmt],
  );
  const known = points.filter((p) => p.score !== null);

  if (known.length < 2) {
    const only = known[0] ?? points[0];
    return (
      <section
        aria-labelledby="entity-trend-title"
        data-testid="entity-trend-single"
        className="rounded-xl border border-line bg-raised p-5 shadow-sm"
      >
        <h3 id="entity-trend-title" className="text-base font-semibold text-ink">
          {t.trends.entityTitle}
        </h3>
        {only ? (
          <>
            <p className="mt-2 text-sm text-ink">{t.trends.singleYear({ entity, year: only.year })}</p>
            <div className="mt-3 flex flex-wrap items-end gap-x-5 gap-y-2">
              <p
                className="text-4xl font-bold tracking-tight text-ink tabular-nums"
                data-testid="entity-trend-single-value"
              >
                {fmt.score(only.score)}
              </p>
              <GradeBadge grade={only.grade} />
            </div>
            <p className="mt-1 text-sm text-muted">
              {only.year} · {only.reported ? t.trends.reported : t.trends.mean}
            </p>
          </>
        ) : (
          <p className="mt-2 text-sm text-ink">{t.trends.noScores({ entity })}</p>
        )}
        {source && <p className="mt-3 text-xs text-muted">{source}</p>}
      </section>
    );
  }

  const first = points[0]?.year ?? selectedYear;
  const last = points.at(-1)?.year ?? selectedYear;
  const anyComputed = known.some((p) => !p.reported);
  const anyReported = known.some((p) => p.reported);
  const description = t.trends.entityDescription({
    entity,
    points: fmt.list(
      points.map((p) =>
        t.trends.pointText({
          year: p.year,
          score: fmt.score(p.score),
          basis: p.reported ? t.trends.reported : t.trends.mean,
          grade: gradeShortText(p.grade, t),
        }),
      ),
    ),
  });

  return (
    <ChartCard
      testId="chart-entity-trend"
      title={t.trends.entityTitle}
      subtitle={`${t.trends.entitySubtitle({ entity, from: first, to: last })} · ${
        axis.min > 0 ? t.trends.axisNarrow({ min: fmt.integer(axis.min) }) : t.trends.axisFull
      }`}
      description={description}
      table={<EntityTrendTable points={points} />}
      exportSpec={{
        entity,
        year: selectedYear,
        legend: [
          ...(anyReported ? [{ label: t.trends.legendReported, color: 'var(--chart-trend)', mark: '●' }] : []),
          ...(anyComputed ? [{ label: t.trends.legendMean, color: 'var(--chart-trend)', mark: '○' }] : []),
        ],
        csv: entityTrendCsv(points, csvLabels(t)),
        sourceLine: source ?? '',
        illustrative,
      }}
      footer={
        <>
          <p className="flex flex-wrap gap-x-4 gap-y-1">
            {anyReported && (
              <span>
                <DotSwatch filled /> {t.trends.legendReported}
              </span>
            )}
            {anyComputed && (
              <span>
                <DotSwatch filled={false} /> {t.trends.legendMean}
              </span>
            )}
          </p>
          <p>{t.trends.legendBands}</p>
          {hasZoneOnlyYears(points) && <p>{t.trends.zonesOnlyNote}</p>}
          {source && <p>{source}</p>}
          {illustrative && <p>{t.chart.illustrativeNote}</p>}
        </>
      }
    >
      <ScoreTrendChart points={points} yearBands={bands} axis={axis} selectedYear={selectedYear} />
    </ChartCard>
  );
}

function DotSwatch({ filled }: { filled: boolean }) {
  return (
    <svg width={14} height={14} aria-hidden className="inline-block align-[-2px]">
      <circle
        cx={7}
        cy={7}
        r={4.5}
        fill={filled ? 'var(--chart-trend)' : 'var(--rapor-raised)'}
        stroke="var(--chart-trend)"
        strokeWidth={2}
      />
    </svg>
  );
}
