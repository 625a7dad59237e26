import type { RadarRow } from '../../components/charts/DimensionRadarChart';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { anyWeight, type DimensionColumn } from './dimension-year';
import { ScoreWithMark } from './ScoreWithMark';

interface RadarTableProps {
  rows: readonly RadarRow[];
  dimensions: readonly DimensionColumn[];
  unitName: string;
}

/**
 * The radar as a table: per dimension, its weight, the unit, the entity mean and the difference.
 * A year without known weights (from 2025, unless the file gives its own) has no weight column.
 */
export function RadarTable({ rows, dimensions, unitName }: RadarTableProps) {
  const { t, fmt } = useFullI18n();
  const weighted = anyWeight(dimensions);
  const weightOf = (key: string) => dimensions.find((d) => d.key === key)?.weight ?? null;
  // Positioned, so the screen-reader-only marks stay inside the card's scroll box.
  return (
    <div className="relative">
      <table className="w-full text-left text-sm" data-testid="dimension-radar-table">
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t.dimensions.dimension}
            </th>
            {weighted && (
              <th scope="col" className="py-2 pr-3 text-right font-medium">
                {t.dimensions.weight}
              </th>
            )}
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {unitName}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t.dimensions.meanRow}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {t.dimensions.difference}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const weight = weightOf(row.key);
            return (
              <tr key={row.key} className="border-b border-line/60 last:border-0">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {row.label}
                </th>
                {weighted && (
                  <td className="py-2 pr-3 text-right tabular-nums">{weight === null ? '—' : fmt.percent(weight)}</td>
                )}
                <td className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">
                  <ScoreWithMark value={row.unit} belowMean={row.belowMean} />
                </td>
                <td className="py-2 pr-3 text-right tabular-nums">{fmt.score(row.mean)}</td>
                <td className="py-2 text-right tabular-nums">{fmt.signed(row.difference)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
