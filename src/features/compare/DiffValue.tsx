import { useFullI18n } from '../../lib/i18n/i18n-context';
import type { CompareCell } from './compare-rows';

const STYLE = {
  up: { mark: '▲', className: 'text-ok' },
  down: { mark: '▼', className: 'text-flag' },
  same: { mark: '=', className: 'text-muted' },
} as const;

/**
 * An item's difference to the baseline: arrow, signed value with a real minus, and (for screen
 * readers) the direction in words; the colour only repeats what the arrow says.
 */
export function DiffValue({ cell }: { cell: CompareCell }) {
  const { t, fmt } = useFullI18n();
  if (cell.direction === null) return <span className="text-muted">{fmt.signed(null)}</span>;
  const { mark, className } = STYLE[cell.direction];
  const words = { up: t.compare.higher, down: t.compare.lower, same: t.compare.same }[cell.direction];
  return (
    <span className={`font-medium whitespace-nowrap tabular-nums ${className}`} data-testid="compare-diff">
      <span aria-hidden>{mark} </span>
      {cell.direction === 'same' ? fmt.signed(0) : fmt.signed(cell.diff)}
      <span className="sr-only"> ({words})</span>
    </span>
  );
}
