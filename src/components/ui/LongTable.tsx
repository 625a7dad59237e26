import { useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/** What each body row must carry: its position for assistive technology and, when windowed, a measuring ref. */
export interface LongTableRowProps {
  'aria-rowindex': number;
  'data-index': number;
  ref?: (element: HTMLTableRowElement | null) => void;
}

interface LongTableProps<Row> {
  rows: readonly Row[];
  /** The header cells (`<th scope="col">`). */
  headCells: ReactNode;
  headClassName: string;
  /** One `<tr>` per row; spread `rowProps` on it. */
  renderRow: (row: Row, index: number, rowProps: LongTableRowProps) => ReactNode;
  columnCount: number;
  /** Up to this many rows, all are rendered (find in page and printing see every row). */
  windowFrom?: number;
  /** A typical body row's height in pixels; rows are measured once drawn. */
  estimateRowHeight?: number;
  tableClassName: string;
  testId?: string;
}

/** Tables up to this long render every row; longer ones (a national peer ranking) render what is in view. */
export const LONG_TABLE_WINDOW_FROM = 150;

// Rows rendered when the box has no size to window by.
const UNMEASURED_ROWS = 30;

// The scroll box is 36rem high; this is its height before the first layout (and in jsdom).
const VIEWPORT_GUESS = { width: 800, height: 576 };

/**
 * A real `<table>` in a scroll box. A long one renders only the rows in view (plus a margin), so
 * 5,000 rows open as fast as 50; `aria-rowcount` and `aria-rowindex` tell assistive technology
 * the whole table's size and each row's place in it.
 */
export function LongTable<Row>({
  rows,
  headCells,
  headClassName,
  renderRow,
  columnCount,
  windowFrom = LONG_TABLE_WINDOW_FROM,
  estimateRowHeight = 37,
  tableClassName,
  testId,
}: LongTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const windowed = rows.length > windowFrom;
  // The hook runs either way (hooks are unconditional); with count 0 it does nothing.
  // No React Compiler here; the virtualizer's functions are meant to be called during render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: windowed ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateRowHeight,
    overscan: 12,
    initialRect: VIEWPORT_GUESS,
  });

  // The header is row 1; body rows start at 2.
  const body = windowed
    ? (() => {
        // Not laid out (a hidden box, jsdom): no window can be measured, so the first rows stand in.
        const measured = virtualizer.getVirtualItems();
        const items =
          measured.length > 0
            ? measured
            : rows.slice(0, UNMEASURED_ROWS).map((_, index) => ({
                index,
                start: index * estimateRowHeight,
                end: (index + 1) * estimateRowHeight,
              }));
        const before = items[0]?.start ?? 0;
        const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
        return (
          <>
            {before > 0 && <SpacerRow height={before} columnCount={columnCount} />}
            {items.map((item) => {
              const row = rows[item.index];
              return row === undefined
                ? null
                : renderRow(row, item.index, {
                    'aria-rowindex': item.index + 2,
                    'data-index': item.index,
                    ref: virtualizer.measureElement,
                  });
            })}
            {after > 0 && <SpacerRow height={after} columnCount={columnCount} />}
          </>
        );
      })()
    : rows.map((row, index) => renderRow(row, index, { 'aria-rowindex': index + 2, 'data-index': index }));

  return (
    <div ref={scrollRef} className="max-h-[36rem] overflow-y-auto" data-windowed={windowed || undefined}>
      <table className={tableClassName} data-testid={testId} aria-rowcount={rows.length + 1}>
        <thead className={headClassName}>
          <tr aria-rowindex={1}>{headCells}</tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}

/** Stands in for the rows above or below the window, so the scroll bar shows the whole table. */
function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <tr aria-hidden className="border-0">
      <td colSpan={columnCount} style={{ height, padding: 0 }} />
    </tr>
  );
}
