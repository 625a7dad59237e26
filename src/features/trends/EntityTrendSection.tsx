import { useMemo } from 'react';
import type { Dataset } from '../../domain/model';
import { methodChanges, methodOfYear } from '../../domain/methods';
import { ChartCard } from '../../components/ui/ChartCard';
import { GradeBadge } from '../../components/ui/GradeBadge';
import { ScoreTrendChart, scoreTrendConfig, type TrendChartPoint } from '../../components/charts/ScoreTrendChart';
import { exportLegend } from '../../components/charts/chart-config';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { assessmentName, levelWithZone } from '../../lib/i18n/level-text';
import { EntityTrendTable } from './EntityTrendTable';
import { csvLabels } from './csv-labels';
import { exportFooterLine, methodChangeTexts } from './method-text';
import { entityTrendCsv } from './trend-csv';
import { sourcesText } from './sources-text';
import {
  entityTrendIllustrative,
  entityTrendSources,
  hasZoneOnlyYears,
  inferredBandYears,
  trendAxis,
  yearBands,
} from './trend-rows';

interface EntityTrendSectionProps {
  dataset: Dataset;
  entity: string;
  points: readonly TrendChartPoint[];
  selectedYear: number;
}

/** The entity's score over the years, or why there is no line to draw. */
export function EntityTrendSection({ dataset, entity, points, selectedYear }: EntityTrendSectionProps) {
  const { t, fmt } = useFullI18n();
  const years = useMemo(() => points.map((p) => p.year), [points]);
  const axis = useMemo(() => trendAxis(points.map((p) => p.score)), [points]);
  const bands = useMemo(() => yearBands(years, dataset.gradeScale), [years, dataset.gradeScale]);
  const changes = useMemo(() => methodChanges(years), [years]);
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
                {only.assessed ? fmt.score(only.score) : t.grade.notAssessed}
              </p>
              {only.assessed && <GradeBadge grade={only.level} />}
            </div>
            <p className="mt-1 text-sm text-muted">
              {only.year}
              {only.assessed && ` · ${only.reported ? t.trends.reported : t.trends.mean}`} ·{' '}
              {assessmentName(methodOfYear(only.year).method, t)}
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
  const changeTexts = methodChangeTexts(changes, t);
  const inferredYears = inferredBandYears(bands);
  const inferredText =
    inferredYears.length > 0 ? t.trends.legendBandsInferred({ years: fmt.list(inferredYears.map(String)) }) : null;
  const breaks = changes.map((c) => c.year);
  const axisText = axis.min > 0 ? t.trends.axisNarrow({ min: fmt.integer(axis.min) }) : t.trends.axisFull;
  // One method throughout: the subtitle names it; across a change, the sentence under the chart does.
  const methodText = changes.length === 0 ? assessmentName(methodOfYear(last).method, t) : null;
  const description = [
    t.trends.entityDescription({
      entity,
      points: fmt.list(
        points.map((p) =>
          p.assessed
            ? t.trends.pointText({
                year: p.year,
                score: fmt.score(p.score),
                basis: p.reported ? t.trends.reported : t.trends.mean,
                grade: levelWithZone(p.level, t),
              })
            : t.trends.pointNotAssessed({ year: p.year }),
        ),
      ),
    }),
    ...changeTexts,
  ].join(' ');

  return (
    <ChartCard
      testId="chart-entity-trend"
      title={t.trends.entityTitle}
      subtitle={[t.trends.entitySubtitle({ entity, from: first, to: last }), axisText, methodText]
        .filter(Boolean)
        .join(' · ')}
      description={description}
      table={<EntityTrendTable points={points} breaks={breaks} />}
      exportSpec={{
        entity,
        year: selectedYear,
        legend: exportLegend(scoreTrendConfig, {
          reported: anyReported ? t.trends.legendReported : undefined,
          mean: anyComputed ? t.trends.legendMean : undefined,
          methodBreak: breaks.length > 0 ? t.trends.methodBreakLabel : undefined,
        }),
        csv: entityTrendCsv(points, csvLabels(t)),
        // The image carries the change of method too: it must not be read as one comparable line.
        sourceLine: exportFooterLine(source, inferredText ? [...changeTexts, inferredText] : changeTexts),
        illustrative,
      }}
      footer={
        <>
          {changeTexts.map((text) => (
            <p key={text} className="font-medium text-ink" data-testid="method-change">
              {text}
            </p>
          ))}
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
          {inferredText && <p>{inferredText}</p>}
          {hasZoneOnlyYears(points) && <p>{t.trends.zonesOnlyNote}</p>}
          {source && <p>{source}</p>}
          {illustrative && <p>{t.chart.illustrativeNote}</p>}
        </>
      }
    >
      <ScoreTrendChart points={points} yearBands={bands} axis={axis} breaks={breaks} selectedYear={selectedYear} />
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
        fill={filled ? scoreTrendConfig.reported.color : 'var(--rapor-raised)'}
        stroke={scoreTrendConfig.mean.color}
        strokeWidth={2}
      />
    </svg>
  );
}
