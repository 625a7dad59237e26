import type { GroupedBarRow } from '../../components/charts/DimensionGroupedBarChart';
import type { Dimension, Score } from '../../domain/model';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { ScoreWithMark } from './ScoreWithMark';

interface DimensionScoresTableProps {
  rows: readonly GroupedBarRow[];
  dimensions: readonly Dimension[];
  means: Record<string, Score>;
}

/** The grouped bar chart as a table: one row per unit, one column per dimension, the means last. */
export function DimensionScoresTable({ rows, dimensions, means }: DimensionScoresTableProps) {
  const { t, fmt } = useFullI18n();
  // Positioned, so the screen-reader-only marks stay inside the card's scroll box.
  return (
    <div className="relative">
      <table className="w-full text-left text-sm" data-testid="dimension-bars-table">
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t.chart.unit}
            </th>
            {dimensions.map((d) => (
              <th key={d.key} scope="col" className="py-2 pr-3 text-right font-medium whitespace-nowrap">
                {d.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line/60">
              <th scope="row" className="py-2 pr-3 font-normal">
                {row.fullName}
              </th>
              {dimensions.map((d) => (
                <td key={d.key} className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">
                  <ScoreWithMark value={row.scores[d.key] ?? null} belowMean={row.below[d.key] ?? false} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            <th scope="row" className="py-2 pr-3">
              {t.dimensions.meanRow}
            </th>
            {dimensions.map((d) => (
              <td key={d.key} className="py-2 pr-3 text-right tabular-nums">
                {fmt.score(means[d.key])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
