import { isKnownScore, summarizeEntity, totalIsIllustrative } from '../../domain/aggregate';
import { datasetIndex, recordsOfEntity } from '../../domain/dataset-index';
import { levelsOfYear } from '../../domain/levels';
import { methodBreaks, methodChanges, type MethodChange } from '../../domain/methods';
import type { Dataset, GradeScale, Score, SourceInfo } from '../../domain/model';
import { entityTrend, unitTrends } from '../../domain/trends';
import { scoreBands, type ScoreAxis } from '../../components/charts/score-axis';
import type { TrendChartPoint, YearBands } from '../../components/charts/ScoreTrendChart';
import type { UnitLine, UnitSeries, UnitTrendRow } from '../../components/charts/UnitTrendChart';
import type { ScoreBand } from '../../components/charts/UnitRankingChart';

/**
 * For each year (ascending), the stretch of one assessment method it belongs to: 0 up to the first
 * change of method, then 1, and so on. A chart draws each stretch as its own line.
 */
export function methodSegments(years: readonly number[]): number[] {
  const breaks = new Set(methodBreaks(years));
  let segment = 0;
  return years.map((year, i) => {
    if (i > 0 && breaks.has(year)) segment += 1;
    return segment;
  });
}

/**
 * The entity's score per year with its basis (reported or units' mean), the mean beside it, the year's
 * level (published opinion, else derived), whether it was assessed at all, and its method's stretch.
 */
export function entityTrendPoints(ds: Dataset, name: string): TrendChartPoint[] {
  const trend = entityTrend(ds, name);
  const segments = methodSegments(trend.map((p) => p.year));
  return trend.map((point, i) => ({
    year: point.year,
    // Not assessed is not a missing score, but it has no score either.
    score: point.assessed ? point.score : null,
    reported: point.reported,
    computedMean: point.assessed ? summarizeEntity(ds, name, point.year).computedMean : null,
    assessed: point.assessed,
    level: point.assessed ? point.level : null,
    segment: segments[i] ?? 0,
  }));
}

/** The years of a trend at which a new method starts. */
export function trendBreaks(points: readonly Pick<TrendChartPoint, 'year'>[]): number[] {
  return methodBreaks(points.map((p) => p.year));
}

export interface TrendChange {
  fromYear: number;
  from: number;
  toYear: number;
  to: number;
  /** to − from, at the two decimals scores are published with. */
  change: number;
}

/**
 * From the first to the last year with a known score under one method: the latest method with two
 * such years. Scores of different methods are not comparable, so no change is measured across one.
 * Null unless some method has two known years.
 */
export function trendChange(points: readonly TrendChartPoint[]): TrendChange | null {
  const known = points.filter((p): p is TrendChartPoint & { score: number } => isKnownScore(p.score));
  const segments = [...new Set(known.map((p) => p.segment))].sort((a, b) => b - a);
  for (const segment of segments) {
    const same = known.filter((p) => p.segment === segment);
    const first = same[0];
    const last = same.at(-1);
    if (!first || !last || first.year === last.year) continue;
    const change = Math.round((last.score - first.score) * 100) / 100;
    return { fromYear: first.year, from: first.score, toYear: last.year, to: last.score, change };
  }
  return null;
}

const SCALE_TOP = 100;
/** Room under the lowest point, so it does not sit on the axis line. */
const FLOOR_MARGIN = 2;

/**
 * The value axis for trend lines: from a multiple of 10 at least 2 points under the lowest known
 * score, up to 100 (the top of the scale, so the distance to it stays visible). Ticks every 2, 5, 10
 * or 20 points, by span. With no known score it is the whole 0–100.
 */
export function trendAxis(scores: readonly Score[]): ScoreAxis {
  const known = scores.filter(isKnownScore);
  const lowest = known.length > 0 ? Math.min(...known) : 0;
  const min = Math.min(90, Math.max(0, Math.floor((lowest - FLOOR_MARGIN) / 10) * 10));
  const span = SCALE_TOP - min;
  const step = span <= 10 ? 2 : span <= 30 ? 5 : span <= 50 ? 10 : 20;
  const ticks: number[] = [];
  for (let tick = min; tick <= SCALE_TOP; tick += step) ticks.push(tick);
  return { min, max: SCALE_TOP, ticks };
}

/**
 * A year's levels as bands, highest first, each reaching up to the next one's floor (the top one to
 * 100): grades with zones, zones, or opinion levels without zones, as the registry has them.
 */
export function bandsOfYear(year: number, override?: GradeScale): ScoreBand[] {
  return scoreBands(levelsOfYear(year, override));
}

/** Each year's own bands, and whether their cut points are inferred rather than published. */
export function yearBands(years: readonly number[], override?: GradeScale): YearBands[] {
  return years.map((year) => {
    const levels = levelsOfYear(year, override);
    return { year, bands: scoreBands(levels), inferred: levels.some((level) => level.basis === 'inferred') };
  });
}

/** The years whose bands rest on inferred cut points: the view says so under the chart. */
export function inferredBandYears(bands: readonly YearBands[]): number[] {
  return bands.filter((b) => b.inferred && b.bands.length > 0).map((b) => b.year);
}

/** Years graded by zone only (up to 2021, or a dataset scale without letters). */
export function hasZoneOnlyYears(points: readonly TrendChartPoint[]): boolean {
  return points.some((p) => p.level !== null && p.level.level.grade === undefined && p.level.level.zone !== undefined);
}

