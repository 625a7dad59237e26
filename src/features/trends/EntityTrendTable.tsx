import type { TrendChartPoint } from '../../components/charts/ScoreTrendChart';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { levelWithZone } from '../../lib/i18n/level-text';
import { yearOverYear } from './trend-rows';

interface EntityTrendTableProps {
  points: readonly TrendChartPoint[];
  /** First years of a new method: their change cell says so instead of a difference. */
  breaks: readonly number[];
}

/**
 * The entity trend as a table: every year, its basis, the units' mean beside a reported figure, the
 * year's own level and the change within one method.
 */
export function EntityTrendTable({ points, breaks }: EntityTrendTableProps) {
  const { t, fmt } = useFullI18n();
  const changes = yearOverYear(points);
  const newMethod = new Set(breaks);
  return (
    <table className="w-full text-left text-sm whitespace-nowrap" data-testid="entity-trend-table">
      <thead className="border-b border-line text-muted">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">
            {t.trends.year}
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">
            {t.trends.score}
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            {t.trends.basis}
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">
            {t.trends.mean}
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            {t.trends.gradeOrZone}
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            {t.trends.change}
          </th>
        </tr>
      </thead>
      <tbody>
        {points.map((point, i) => (
          <tr key={point.year} className="border-b border-line/60 last:border-0">
            <th scope="row" className="py-2 pr-3 font-normal tabular-nums">
              {point.year}
            </th>
            {point.assessed ? (
              <>
                <td className="py-2 pr-3 text-right font-semibold tabular-nums">{fmt.score(point.score)}</td>
                <td className="py-2 pr-3">
                  {point.score === null ? '—' : point.reported ? t.trends.reported : t.trends.mean}
                </td>
                <td className="py-2 pr-3 text-right tabular-nums">{fmt.score(point.computedMean)}</td>
                <td className="py-2 pr-3">{levelWithZone(point.level, t)}</td>
              </>
            ) : (
              // Not assessed is a state of the year, not an unknown score: said once, across the cells.
              <td colSpan={4} className="py-2 pr-3 text-muted" data-testid="entity-trend-not-assessed">
                {t.grade.notAssessed}
              </td>
            )}
            <td className="py-2 text-right tabular-nums">
              {newMethod.has(point.year) ? t.trends.methodBreakLabel : fmt.signed(changes[i])}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
