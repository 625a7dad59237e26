import type { UnitYear } from '../../domain/unit-detail';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { shownLevelText } from '../../lib/i18n/level-text';

export function UnitHistoryTable({ history }: { history: readonly UnitYear[] }) {
  const { t, fmt } = useFullI18n();
  return (
    <table className="w-full max-w-sm text-left text-sm" data-testid="unit-detail-history">
      <thead className="border-b border-line text-muted">
        <tr>
          <th scope="col" className="py-1.5 pr-3 font-medium">
            {t.unitDetail.year}
          </th>
          <th scope="col" className="py-1.5 pr-3 text-right font-medium">
            {t.chart.total}
          </th>
          <th scope="col" className="py-1.5 font-medium">
            {t.chart.result}
          </th>
        </tr>
      </thead>
      <tbody>
        {history.map((h) => (
          <tr key={h.year} className="border-b border-line/60 last:border-0">
            <th scope="row" className="py-1.5 pr-3 font-normal tabular-nums">
              {h.year}
            </th>
            <td className="py-1.5 pr-3 text-right tabular-nums">{fmt.score(h.total)}</td>
            <td className="py-1.5">{shownLevelText(h.level, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
