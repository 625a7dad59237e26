/** Up to this many rows, a bar chart draws them all. */
export const CHART_MAX_FULL_ROWS = 25;
/** Beyond that, it draws this many at each end (plus any row that must stay) and names the rest. */
export const CHART_EDGE_ROWS = 10;

/** A drawn row, or a stretch of rows left out of the chart (they stay in its table). */
export type EdgeItem<T> = { kind: 'row'; row: T } | { kind: 'gap'; hidden: number };

export interface EdgeRows<T> {
  items: EdgeItem<T>[];
  /** Rows left out of the chart. */
  hidden: number;
}

/**
 * The rows a chart can draw legibly: all of them up to `maxFull`; otherwise the first and last
 * `edge` (a ranking's top and bottom) and any row `keep` names, in order, with a gap item for each
 * stretch left out.
 */
export function keepEdges<T>(
  rows: readonly T[],
  opts: { edge?: number; maxFull?: number; keep?: (row: T) => boolean } = {},
): EdgeRows<T> {
  const edge = Math.max(0, opts.edge ?? CHART_EDGE_ROWS);
  const maxFull = Math.max(opts.maxFull ?? CHART_MAX_FULL_ROWS, edge * 2 + 1);
  if (rows.length <= maxFull) return { items: rows.map((row) => ({ kind: 'row', row })), hidden: 0 };
  const items: EdgeItem<T>[] = [];
  let run = 0;
  let hidden = 0;
  rows.forEach((row, i) => {
    if (i < edge || i >= rows.length - edge || opts.keep?.(row)) {
      if (run > 0) items.push({ kind: 'gap', hidden: run });
      run = 0;
      items.push({ kind: 'row', row });
    } else {
      run += 1;
      hidden += 1;
    }
  });
  return { items, hidden };
}
