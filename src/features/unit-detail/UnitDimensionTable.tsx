import type { UnitDimensionRow } from '../../domain/unit-detail';
import { useFullI18n } from '../../lib/i18n/i18n-context';

/** A unit's dimensions against the entity's means; a ▼ or ▲ says the direction without colour. */
export function UnitDimensionTable({ rows }: { rows: readonly UnitDimensionRow[] }) {
  const { t, fmt } = useFullI18n();
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="unit-detail-dimensions">
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {t.unitDetail.dimension}
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              {t.unitDetail.weight}
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              {t.unitDetail.score}
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              {t.unitDetail.entityMean}
            </th>
            <th scope="col" className="py-1.5 text-right font-medium">
              {t.unitDetail.diff}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-line/60 last:border-0">
              <th scope="row" className="py-1.5 pr-3 font-normal">
                {row.label}
              </th>
              <td className="py-1.5 pr-3 text-right text-muted tabular-nums">{fmt.percent(row.weight)}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{fmt.score(row.score)}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{fmt.score(row.mean)}</td>
              <td className={`py-1.5 text-right tabular-nums ${row.below ? 'font-medium text-flag' : ''}`}>
                {row.diff === null ? '—' : `${row.below ? '▼' : '▲'} ${fmt.signed(row.diff)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
