import type { TrendChartPoint } from '../../components/charts/ScoreTrendChart';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { gradeShortText } from './grade-text';
import { yearOverYear } from './trend-rows';

/** The entity trend as a table: every year, its basis, the units' mean beside a reported figure, grade and change. */
export function EntityTrendTable({ points }: { points: readonly TrendChartPoint[] }) {
  const { t, fmt } = useFullI18n();
  const changes = yearOverYear(points);
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
            <td className="py-2 pr-3 text-right font-semibold tabular-nums">{fmt.score(point.score)}</td>
            <td className="py-2 pr-3">
              {point.score === null ? '—' : point.reported ? t.trends.reported : t.trends.mean}
            </td>
            <td className="py-2 pr-3 text-right tabular-nums">{fmt.score(point.computedMean)}</td>
            <td className="py-2 pr-3">{gradeShortText(point.grade, t)}</td>
            <td className="py-2 text-right tabular-nums">{fmt.signed(changes[i])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
