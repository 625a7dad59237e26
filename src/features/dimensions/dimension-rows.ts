import { dimensionMeans, isKnownScore, sortByTotal, weakestUnit } from '../../domain/aggregate';
import type { Dimension, Score, UnitRecord } from '../../domain/model';
import { isBelowMean, meanOf, roundTo } from '../../domain/stats';
import type { GroupedBarRow } from '../../components/charts/DimensionGroupedBarChart';
import { keepEdges } from '../../components/charts/edge-rows';
import type { RadarRow } from '../../components/charts/DimensionRadarChart';
import type { DimensionColumn } from './dimension-year';

/** Steps of the heatmap's colour scale (CSS variables --heat-0 … --heat-4). */
export const HEAT_BUCKETS = 5;

export interface ScoreRange {
  min: number;
  max: number;
}

/** Lowest and highest known score, or null when none is known. */
export function scoreRange(values: readonly Score[]): ScoreRange | null {
  const known = values.filter(isKnownScore);
  if (known.length === 0) return null;
  return { min: Math.min(...known), max: Math.max(...known) };
}

/**
 * The colour step of a score on a scale stretched over the scores shown (0 = lowest), so that
 * differences between 78 and 98 stay visible; null for an unknown score, which gets no colour.
 * When every score is equal there is nothing to tell apart: the middle step.
 */
export function heatBucket(score: Score, range: ScoreRange | null, buckets: number = HEAT_BUCKETS): number | null {
  if (!isKnownScore(score) || range === null || buckets < 1) return null;
  const span = range.max - range.min;
  if (span <= 0) return Math.floor(buckets / 2);
  const position = (Math.min(Math.max(score, range.min), range.max) - range.min) / span;
  return Math.min(buckets - 1, Math.floor(position * buckets));
}

/** The scores one colour step stands for: `min` up to `max` (the last step includes the top of the range). */
export interface HeatStep {
  bucket: number;
  min: number;
  max: number;
}

/**
 * The colour steps a legend names, matching heatBucket: equal slices of the range. When every score
 * is equal there is one step (the middle one); without a range there are none.
 */
export function heatSteps(range: ScoreRange | null, buckets: number = HEAT_BUCKETS): HeatStep[] {
  if (range === null || buckets < 1) return [];
  const span = range.max - range.min;
  if (span <= 0) return [{ bucket: Math.floor(buckets / 2), min: range.min, max: range.max }];
  return Array.from({ length: buckets }, (_, bucket) => ({
    bucket,
    min: range.min + (span * bucket) / buckets,
    max: bucket === buckets - 1 ? range.max : range.min + (span * (bucket + 1)) / buckets,
  }));
}

/** How a unit is named where space is short. */
function labelOf(record: UnitRecord): string {
  return record.unitShort ?? record.unit;
}

function knownOrNull(score: Score | undefined): number | null {
  return isKnownScore(score) ? score : null;
}

export interface HeatCell {
  value: Score;
  /** Colour step (0 = lowest of the range shown); null for unknown. */
  bucket: number | null;
  belowMean: boolean;
}

export interface HeatmapRow {
  unit: string;
  label: string;
  /** One cell per column, in column order. */
  cells: HeatCell[];
  total: HeatCell;
  totalComputed: boolean;
}

export interface Heatmap {
  /** The dimensions, with their weights where the year's weights are known. */
  columns: readonly DimensionColumn[];
  /** Highest total first, as in the ranking. */
  rows: HeatmapRow[];
  /** The entity's dimension means, one per column. */
  meanCells: HeatCell[];
  meanTotal: HeatCell;
  range: ScoreRange | null;
}

/** Mean of each dimension and of the totals over the entity's units. */
export interface EntityMeans {
  dimensions: Record<string, Score>;
  total: Score;
}

export function entityMeans(dims: readonly Dimension[], entityUnits: readonly UnitRecord[]): EntityMeans {
  return { dimensions: dimensionMeans(dims, entityUnits), total: meanOf(entityUnits.map((u) => u.total)) };
}

/**
 * Units × dimensions for the heatmap. `shown` are the units on screen (after the unit-type filter);
 * the means, and so the ▼ marks, come from all of the entity's units, as on the overview.
 */
