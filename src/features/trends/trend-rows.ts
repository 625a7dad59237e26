import { isKnownScore, summarizeEntity } from '../../domain/aggregate';
import { datasetIndex, recordsOfEntity } from '../../domain/dataset-index';
import { gradeOf, gradeScaleFor } from '../../domain/grades';
import type { Dataset, GradeScale, Score, SourceInfo } from '../../domain/model';
import { entityTrend, unitTrends } from '../../domain/trends';
import type { ScoreAxis } from '../../components/charts/score-axis';
import type { TrendChartPoint, YearBands } from '../../components/charts/ScoreTrendChart';
import type { UnitSeries, UnitTrendRow } from '../../components/charts/UnitTrendChart';
import type { ScoreBand } from '../../components/charts/UnitRankingChart';

/** The entity's score per year with its basis (reported or units' mean), the mean beside it and the year's grade. */
export function entityTrendPoints(ds: Dataset, name: string): TrendChartPoint[] {
  return entityTrend(ds, name).map((point) => ({
    year: point.year,
    score: point.score,
    reported: point.reported,
    computedMean: summarizeEntity(ds, name, point.year).computedMean,
    grade: gradeOf(point.score, point.year, ds.gradeScale),
  }));
}

export interface TrendChange {
  fromYear: number;
  from: number;
  toYear: number;
  to: number;
  /** to − from, at the two decimals scores are published with. */
  change: number;
}

/** From the first to the last year with a known score; null unless two such years exist. */
export function trendChange(points: readonly TrendChartPoint[]): TrendChange | null {
  const known = points.filter((p): p is TrendChartPoint & { score: number } => isKnownScore(p.score));
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last || first.year === last.year) return null;
  const change = Math.round((last.score - first.score) * 100) / 100;
  return { fromYear: first.year, from: first.score, toYear: last.year, to: last.score, change };
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

/** A year's grade bands, highest first, each reaching up to the next one's floor (the top one to 100). */
export function bandsOfYear(year: number, override?: GradeScale): ScoreBand[] {
  const sorted = [...gradeScaleFor(year, override)].sort((a, b) => b.min - a.min);
  return sorted.map((band, i) => {
    const area: ScoreBand = { min: band.min, max: sorted[i - 1]?.min ?? SCALE_TOP, zone: band.zone };
    if (band.grade !== undefined) area.grade = band.grade;
    return area;
  });
}

export function yearBands(years: readonly number[], override?: GradeScale): YearBands[] {
  return years.map((year) => ({ year, bands: bandsOfYear(year, override) }));
}

/** Years up to 2021 (or any year of a dataset scale without letters) graded by zone only. */
export function hasZoneOnlyYears(points: readonly TrendChartPoint[]): boolean {
  return points.some((p) => p.grade !== null && p.grade.grade === undefined);
}

export interface UnitTrendData {
  series: UnitSeries[];
  rows: UnitTrendRow[];
  /** Distinct units of the entity (of the type, if given) in any year, with or without a trend. */
  unitCount: number;
  /** Any record behind the lines is marked illustrative. */
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
  const rows: UnitTrendRow[] = years.map((year) => ({
    year,
    totals: Object.fromEntries(
      trends.map((trend, i) => [`u${i}`, trend.points.find((p) => p.year === year)?.total ?? null]),
    ),
  }));
  const shown = records.filter((r) => trends.some((trend) => trend.unit === r.unit));
  return {
    series,
    rows,
    unitCount: new Set(records.map((r) => r.unit)).size,
    illustrative: shown.some((r) => r.illustrative),
    sources: distinctSources(shown.map((r) => r.source ?? ds.source)),
  };
}

/** Every unit total behind the unit lines, to size the shared axis. */
export function unitTrendScores(rows: readonly UnitTrendRow[]): Score[] {
  return rows.flatMap((row) => Object.values(row.totals));
}

/** A computed mean in the entity line rests on unit records; are any of them illustrative? */
export function entityTrendIllustrative(ds: Dataset, name: string, points: readonly TrendChartPoint[]): boolean {
  const computedYears = new Set(points.filter((p) => !p.reported && p.score !== null).map((p) => p.year));
  return recordsOfEntity(datasetIndex(ds), name).some((r) => computedYears.has(r.year) && r.illustrative);
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

/** Each year's change from the previous year with a known score; null for the first or an unknown score. */
export function yearOverYear(points: readonly TrendChartPoint[]): (number | null)[] {
  let previous: number | null = null;
  return points.map((point) => {
    if (!isKnownScore(point.score)) return null;
    const change = previous === null ? null : Math.round((point.score - previous) * 100) / 100;
    previous = point.score;
    return change;
  });
}

export interface UnitTrendTableRow {
  unit: string;
  label: string;
  /** One total per year of the data's rows, in the same order. */
  totals: Score[];
  /** Last known total minus first known total; null with fewer than two known totals. */
  change: number | null;
}

export function unitTrendTableRows(data: Pick<UnitTrendData, 'series' | 'rows'>): UnitTrendTableRow[] {
  return data.series.map((s) => {
    const totals = data.rows.map((row) => row.totals[s.key] ?? null);
    const known = totals.filter(isKnownScore);
    const first = known[0];
    const last = known.at(-1);
    const change =
      known.length > 1 && first !== undefined && last !== undefined ? Math.round((last - first) * 100) / 100 : null;
    return { unit: s.unit, label: s.label, totals, change };
  });
}
