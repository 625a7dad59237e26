import { seriesStyle, type CompareGroupRow, type CompareSeries } from '../../components/charts/compare-series';
import type { CsvTable, ExportLegendItem } from '../../components/ui/chart-export';

/**
 * A comparison chart as CSV: one row per item (number, full and short name, entity, year, the
 * level in its year's words), one column per category the chart draws (each dimension, or the
 * total). Unknown stays empty. `levels` are the items' level texts in series order, null when unknown.
 */
export function compareCsv(
  groups: readonly CompareGroupRow[],
  series: readonly CompareSeries[],
  labels: { item: string; unit: string; short: string; entity: string; year: string; level: string },
  levels: readonly (string | null)[],
): CsvTable {
  return {
    columns: [
      labels.item,
      labels.unit,
      labels.short,
      labels.entity,
      labels.year,
      labels.level,
      ...groups.map((g) => g.label),
    ],
    rows: series.map((s, i) => [
      s.number,
      s.unit,
      s.label === s.unit ? null : s.label,
      s.institution,
      s.year,
      levels[i] ?? null,
      ...groups.map((g) => g.values[s.id] ?? null),
    ]),
  };
}

/**
 * The items' legend in an exported image, as under the chart: number, full name, entity and year,
 * "(baseline)" on item 1. Radar items are drawn as their line (with its dash), bars as a box.
 */
export function compareLegend(
  series: readonly CompareSeries[],
  shape: 'line' | 'box',
  words: { itemFull: (item: { unit: string; entity: string; year: number }) => string; baseline: string },
): ExportLegendItem[] {
  return series.map((s, i) => {
    const { colour, dash } = seriesStyle(i);
    const name = words.itemFull({ unit: s.unit, entity: s.institution, year: s.year });
    return {
      label: `${s.number}. ${name}${i === 0 ? ` (${words.baseline})` : ''}`,
      color: colour,
      swatch: shape,
      ...(shape === 'line' && dash ? { dash } : {}),
    };
  });
}

/** The value every item shares (one entity, one year), for the file name; undefined when they differ. */
export function sharedValue<T>(values: readonly T[]): T | undefined {
  const [first] = values;
  return values.length > 0 && values.every((v) => v === first) ? first : undefined;
}
