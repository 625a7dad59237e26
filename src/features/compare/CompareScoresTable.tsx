import type { CompareGroupRow, CompareSeries } from '../../components/charts/compare-series';
import { useFullI18n } from '../../lib/i18n/i18n-context';

/** A chart's data as a table: its categories down, the items across, exact values. */
export function CompareScoresTable({
  groups,
  series,
  testId,
}: {
  groups: readonly CompareGroupRow[];
  series: readonly CompareSeries[];
  testId?: string;
}) {
  const { t, fmt } = useFullI18n();
  return (
    <table className="w-full text-left text-sm" data-testid={testId}>
      <thead className="border-b border-line align-top text-muted">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">
            {t.compare.measure}
          </th>
          {series.map((s) => (
            <th key={s.id} scope="col" className="py-2 pr-3 text-right font-medium">
              {s.number}. {s.label}
              <span className="block text-xs font-normal">
                {t.compare.itemContext({ entity: s.institution, year: s.year })}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.key} className="border-b border-line/60 last:border-0">
            <th scope="row" className="py-2 pr-3 font-normal">
              {g.label}
            </th>
            {series.map((s) => (
              <td key={s.id} className="py-2 pr-3 text-right tabular-nums">
                {fmt.score(g.values[s.id])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
