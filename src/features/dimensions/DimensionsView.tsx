import { useMemo } from 'react';
import { DimensionGroupedBarChart, dimensionColour } from '../../components/charts/DimensionGroupedBarChart';
import { FLAG_MARK } from '../../components/charts/flag-mark';
import { ChartCard } from '../../components/ui/ChartCard';
import { dimensionsOf, hasDimensionScores, unitsOf, type EntityYearQuery } from '../../domain/aggregate';
import type { Dataset } from '../../domain/model';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { assessmentName } from '../../lib/i18n/level-text';
import { unitTypeLabel } from '../../lib/i18n/unit-type-label';
import { sourceText } from '../../lib/i18n/source-text';
import { CardNotes } from './CardNotes';
import { groupedBarCsv } from './dimension-csv';
import { groupedBarLegend } from './dimension-legend';
import { DimensionHeatmap } from './DimensionHeatmap';
import { DimensionScoresTable } from './DimensionScoresTable';
import {
  entityMeans,
  lowestMeanDimension,
  radarChoices,
  toGroupedBarRows,
  toHeatmap,
  trimGroupedBarRows,
} from './dimension-rows';
import { anyWeight, dimensionYear, spanText } from './dimension-year';
import { CHART_EDGE_ROWS } from '../../components/charts/edge-rows';
import { UnitRadarCard } from './UnitRadarCard';

export interface DimensionsViewProps {
  dataset: Dataset;
  selection: EntityYearQuery;
  onOpenUnit: (unit: string) => void;
}