export function toHeatmap(dims: readonly DimensionColumn[], shown: readonly UnitRecord[], means: EntityMeans): Heatmap {
  const sorted = sortByTotal(shown);
  const meanValues = dims.map((d) => means.dimensions[d.key] ?? null);
  const range = scoreRange([
    ...sorted.flatMap((u) => [...dims.map((d) => u.dimensions[d.key] ?? null), u.total]),
    ...meanValues,
    means.total,
  ]);
  const cell = (value: Score | undefined, mean: Score): HeatCell => {
    const known = knownOrNull(value);
    return { value: known, bucket: heatBucket(known, range), belowMean: isBelowMean(known, mean) };
  };
  return {
    columns: dims,
    rows: sorted.map((u) => ({
      unit: u.unit,
      label: labelOf(u),
      cells: dims.map((d, i) => cell(u.dimensions[d.key], meanValues[i] ?? null)),
      total: cell(u.total, means.total),
      totalComputed: u.totalComputed,
    })),
    meanCells: meanValues.map((m) => cell(m, null)),
    meanTotal: cell(means.total, null),
    range,
  };
}

/** Units with at least one known dimension score: the only ones a dimension chart can draw. */
export function unitsWithDimensions(units: readonly UnitRecord[]): UnitRecord[] {
  return units.filter((u) => Object.values(u.dimensions).some(isKnownScore));
}

/** One row per unit (highest total first) with its score on each dimension; unknown stays null. */
export function toGroupedBarRows(
  dims: readonly Dimension[],
  shown: readonly UnitRecord[],
  means: EntityMeans,
): GroupedBarRow[] {
  return sortByTotal(unitsWithDimensions(shown)).map((u) => {
    const scores: Record<string, number | null> = {};
    const below: Record<string, boolean> = {};
    for (const d of dims) {
      scores[d.key] = knownOrNull(u.dimensions[d.key]);
      below[d.key] = isBelowMean(scores[d.key] ?? null, means.dimensions[d.key] ?? null);
    }
    return { id: u.unit, label: labelOf(u), fullName: u.unit, scores, below };
  });
}

/**
 * The groups a chart can show legibly: for an entity with many units, the top and bottom
 * CHART_EDGE_ROWS by total, with one row (no bars, `gapLabel(count)`) for the units in between.
 */
export function trimGroupedBarRows(
  rows: readonly GroupedBarRow[],
  gapLabel: (count: number) => string,
): { rows: GroupedBarRow[]; hidden: number } {
  const { items, hidden } = keepEdges(rows);
  return {
    hidden,
    rows: items.map((item, i) =>
      item.kind === 'row'
        ? item.row
        : {
            id: `gap-${i}`,
            label: gapLabel(item.hidden),
            fullName: '',
            scores: {},
            below: {},
            hiddenCount: item.hidden,
          },
    ),
  };
}

/** One unit against the entity's means, one row per dimension (a radar axis). */
export function toRadarRows(
  dims: readonly Pick<Dimension, 'key' | 'label'>[],
  unit: UnitRecord,
  means: EntityMeans,
): RadarRow[] {
  return dims.map((d) => {
    const value = knownOrNull(unit.dimensions[d.key]);
    const mean = knownOrNull(means.dimensions[d.key]);
    return {
      key: d.key,
      label: d.label,
      unit: value,
      mean,
      difference: value !== null && mean !== null ? value - mean : null,
      belowMean: isBelowMean(value, mean),
    };
  });
}

/**
 * The units the radar can show (those with dimension scores, highest total first) and the one it
 * opens on: the weakest by total, since that is the unit a coaching plan starts from.
 */
export function radarChoices(shown: readonly UnitRecord[]): { units: UnitRecord[]; weakest: string | null } {
  const units = sortByTotal(unitsWithDimensions(shown));
  return { units, weakest: weakestUnit(units)?.unit ?? null };
}

/** The dimension with the lowest known entity mean (first in dataset order on a tie), or null. */
export function lowestMeanDimension(
  dims: readonly Dimension[],
  means: EntityMeans,
): { dimension: Dimension; mean: number } | null {
  let lowest: { dimension: Dimension; mean: number } | null = null;
  for (const d of dims) {
    const mean = knownOrNull(means.dimensions[d.key]);
    if (mean !== null && (lowest === null || roundTo(mean, 2) < roundTo(lowest.mean, 2))) {
      lowest = { dimension: d, mean };
    }
  }
  return lowest;
}
