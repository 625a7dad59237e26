import type { ComparedItem } from '../../domain/comparison';
import { GradeBadge } from '../../components/ui/GradeBadge';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import type { CompareTableRow } from './compare-rows';
import { DiffValue } from './DiffValue';
import { ItemHeading } from './ItemHeading';

export interface CompareTableProps {
  items: readonly ComparedItem[];
  rows: readonly CompareTableRow[];
  /** The heading's open-detail action, for items the detail dialog can show. */
  openUnitFor: (item: ComparedItem) => ((unit: string) => void) | undefined;
  /** The level row's name for the items' years: "Opini", "Kualitas" or both. */
  levelLabel: string;
}

/** Row label of a table row: "Nilai total", or the dimension with its weight. */
export function RowLabel({ row }: { row: CompareTableRow }) {
  const { t, fmt } = useFullI18n();
  if (row.kind === 'total' || !row.dimension) return <>{t.chart.total}</>;
  if (row.weightShown === false) return <>{row.dimension.label}</>;
  return (
    <>
      {row.dimension.label}{' '}
      <span className="font-normal text-muted">
        ({t.compare.weight({ weight: fmt.percent(row.dimension.weight) })})
      </span>
    </>
  );
}

/** Items side by side, one column each, the baseline first; from 640px up. */
export function CompareTable({ items, rows, openUnitFor, levelLabel }: CompareTableProps) {
  const { t, fmt } = useFullI18n();
  return (
    <div className="hidden overflow-x-auto sm:block" tabIndex={0} role="region" aria-label={t.compare.tableTitle}>
      <table
        className="w-full table-fixed text-left text-sm"
        // Columns keep a readable width; beyond the card's width the table scrolls, first column fixed.
        style={{ minWidth: `${9 + items.length * 9}rem` }}
        data-testid="compare-table"
      >
        <colgroup>
          <col className="w-36 lg:w-44" />
          {items.map((item) => (
            <col key={`${item.record.institution}|${item.record.year}|${item.record.unit}`} />
          ))}
        </colgroup>
        <thead className="border-b border-line align-top">
          <tr>
            <th scope="col" className="sticky left-0 bg-raised py-2 pr-3 font-medium text-muted">
              {t.compare.measure}
            </th>
            {items.map((item, i) => (
              <th
                key={`${item.record.institution}|${item.record.year}|${item.record.unit}`}
                scope="col"
                className="py-2 pr-3 font-normal"
              >
                <ItemHeading record={item.record} index={i} onOpenUnit={openUnitFor(item)} stacked />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-line/60 align-top last:border-0">
              <th scope="row" className="sticky left-0 bg-raised py-2 pr-3 font-medium text-ink">
                <RowLabel row={row} />
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} className="py-2 pr-3 tabular-nums">
                  <span className={row.kind === 'total' ? 'text-base font-semibold text-ink' : 'text-ink'}>
                    {fmt.score(cell.value)}
                  </span>
                  {i > 0 && cell.value !== null && (
                    <span className="block text-xs">
                      <DiffValue cell={cell} />
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
          <tr className="border-t border-line align-top">
            <th scope="row" className="sticky left-0 bg-raised py-2 pr-3 font-medium text-ink">
              {levelLabel}
            </th>
            {items.map((item, i) => (
              <td key={i} className="py-2 pr-3">
                <GradeBadge grade={item.level} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
