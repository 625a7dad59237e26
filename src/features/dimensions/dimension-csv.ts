import type { GroupedBarRow } from '../../components/charts/DimensionGroupedBarChart';
import type { RadarRow } from '../../components/charts/DimensionRadarChart';
import type { Dimension, Score } from '../../domain/model';
import type { CsvCell, CsvTable } from '../../components/ui/chart-export';
import type { Heatmap } from './dimension-rows';
import { anyWeight, type DimensionColumn } from './dimension-year';

/** Column headers and cell words for this view's CSVs, in the current language. */
export interface DimensionCsvLabels {
  unit: string;
  short: string;
  total: string;
  meanRow: string;
  /** Header of the column naming where a unit is below the entity mean (the ▼ marks). */
  belowMeanOn: string;
  /** Header of a last column, added when some total was computed from the dimensions (the * mark)… */
  status: string;
  /** …and what its cells then say. */
  computedTotal: string;
}

function shortCell(unit: string, label: string): CsvCell {
  return label === unit ? null : label;
}

/** The names of the marked columns, or empty when none is marked. */
function markedList(labels: readonly string[], marked: readonly boolean[]): CsvCell {
  const names = labels.filter((_, i) => marked[i]);
  return names.length > 0 ? names.join(', ') : null;
}

/**
 * The heatmap as CSV: a row per unit as on screen (highest total first) with each dimension, the
 * total and which of them carry ▼, then the entity means. Headers are the screen's (with weights
 * where the year's are known).
 */
export function heatmapCsv(
  heatmap: Heatmap,
  columnHeader: (column: DimensionColumn) => string,
  labels: DimensionCsvLabels,
): CsvTable {
  const { columns, rows, meanCells, meanTotal } = heatmap;
  const markLabels = [...columns.map((d) => d.label), labels.total];
  // The * column only when some total is computed: otherwise it would be empty throughout.
  const anyComputed = rows.some((r) => r.totalComputed);
  const headers = [labels.unit, labels.short, ...columns.map(columnHeader), labels.total, labels.belowMeanOn];
  const unitRows = rows.map((r): CsvCell[] => [
    r.unit,
    shortCell(r.unit, r.label),
    ...r.cells.map((c) => c.value),
    r.total.value,
    markedList(markLabels, [...r.cells.map((c) => c.belowMean), r.total.belowMean]),
    ...(anyComputed ? [r.totalComputed ? labels.computedTotal : null] : []),
  ]);
  const meanRow: CsvCell[] = [
    labels.meanRow,
    null,
    ...meanCells.map((c) => c.value),
    meanTotal.value,
    null,
    ...(anyComputed ? [null] : []),
  ];
  return {
    columns: anyComputed ? [...headers, labels.status] : headers,
    rows: [...unitRows, meanRow],
  };
}

/** The grouped bars as CSV: a row per unit with its dimension scores and where it has ▼, then the means. */
export function groupedBarCsv(
  rows: readonly GroupedBarRow[],
  dimensions: readonly Dimension[],
  means: Record<string, Score>,
  labels: Pick<DimensionCsvLabels, 'unit' | 'short' | 'meanRow' | 'belowMeanOn'>,
): CsvTable {
  const names = dimensions.map((d) => d.label);
  return {
    columns: [labels.unit, labels.short, ...names, labels.belowMeanOn],
    rows: [
      ...rows.map((r) => [
        r.fullName,
        shortCell(r.fullName, r.label),
        ...dimensions.map((d) => r.scores[d.key] ?? null),
        markedList(
          names,
          dimensions.map((d) => r.below[d.key] ?? false),
        ),
      ]),
      [labels.meanRow, null, ...dimensions.map((d) => means[d.key] ?? null), null],
    ],
  };
}

/**
 * The radar as CSV: per dimension its weight, the unit's score, the entity mean, the difference and
 * the ▼. Without known weights for the year (from 2025, unless the file gives its own) there is no
 * weight column, rather than one with another year's weights.
 */
export function radarCsv(
  rows: readonly RadarRow[],
  dimensions: readonly DimensionColumn[],
  unitName: string,
  labels: { dimension: string; weight: string; meanRow: string; difference: string; status: string; belowMean: string },
): CsvTable {
  const weighted = anyWeight(dimensions);
  const weightOf = (key: string) => dimensions.find((d) => d.key === key)?.weight ?? null;
  const weightCells = (key: string): CsvCell[] => (weighted ? [weightOf(key)] : []);
  return {
    columns: [
      labels.dimension,
      ...(weighted ? [labels.weight] : []),
      unitName,
      labels.meanRow,
      labels.difference,
      labels.status,
    ],
    rows: rows.map((r) => [
      r.label,
      ...weightCells(r.key),
      r.unit,
      r.mean,
      r.difference,
      r.belowMean ? labels.belowMean : null,
    ]),
  };
}
