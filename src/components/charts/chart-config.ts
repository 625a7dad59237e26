// Each chart's series declared once, as shadcn/ui's chart does (`{ key: { color } } satisfies
// ChartConfig`): the chart draws with the colours, and the legend under it, the tooltip and the
// exported image's legend read them from the same place. Colours come only from CSS variables
// (styles.css holds their light and dark values; the export resolves them in the light palette).
import type { ExportLegendItem } from '../ui/chart-export';

/** A colour as a CSS variable of styles.css, never a literal. */
export type ChartColor = `var(--${string})`;

/** One series: its colour and how a legend draws its key. Labels are words, so they come with the language. */
export interface ChartSeriesConfig {
  color: ChartColor;
  /** The legend key: a box (bars; the default), a line sample (lines, radar outlines). */
  swatch?: 'box' | 'line';
  /** The series' own stroke-dasharray; its legend key is then a line with that dash. */
  dash?: string;
  /** A dashed line with the legend's default dash (reference lines). */
  dashed?: boolean;
  /** Text drawn before the label (▼, ●), so the series is never told by colour alone. */
  mark?: string;
}

export type ChartConfig = Record<string, ChartSeriesConfig>;

/**
 * The exported image's legend: the series of `config` that have a label, in the config's order.
 * A series left out of `labels` (or given undefined) is not in the chart this time.
 */
export function exportLegend<Config extends ChartConfig>(
  config: Config,
  labels: { [Key in keyof Config]?: string | undefined },
): ExportLegendItem[] {
  const items: ExportLegendItem[] = [];
  for (const [key, series] of Object.entries(config)) {
    const label = labels[key];
    if (label !== undefined) items.push({ label, ...series });
  }
  return items;
}

/** The series at 0-based `index` of a palette, repeating after its end. */
export function paletteColor(palette: readonly ChartColor[], index: number): ChartColor {
  const n = palette.length;
  return palette[((index % n) + n) % n] ?? 'var(--chart-bar)';
}
