import { useFullI18n } from '../../lib/i18n/i18n-context';
import type { UnitTrendTableRow } from './trend-rows';

interface UnitTrendTableProps {
  years: readonly number[];
  /** First years of a new method: their header says so. */
  breaks: readonly number[];
  rows: readonly UnitTrendTableRow[];
  onOpenUnit: (unit: string) => void;
}

/** Units by year as a table, with the change from each unit's first to last known total under one method. */
export function UnitTrendTable({ years, breaks, rows, onOpenUnit }: UnitTrendTableProps) {
  const { t, fmt } = useFullI18n();
  const newMethod = new Set(breaks);
  return (
    <table className="w-full text-left text-sm whitespace-nowrap" data-testid="unit-trend-table">
      <thead className="border-b border-line text-muted">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">
            {t.chart.unit}
          </th>
          {years.map((year) => (
            <th key={year} scope="col" className="py-2 pr-3 text-right font-medium tabular-nums">
              {year}
              {newMethod.has(year) && <span className="block text-xs font-normal">{t.trends.methodBreakLabel}</span>}
            </th>
          ))}
          <th scope="col" className="py-2 text-right font-medium">
            {t.trends.change}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.unit} className="border-b border-line/60 last:border-0">
            <th scope="row" className="min-w-32 py-2 pr-3 font-normal whitespace-normal">
              <button
                type="button"
                onClick={() => onOpenUnit(row.unit)}
                className="text-left text-accent underline decoration-dotted underline-offset-2 hover:decoration-solid"
                title={t.trends.openUnit({ unit: row.unit })}
              >
                {row.label}
              </button>
            </th>
            {row.totals.map((total, i) => (
              <td key={years[i]} className="py-2 pr-3 text-right tabular-nums">
                {fmt.score(total)}
              </td>
            ))}
            <td className="py-2 text-right tabular-nums">{fmt.signed(row.change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