export interface UnitTrendData {
  series: UnitSeries[];
  rows: UnitTrendRow[];
  /** The lines to draw: each unit once per method stretch in which it has a known total. */
  lines: UnitLine[];
  /** Years at which a new assessment method starts among the rows' years. */
  breaks: number[];
  changes: MethodChange[];
  /** Distinct units of the entity (of the type, if given) in any year, with or without a trend. */
  unitCount: number;
  /** Any total behind the lines is illustrative (computed from illustrative dimension scores). */
  illustrative: boolean;
  sources: SourceInfo[];
}

/**
 * Units of the entity present in more than one year, as chart series (by unit name) and one row per
 * year. With a unit type, only units of that type count. A year a unit was not assessed is null.
 */
export function unitTrendData(ds: Dataset, name: string, unitType?: string): UnitTrendData {
  const records = recordsOfEntity(datasetIndex(ds), name).filter(
    (r) => unitType === undefined || r.unitType === unitType,
  );
  const trends = unitTrends({ ...ds, records }, name);
  const series: UnitSeries[] = trends.map((trend, i) => ({
    key: `u${i}`,
    unit: trend.unit,
    label: trend.unitShort ?? trend.unit,
  }));
  const years = [...new Set(trends.flatMap((trend) => trend.points.map((p) => p.year)))].sort((a, b) => a - b);
  const segments = methodSegments(years);
  const rows: UnitTrendRow[] = years.map((year, y) => ({
    year,
    totals: Object.fromEntries(
      trends.map((trend, i) => [`u${i}`, trend.points.find((p) => p.year === year)?.total ?? null]),
    ),
    segment: segments[y] ?? 0,
  }));
  const shown = records.filter((r) => trends.some((trend) => trend.unit === r.unit));
  const lines = series.flatMap((s) =>
    [...new Set(rows.filter((row) => isKnownScore(row.totals[s.key])).map((row) => row.segment))].map((segment) => ({
      seriesKey: s.key,
      segment,
    })),
  );
  return {
    series,
    rows,
    lines,
    breaks: methodBreaks(years),
    changes: methodChanges(years),
    unitCount: new Set(records.map((r) => r.unit)).size,
    illustrative: shown.some(totalIsIllustrative),
    sources: distinctSources(shown.map((r) => r.source ?? ds.source)),
  };
}

/** Every unit total behind the unit lines, to size the shared axis. */
export function unitTrendScores(rows: readonly UnitTrendRow[]): Score[] {
  return rows.flatMap((row) => Object.values(row.totals));
}

/** A computed mean in the entity line rests on unit totals; are any of them illustrative? */
export function entityTrendIllustrative(ds: Dataset, name: string, points: readonly TrendChartPoint[]): boolean {
  const computedYears = new Set(points.filter((p) => !p.reported && p.score !== null).map((p) => p.year));
  return recordsOfEntity(datasetIndex(ds), name).some((r) => computedYears.has(r.year) && totalIsIllustrative(r));
}

/** Where the entity's yearly figures come from: each year's institution, unit or dataset source. */
export function entityTrendSources(ds: Dataset, name: string, points: readonly TrendChartPoint[]): SourceInfo[] {
  return distinctSources(points.map((p) => summarizeEntity(ds, name, p.year).source));
}

/** Sources in first-seen order, each once (by name, address and date). */
export function distinctSources(sources: readonly (SourceInfo | undefined)[]): SourceInfo[] {
  const seen = new Set<string>();
  const result: SourceInfo[] = [];
  for (const source of sources) {
    if (!source || (!source.name && !source.url)) continue;
    const key = `${source.name ?? ''}|${source.url ?? ''}|${source.retrieved ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(source);
  }
  return result;
}

/**
 * Each year's change from the previous year with a known score under the same method; null for the
 * first year of a method, an unknown score or a year not assessed.
 */
export function yearOverYear(points: readonly TrendChartPoint[]): (number | null)[] {
  let previous: { score: number; segment: number } | null = null;
  return points.map((point) => {
    if (!isKnownScore(point.score)) return null;
    const change =
      previous === null || previous.segment !== point.segment
        ? null
        : Math.round((point.score - previous.score) * 100) / 100;
    previous = { score: point.score, segment: point.segment };
    return change;
  });
}

export interface UnitTrendTableRow {
  unit: string;
  label: string;
  /** One total per year of the data's rows, in the same order. */
  totals: Score[];
  /**
   * Last known total minus the first known total under the same method (scores of different methods
   * are not comparable); null with fewer than two known totals under the last one's method.
   */
  change: number | null;
}

export function unitTrendTableRows(data: Pick<UnitTrendData, 'series' | 'rows'>): UnitTrendTableRow[] {
  return data.series.map((s) => {
    const totals = data.rows.map((row) => row.totals[s.key] ?? null);
    const known = data.rows.flatMap((row) => {
      const total = row.totals[s.key];
      return isKnownScore(total) ? [{ total, segment: row.segment }] : [];
    });
    const last = known.at(-1);
    const first = known.find((k) => k.segment === last?.segment);
    const change =
      first !== undefined && last !== undefined && first !== last
        ? Math.round((last.total - first.total) * 100) / 100
        : null;
    return { unit: s.unit, label: s.label, totals, change };
  });
}
