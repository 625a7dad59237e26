// The compared items as chart series. Each item keeps one colour, one line style and one number
// in every chart, table and legend of the comparison, so no series is told apart by colour alone.
import type { ChartColor } from './chart-config';

/** One compared item as a series. */
export interface CompareSeries {
  /** Stable and unique within one comparison (the item's URL key). */
  id: string;
  /** 1-based position; item 1 is the baseline. Printed on bars and in legends. */
  number: number;
  /** Short unit name (unitShort when there is one). */
  label: string;
  /** Full unit name. */
  unit: string;
  institution: string;
  year: number;
}

/** Values of one category (a dimension, or the total) for every series, by series id; null is unknown. */
export interface CompareGroupRow {
  key: string;
  label: string;
  values: Record<string, number | null>;
}

export interface SeriesStyle {
  colour: ChartColor;
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash: string | undefined;
}

/** Solid, dashed, dotted, dash-dot, long dash, dash-dot-dot: distinct even in greyscale print. */
const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: 'var(--chart-dim-1)', dash: undefined },
  { colour: 'var(--chart-dim-2)', dash: '9 5' },
  { colour: 'var(--chart-dim-3)', dash: '2 4' },
  { colour: 'var(--chart-dim-4)', dash: '10 4 2 4' },
  { colour: 'var(--chart-dim-5)', dash: '16 6' },
  { colour: 'var(--chart-dim-6)', dash: '10 3 2 3 2 3' },
];

/** The style of the series at 0-based `index`; repeats after six (the comparison never has more). */
export function seriesStyle(index: number): SeriesStyle {
  const style = SERIES_STYLES[((index % SERIES_STYLES.length) + SERIES_STYLES.length) % SERIES_STYLES.length];
  return style ?? { colour: 'var(--chart-bar)', dash: undefined };
}
