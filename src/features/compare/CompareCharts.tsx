import { useMemo } from 'react';
import type { Comparison } from '../../domain/comparison';
import type { Dimension } from '../../domain/model';
import { CompareBarChart } from '../../components/charts/CompareBarChart';
import { CompareRadarChart } from '../../components/charts/CompareRadarChart';
import type { CompareGroupRow, CompareSeries } from '../../components/charts/compare-series';
import { ChartCard } from '../../components/ui/ChartCard';
import type { ChartExport } from '../../components/ui/chart-export';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { levelWithZone } from '../../lib/i18n/level-text';
import { compareCsv, compareLegend, sharedValue } from './compare-export';
import { dimensionGroupRows, itemsWithoutDimensions, totalGroupRow } from './compare-rows';
import { CompareNotes } from './CompareNotes';
import { CompareScoresTable } from './CompareScoresTable';
import { assessmentsText, levelRowLabel } from './method-notes';
import { SeriesLegend } from './SeriesLegend';

interface CompareChartsProps {
  dimensions: readonly Dimension[];
  comparison: Comparison;
  series: readonly CompareSeries[];
  /** A change of assessment method between the compared years, in words (empty when there is none). */
  methodNotes: readonly string[];
  sourceLines: readonly string[];
  illustrative: boolean;
}

/** A radar needs at least three axes to enclose an area. */
const RADAR_MIN_DIMENSIONS = 3;

/**
 * The comparison drawn: radar and grouped bars of the dimensions when every item has dimension
 * scores; otherwise the totals alone, with a sentence saying why (never bars of zeros).
 */
export function CompareCharts({
  dimensions,
  comparison,
  series,
  methodNotes,
  sourceLines,
  illustrative,
}: CompareChartsProps) {
  const { t, fmt } = useFullI18n();
  const { items, hasDimensions, methods } = comparison;
  const assessment = assessmentsText(methods, t, fmt);
  // The level in its year's words (no zone from 2025, a derived level marked), for the CSV.
  const levels = items.map((item) => (item.level ? levelWithZone(item.level, t) : null));
  const dimensionRows = useMemo(() => dimensionGroupRows(dimensions, items, series), [dimensions, items, series]);
  const totals = useMemo(() => [totalGroupRow(items, series, t.chart.total)], [items, series, t]);
  const itemNames = fmt.list(
    series.map((s) => `${s.number}. ${t.compare.itemFull({ unit: s.unit, entity: s.institution, year: s.year })}`),
  );
  const notes = (
    <CompareNotes
      legend={<SeriesLegend series={series} />}
      methodNotes={methodNotes}
      sourceLines={sourceLines}
      illustrative={illustrative}
    />
  );
  // The titles say "comparison", and so the file names made from them; entity and year join the
  // name only when every item shares them.
  const entity = sharedValue(series.map((s) => s.institution));
  const year = sharedValue(series.map((s) => s.year));
  const exportSpec = (groups: readonly CompareGroupRow[], shape: 'line' | 'box'): ChartExport => ({
    ...(entity ? { entity } : {}),
    ...(year ? { year } : {}),
    legend: compareLegend(series, shape, { itemFull: t.compare.itemFull, baseline: t.compare.baseline }),
    csv: compareCsv(
      groups,
      series,
      {
        item: t.compare.csvItem,
        unit: t.chart.unit,
        short: t.chart.short,
        entity: t.compare.csvEntity,
        year: t.compare.csvYear,
        level: levelRowLabel(methods, t),
      },
      levels,
    ),
    // One line per source, after the change of method (the export spec has no other note line, and
    // an image across 2024 and 2025 must say it); the exporter wraps each to the image width.
    sourceLine: [...methodNotes, ...sourceLines].join('\n'),
    illustrative,
  });

  if (!hasDimensions) {
    const lacking = itemsWithoutDimensions(items).map(
      (i) =>
        `${i.record.unitShort ?? i.record.unit} (${t.compare.itemContext({ entity: i.record.institution, year: i.record.year })})`,
    );
    const unknownTotals = series.filter((s) => totals[0]?.values[s.id] === null).map((s) => `${s.number}. ${s.label}`);
    return (
      <div className="space-y-3">
        <p className="text-base text-ink" data-testid="compare-totals-only">
          {lacking.length === items.length ? (
            t.compare.totalsOnlyAll
          ) : (
            <>
              {t.compare.totalsOnly} {lacking.length > 0 && t.compare.withoutDimensions({ names: fmt.list(lacking) })}
            </>
          )}
        </p>
        <ChartCard
          testId="chart-compare-totals"
          title={t.compare.totalsTitle}
          subtitle={t.compare.totalsSubtitle({ assessment })}
          description={t.compare.totalsDescription({ count: items.length, names: itemNames })}
          table={<CompareScoresTable groups={totals} series={series} />}
          exportSpec={exportSpec(totals, 'box')}
          footer={
            <>
              {unknownTotals.length > 0 && <p>{t.compare.unknownTotals({ names: fmt.list(unknownTotals) })}</p>}
              {notes}
            </>
          }
        >
          <CompareBarChart groups={totals} series={series} />
        </ChartCard>
      </div>
    );
  }

  const dimensionNames = fmt.list(dimensions.map((d) => d.label));
  return (
    <div className="grid gap-5 xl:grid-cols-2">
      {dimensions.length >= RADAR_MIN_DIMENSIONS ? (
        <ChartCard
          testId="chart-compare-radar"
          title={t.compare.radarTitle}
          subtitle={t.compare.radarSubtitle({ count: items.length, assessment })}
          description={t.compare.radarDescription({
            count: items.length,
            dimensions: dimensions.length,
            names: itemNames,
          })}
          table={<CompareScoresTable groups={dimensionRows} series={series} />}
          exportSpec={exportSpec(dimensionRows, 'line')}
          footer={notes}
        >
          <CompareRadarChart rows={dimensionRows} series={series} />
        </ChartCard>
      ) : (
        <p className="rounded-xl border border-line bg-raised p-5 text-sm text-ink">{t.compare.radarTooFew}</p>
      )}
      <ChartCard
        testId="chart-compare-bars"
        title={t.compare.barsTitle}
        subtitle={t.compare.barsSubtitle({ assessment })}
        description={t.compare.barsDescription({ dimensions: dimensionNames, names: itemNames })}
        table={<CompareScoresTable groups={dimensionRows} series={series} />}
        exportSpec={exportSpec(dimensionRows, 'box')}
        footer={notes}
      >
        <CompareBarChart groups={dimensionRows} series={series} />
      </ChartCard>
    </div>
  );
}
