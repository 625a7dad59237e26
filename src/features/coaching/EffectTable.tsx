import type { CoachingEffectRow } from '../../components/charts/CoachingEffectChart';
import { useFullI18n } from '../../lib/i18n/i18n-context';

/** The effect chart as a table: its accessible alternative and the "show as table" view. */
export function EffectTable({ rows }: { rows: readonly CoachingEffectRow[] }) {
  const { t, fmt } = useFullI18n();
  const num = 'py-2 pl-3 text-right tabular-nums';
  const head = 'py-2 pl-3 text-right font-medium';
  return (
    <table className="w-full text-left text-sm" data-testid="effect-table">
      <thead className="border-b border-line text-muted">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">
            {t.chart.unit}
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            {t.coaching.colDimension}
          </th>
          <th scope="col" className={head}>
            {t.coaching.colScore}
          </th>
          <th scope="col" className={head}>
            {t.coaching.colMean}
          </th>
          <th scope="col" className={head}>
            {t.coaching.colWeight}
          </th>
          <th scope="col" className={head}>
            {t.coaching.colEffect}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-line/60 last:border-0">
            <th scope="row" className="py-2 pr-3 font-normal">
              {row.unitLabel}
            </th>
            <td className="py-2 pr-3">{row.dimensionLabel}</td>
            <td className={num}>{fmt.score(row.score)}</td>
            <td className={num}>{fmt.score(row.mean)}</td>
            <td className={num}>{fmt.percent(row.weightPercent)}</td>
            <td className={`${num} font-semibold`}>{t.coaching.points({ value: fmt.signed(row.effect) })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
