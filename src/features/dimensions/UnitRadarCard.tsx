import { useId, useMemo, useState } from 'react';
import {
  DimensionRadarChart,
  RADAR_MEAN_DASH,
  RADAR_MEAN_STROKE,
  RADAR_UNIT_STROKE,
} from '../../components/charts/DimensionRadarChart';
import { FLAG_MARK } from '../../components/charts/UnitRankingChart';
import { ChartCard } from '../../components/ui/ChartCard';
import type { Dimension, UnitRecord } from '../../domain/model';
import { useI18n } from '../../lib/i18n/i18n-context';
import { CardNotes } from './CardNotes';
import { toRadarRows, type EntityMeans } from './dimension-rows';
import { RadarTable } from './RadarTable';

interface UnitRadarCardProps {
  /** Units with at least one dimension score, in the order the picker lists them. */
  units: readonly UnitRecord[];
  /** The unit with the lowest total, shown first; null when no total is known. */
  weakest: string | null;
  dimensions: readonly Dimension[];
  means: EntityMeans;
  entity: string;
  year: number;
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
  sourceLine,
  illustrative,
}: UnitRadarCardProps) {
  const { t } = useI18n();
  const pickerId = useId();
  const [picked, setPicked] = useState(weakest ?? units[0]?.unit);
  const record = units.find((u) => u.unit === picked) ?? units[0];
  const rows = useMemo(() => (record ? toRadarRows(dimensions, record, means) : []), [dimensions, record, means]);
  if (!record) return null;

  const unitName = record.unitShort ?? record.unit;
  const meanName = t.dimensions.meanRow;
  const legend = (
    <>
      <span>
        <LineSwatch stroke={RADAR_UNIT_STROKE} />
        {unitName}
      </span>
      <span>
        <LineSwatch stroke={RADAR_MEAN_STROKE} dash={RADAR_MEAN_DASH} />
        {meanName}
      </span>
      {rows.some((r) => r.belowMean) && (
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
    <ChartCard
      testId="chart-dimension-radar"
      title={t.dimensions.radarTitle}
      subtitle={t.dimensions.radarSubtitle({ unit: record.unit, entity, year })}
      description={t.dimensions.radarDescription({ unit: record.unit, entity, count: dimensions.length })}
      table={<RadarTable rows={rows} dimensions={dimensions} unitName={unitName} />}
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
      {dimensions.length >= 3 ? (
        <DimensionRadarChart rows={rows} unitName={unitName} meanName={meanName} />
      ) : (
        <p className="py-6 text-sm text-ink">{t.dimensions.radarTooFew}</p>
      )}
    </ChartCard>
  );
}
