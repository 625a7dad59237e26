import { GradeBadge } from '../../components/ui/GradeBadge';
import { useI18n } from '../../lib/i18n/i18n-context';
import type { CompareTableProps } from './CompareTable';
import { RowLabel } from './CompareTable';
import { DiffValue } from './DiffValue';
import { ItemHeading } from './ItemHeading';

/** Below 640px the side-by-side table becomes one card per item, still with each difference. */
export function CompareCards({ items, rows, openUnitFor, levelLabel }: CompareTableProps) {
  const { fmt } = useI18n();
  return (
    <ol className="space-y-3 sm:hidden" data-testid="compare-cards">
      {items.map((item, i) => (
        <li
          key={`${item.record.institution}|${item.record.year}|${item.record.unit}`}
          className="rounded-lg border border-line bg-surface p-3"
        >
          <ItemHeading record={item.record} index={i} onOpenUnit={openUnitFor(item)} />
          <dl className="mt-2 divide-y divide-line/60 text-sm">
            {rows.map((row) => {
              const cell = row.cells[i];
              if (!cell) return null;
              return (
                <div key={row.key} className="flex items-baseline justify-between gap-3 py-1.5">
                  <dt className="text-ink">
                    <RowLabel row={row} />
                  </dt>
                  <dd className="text-right tabular-nums">
                    <span className={row.kind === 'total' ? 'font-semibold text-ink' : 'text-ink'}>
                      {fmt.score(cell.value)}
                    </span>
                    {i > 0 && cell.value !== null && (
                      <span className="ml-2 text-xs">
                        <DiffValue cell={cell} />
                      </span>
                    )}
                  </dd>
                </div>
              );
            })}
            <div className="flex items-center justify-between gap-3 py-1.5">
              <dt className="text-ink">{levelLabel}</dt>
              <dd>
                <GradeBadge grade={item.level} />
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
