import { isKnownScore } from '../../domain/aggregate';
import { type ComparedItem } from '../../domain/comparison';
import { compareKeyToParam } from '../../domain/compare-keys';
import type { Dimension, Score, SourceInfo } from '../../domain/model';
import { roundTo } from '../../domain/stats';
import type { CompareGroupRow, CompareSeries } from '../../components/charts/compare-series';

/** The compared items as chart series, numbered from 1 (the baseline). */
export function compareSeries(items: readonly ComparedItem[]): CompareSeries[] {
  return items.map(({ record }, index) => ({
    id: compareKeyToParam({ institution: record.institution, year: record.year, unit: record.unit }),
    number: index + 1,
    label: record.unitShort ?? record.unit,
    unit: record.unit,
    institution: record.institution,
    year: record.year,
  }));
}

/** One row per dimension with every item's score: the radar's axes and the grouped bars' groups. */
export function dimensionGroupRows(
  dims: readonly Dimension[],
  items: readonly ComparedItem[],
  series: readonly CompareSeries[],
): CompareGroupRow[] {
  return dims.map((d) => {
    const values: Record<string, number | null> = {};
    items.forEach((item, i) => {
      const s = series[i];
      if (s) values[s.id] = item.dimensions[d.key] ?? null;
    });
    return { key: d.key, label: d.label, values };
  });
}

/** The totals as a single group, for comparisons without dimension scores. */
export function totalGroupRow(
  items: readonly ComparedItem[],
  series: readonly CompareSeries[],
  label: string,
): CompareGroupRow {
  const values: Record<string, number | null> = {};
  items.forEach((item, i) => {
    const s = series[i];
    if (s) values[s.id] = isKnownScore(item.total) ? item.total : null;
  });
  return { key: 'total', label, values };
}

/** Which way an item differs from the baseline, as a reader sees it at two decimals. */
export type DiffDirection = 'up' | 'down' | 'same';

export function diffDirection(diff: number | null): DiffDirection | null {
  if (diff === null || !Number.isFinite(diff)) return null;
  const shown = roundTo(diff, 2);
  if (shown > 0) return 'up';
  if (shown < 0) return 'down';
  return 'same';
}

export interface CompareCell {
  value: Score;
  /** Item − baseline; null for the baseline itself or when either value is unknown. */
  diff: number | null;
  direction: DiffDirection | null;
}

export interface CompareTableRow {
  /** 'total' or a dimension key. */
  key: string;
  kind: 'total' | 'dimension';
  dimension?: Dimension;
  /** The dimension's weight holds for every compared year (none is known from 2025): show it. */
  weightShown?: boolean;
  /** One cell per item, in item order. */
  cells: CompareCell[];
}

function cell(value: Score | undefined, diff: number | null | undefined): CompareCell {
  const known = isKnownScore(value) ? value : null;
  const d = diff ?? null;
  return { value: known, diff: d, direction: diffDirection(d) };
}

/**
 * The comparison table: the total first, then each dimension when `withDimensions`. Differences
 * are to the first item, as buildComparison computed them. `weightsKnown`: the dimension weights
 * hold in every compared year, so the rows may show them.
 */
export function compareTableRows(
  dims: readonly Dimension[],
  items: readonly ComparedItem[],
  withDimensions: boolean,
  weightsKnown = true,
): CompareTableRow[] {
  const total: CompareTableRow = {
    key: 'total',
    kind: 'total',
    cells: items.map((item) => cell(item.total, item.diffTotal)),
  };
  if (!withDimensions) return [total];
  return [
    total,
    ...dims.map((d): CompareTableRow => ({
      key: d.key,
      kind: 'dimension',
      dimension: d,
      weightShown: weightsKnown,
      cells: items.map((item) => cell(item.dimensions[d.key], item.diffDimensions[d.key])),
    })),
  ];
}

/** Items without a single known dimension score. */
export function itemsWithoutDimensions(items: readonly ComparedItem[]): ComparedItem[] {
  return items.filter((item) => !Object.values(item.dimensions).some(isKnownScore));
}

/** Some item has at least one known dimension score: worth a row per dimension in the table. */
export function anyDimensions(items: readonly ComparedItem[]): boolean {
  return items.some((item) => Object.values(item.dimensions).some(isKnownScore));
}

function hasSource(source: SourceInfo | undefined): source is SourceInfo {
  return Boolean(source?.name || source?.url);
}

/**
 * Where the compared figures come from, once each in item order: a record's own source, else the
 * dataset's.
 */
export function comparedSources(items: readonly ComparedItem[], datasetSource?: SourceInfo): SourceInfo[] {
  const seen = new Set<string>();
  const sources: SourceInfo[] = [];
  for (const { record } of items) {
    const source = hasSource(record.source) ? record.source : datasetSource;
    if (!hasSource(source)) continue;
    const id = [source.name ?? '', source.url ?? '', source.retrieved ?? ''].join('\u0000');
    if (seen.has(id)) continue;
    seen.add(id);
    sources.push(source);
  }
  return sources;
}