/** Where each unit stands on each dimension: heatmap, grouped bars, and one unit's radar. */
export function DimensionsView({ dataset, selection, onOpenUnit }: DimensionsViewProps) {
  const { t, fmt } = useFullI18n();
  const { institution, year, unitType } = selection;

  const dims = useMemo(() => dimensionsOf(dataset), [dataset]);
  // The year's method decides which weights hold and what the dimensions mean.
  const facts = useMemo(() => dimensionYear(dataset, dims, year), [dataset, dims, year]);
  const { columns } = facts;
  const entityUnits = useMemo(() => unitsOf(dataset, { institution, year }), [dataset, institution, year]);
  const shown = useMemo(
    () => (unitType ? unitsOf(dataset, { institution, year, unitType }) : entityUnits),
    [dataset, institution, year, unitType, entityUnits],
  );
  // Means over all of the entity's units, as on the overview: a filter narrows what is shown,
  // not what "below the entity mean" means.
  const means = useMemo(() => entityMeans(dims, entityUnits), [dims, entityUnits]);
  const heatmap = useMemo(() => toHeatmap(columns, shown, means), [columns, shown, means]);
  const barRows = useMemo(() => toGroupedBarRows(dims, shown, means), [dims, shown, means]);
  // Many units: the chart keeps the top and bottom by total; the table lists every unit.
  const barChart = useMemo(() => trimGroupedBarRows(barRows, (count) => t.longLists.unitsGap({ count })), [barRows, t]);
  const radar = useMemo(() => radarChoices(shown), [shown]);

  if (!hasDimensionScores(shown)) {
    // A filter that hides the scores is not the same as a year whose results have none.
    const unpublished = facts.unpublishedDimensions && !hasDimensionScores(entityUnits);
    return (
      <p data-testid="dimensions-none" className="rounded-xl border border-line bg-raised p-5 text-ink">
        {unpublished
          ? t.dimensions.noScoresPublished({ entity: institution, year })
          : t.dimensions.noScores({ entity: institution, year })}
      </p>
    );
  }

  const sourceLine = sourceText(dataset.source, t, fmt);
  const illustrative = entityUnits.some((u) => u.illustrative);
  const lowest = lowestMeanDimension(dims, means);
  const assessment = assessmentName(facts.method, t);
  const subtitle = t.dimensions.heatmapSubtitle({
    entity: institution,
    year,
    assessment,
    weights: anyWeight(columns) ? 1 : 0,
  });
  const barSubtitle = t.dimensions.barSubtitle({ entity: institution, year, assessment });
  const weightsNote = facts.weightsUnknown
    ? t.dimensions.weightsUnknown({
        year,
        kind: t.method.provenanceKind[facts.weightsUnknown.kind] ?? '',
        basis: t.method.basis[facts.weightsUnknown.basis] ?? '',
      })
    : null;
  const notComparable = facts.notComparable
    ? t.dimensions.notComparable({ from: facts.notComparable.from, before: spanText(facts.notComparable.before) })
    : null;
  const filters = unitType ? unitTypeLabel(t.unitTypes, unitType) : undefined;
  const anyBarBelow = barRows.some((r) => Object.values(r.below).some(Boolean));

  const barLegend = (
    <>
      {dims.map((d, i) => (
        <span key={d.key}>
          <span
            aria-hidden
            className="mr-1 inline-block h-2.5 w-2.5 rounded-sm"
            style={{ background: dimensionColour(i) }}
          />
          {d.label}
        </span>
      ))}
      {anyBarBelow && (
        <span>
          <span aria-hidden className="font-semibold text-ink">
            {FLAG_MARK}
          </span>{' '}
          {t.dimensions.legendBelowMeanBar}
        </span>
      )}
    </>
  );

  return (
    <div className="space-y-5">
      <div className="space-y-1">
        {lowest && (
          <p className="text-base text-ink" data-testid="dimensions-summary">
            {t.dimensions.lowestDimension({ dimension: lowest.dimension.label, mean: fmt.score(lowest.mean) })}
          </p>
        )}
        {notComparable && (
          <p className="text-sm text-ink" data-testid="dimensions-not-comparable">
            {notComparable}
          </p>
        )}
        {unitType && <p className="text-sm text-muted">{t.dimensions.filteredNote}</p>}
      </div>

      <DimensionHeatmap
        heatmap={heatmap}
        entity={institution}
        year={year}
        {...(filters ? { filters } : {})}
        subtitle={subtitle}
        weightsNote={weightsNote}
        sourceLine={sourceLine}
        illustrative={illustrative}
        onOpenUnit={onOpenUnit}
      />

      <div className="grid gap-5 xl:grid-cols-2">
        <ChartCard
          testId="chart-dimension-bars"
          title={t.dimensions.barTitle}
          subtitle={
            barChart.hidden > 0
              ? `${barSubtitle} · ${t.longLists.unitsTrimmed({ edge: CHART_EDGE_ROWS, count: barRows.length })}`
              : barSubtitle
          }
          description={t.dimensions.barDescription({
            count: barRows.length,
            dimensions: fmt.list(dims.map((d) => d.label)),
          })}
          table={<DimensionScoresTable rows={barRows} dimensions={dims} means={means.dimensions} />}
          exportSpec={{
            entity: institution,
            year,
            ...(filters ? { filters } : {}),
            legend: groupedBarLegend(dims, anyBarBelow, t.dimensions.legendBelowMeanBar),
            csv: groupedBarCsv(barRows, dims, means.dimensions, {
              unit: t.chart.unit,
              short: t.chart.short,
              meanRow: t.dimensions.meanRow,
              belowMeanOn: t.dimensions.csvBelowMeanOn,
            }),
            sourceLine: sourceLine ?? '',
            illustrative,
          }}
          footer={<CardNotes legend={barLegend} sourceLine={sourceLine} illustrative={illustrative} />}
        >
          <DimensionGroupedBarChart rows={barChart.rows} dimensions={dims} means={means.dimensions} />
        </ChartCard>

        <UnitRadarCard
          key={`${institution}|${year}|${unitType ?? ''}`}
          units={radar.units}
          weakest={radar.weakest}
          dimensions={columns}
          means={means}
          entity={institution}
          year={year}
          assessment={assessment}
          {...(filters ? { filters } : {})}
          sourceLine={sourceLine}
          illustrative={illustrative}
        />
      </div>
    </div>
  );
}
