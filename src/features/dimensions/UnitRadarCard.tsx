import { useId, useMemo, useState } from 'react';
import { DimensionRadarChart, dimensionRadarConfig } from '../../components/charts/DimensionRadarChart';
import { exportLegend } from '../../components/charts/chart-config';
import { FLAG_MARK } from '../../components/charts/flag-mark';
import { ChartCard } from '../../components/ui/ChartCard';
import type { UnitRecord } from '../../domain/model';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { CardNotes } from './CardNotes';
import { radarCsv } from './dimension-csv';
import { toRadarRows, type EntityMeans } from './dimension-rows';
import type { DimensionColumn } from './dimension-year';
import { RadarTable } from './RadarTable';

interface UnitRadarCardProps {
  /** Units with at least one dimension score, in the order the picker lists them. */
  units: readonly UnitRecord[];
  /** The unit with the lowest total, shown first; null when no total is known. */
  weakest: string | null;
  /** With their weights where the year's are known. */
  dimensions: readonly DimensionColumn[];
  means: EntityMeans;
  entity: string;
  year: number;
  /** The year's assessment in words, for the subtitle. */
  assessment: string;
  /** The active unit-type filter in words, for the exported subtitle. */
  filters?: string;
  sourceLine: string | null;
  illustrative: boolean;
}

function LineSwatch({ stroke, dash }: { stroke: string; dash?: string }) {
  return (
    <svg aria-hidden width="22" height="8" className="mr-1 inline-block align-middle">
      <line x1="1" y1="4" x2="21" y2="4" stroke={stroke} strokeWidth="2.5" strokeDasharray={dash} />
    </svg>
  );
}

/** The radar of one picked unit against the entity's dimension means. */
export function UnitRadarCard({
  units,
  weakest,
  dimensions,
  means,
  entity,
  year,
  assessment,
  filters,
  sourceLine,
  illustrative,
}: UnitRadarCardProps) {
  const { t, fmt } = useFullI18n();
  const pickerId = useId();
  const [picked, setPicked] = useState(weakest ?? units[0]?.unit);
  const record = units.find((u) => u.unit === picked) ?? units[0];
  const rows = useMemo(() => (record ? toRadarRows(dimensions, record, means) : []), [dimensions, record, means]);
  if (!record) return null;

  const unitName = record.unitShort ?? record.unit;
  const meanName = t.dimensions.meanRow;
  const anyBelow = rows.some((r) => r.belowMean);
  const anyUnknown = rows.some((r) => r.unit === null);
  // A radar needs three axes; with fewer the card shows a sentence, and there is nothing to export.
  const drawn = dimensions.length >= 3;
  const legend = (
    <>
      <span>
        <LineSwatch stroke={dimensionRadarConfig.unit.color} />
        {unitName}
      </span>
      <span>
        <LineSwatch stroke={dimensionRadarConfig.mean.color} dash={dimensionRadarConfig.mean.dash} />
        {meanName}
      </span>
      {anyBelow && (
        <span>
          <span aria-hidden className="font-semibold text-ink">
            {FLAG_MARK}
          </span>{' '}
          {t.dimensions.legendBelowMeanBar}
        </span>
      )}
      {anyUnknown && (
        <span>
          <span aria-hidden className="font-semibold text-ink">
            {fmt.score(null)}
          </span>{' '}
          {t.dimensions.legendUnknown}
        </span>
      )}
    </>
  );

  return (
    <ChartCard
      testId="chart-dimension-radar"
      title={t.dimensions.radarTitle}
      subtitle={t.dimensions.radarSubtitle({ unit: record.unit, entity, year, assessment })}
      description={t.dimensions.radarDescription({ unit: record.unit, entity, count: dimensions.length })}
      table={<RadarTable rows={rows} dimensions={dimensions} unitName={unitName} />}
      {...(drawn
        ? {
            exportSpec: {
              entity,
              year,
              ...(filters ? { filters } : {}),
              legend: [
                ...exportLegend(dimensionRadarConfig, { unit: record.unit, mean: meanName }),
                ...(anyBelow
                  ? [{ label: t.dimensions.legendBelowMeanBar, color: '', mark: FLAG_MARK, swatch: 'none' as const }]
                  : []),
                ...(anyUnknown
                  ? [{ label: t.dimensions.legendUnknown, color: '', mark: fmt.score(null), swatch: 'none' as const }]
                  : []),
              ],
              csv: radarCsv(rows, dimensions, record.unit, {
                dimension: t.dimensions.dimension,
                weight: t.dimensions.csvWeight,
                meanRow: t.dimensions.meanRow,
                difference: t.dimensions.difference,
                status: t.chart.status,
                belowMean: t.dimensions.csvBelowMean,
              }),
              sourceLine: sourceLine ?? '',
              illustrative,
            },
          }
        : {})}
      actions={
        <span className="flex items-center gap-2">
          <label htmlFor={pickerId} className="sr-only text-sm text-muted sm:not-sr-only">
            {t.dimensions.radarPicker}
          </label>
          <select
            id={pickerId}
            data-testid="radar-unit-picker"
            value={record.unit}
            onChange={(e) => setPicked(e.target.value)}
            className="max-w-[11rem] rounded-md sm:max-w-[18rem] border border-line bg-raised px-2 py-1 text-sm text-ink"
          >
            {units.map((u) => {
              const label = u.unitShort ?? u.unit;
              return (
                <option key={u.unit} value={u.unit}>
                  {u.unit === weakest ? t.dimensions.weakestOption({ unit: label }) : label}
                </option>
              );
            })}
          </select>
        </span>
      }
      footer={<CardNotes legend={legend} sourceLine={sourceLine} illustrative={illustrative} />}
    >
      {drawn ? (
        <DimensionRadarChart rows={rows} unitName={unitName} meanName={meanName} />
      ) : (
        <p className="py-6 text-sm text-ink">{t.dimensions.radarTooFew}</p>
      )}
    </ChartCard>
  );
}
