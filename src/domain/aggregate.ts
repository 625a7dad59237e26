import type { Dataset, Dimension, GradeScale, NationalAverage, Opinion, Score, SourceInfo, UnitRecord } from './model';
import { datasetIndex, entitiesIn, entityInYear, unitsInYear } from './dataset-index';
import { DEFAULT_DIMENSIONS } from './dimensions';
import { flaggedUnits, type CoachingRule } from './coaching-rule';
import { methodOfYear, type YearMethod } from './methods';
import { entityLevel, unitLevel, type ShownLevel } from './shown-level';
import { compareNames } from './names';
import { differsAtTwoDecimals, isBelowMean, meanOf, roundTo } from './stats';

/** A usable score: not null, not absent, finite. */
export function isKnownScore(score: Score | undefined): score is number {
  return score !== null && score !== undefined && Number.isFinite(score);
}

/**
 * A total computed from illustrative dimension scores is itself illustrative; a published total is
 * official whatever its dimension scores are.
 */
export function totalIsIllustrative(record: UnitRecord): boolean {
  return record.totalComputed && record.illustrative;
}

/**
 * Any of these totals is illustrative, and with it every figure made from them: a chart of them, or
 * an entity mean computed from them.
 */
export function anyIllustrativeTotal(records: Iterable<UnitRecord>): boolean {
  for (const record of records) if (totalIsIllustrative(record)) return true;
  return false;
}

/** The dataset's dimensions, or the Ombudsman default when it brings none. */
export function dimensionsOf(ds: Dataset): readonly Dimension[] {
  return ds.dimensions.length > 0 ? ds.dimensions : DEFAULT_DIMENSIONS;
}

// The selectors below read the dataset's index (built once per dataset), so each costs the units
// asked about, not a pass over every record. They return fresh arrays the caller may change.

export function yearsOf(ds: Dataset): number[] {
  return [...datasetIndex(ds).years];
}

export function entitiesOf(ds: Dataset, year?: number): string[] {
  return [...entitiesIn(datasetIndex(ds), year)];
}

export function unitTypesOf(ds: Dataset): string[] {
  return [...datasetIndex(ds).unitTypes];
}

export interface EntityYearQuery {
  institution: string;
  year: number;
  unitType?: string;
}

/** The entity's units in the year (of the type, if given), in input order. */
export function unitsOf(ds: Dataset, q: EntityYearQuery): UnitRecord[] {
  const units = unitsInYear(datasetIndex(ds), q.institution, q.year);
  return q.unitType === undefined ? [...units] : units.filter((r) => r.unitType === q.unitType);
}

export function dimensionMeans(dims: readonly Dimension[], records: readonly UnitRecord[]): Record<string, Score> {
  const means: Record<string, Score> = {};
  for (const d of dims) means[d.key] = meanOf(records.map((r) => r.dimensions[d.key] ?? null));
  return means;
}

export function hasDimensionScores(records: readonly UnitRecord[]): boolean {
  return records.some((r) => Object.values(r.dimensions).some(isKnownScore));
}

/** Known totals, highest first; equal totals (at two decimals) in name order. */
function byTotalDescending(a: UnitRecord, b: UnitRecord): number {
  const aKnown = isKnownScore(a.total);
  const bKnown = isKnownScore(b.total);
  if (aKnown !== bKnown) return aKnown ? -1 : 1;
  if (aKnown && bKnown) {
    const diff = roundTo(b.total ?? 0, 2) - roundTo(a.total ?? 0, 2);
    if (diff !== 0) return diff;
  }
  return compareNames(a.unit, b.unit);
}

/** Records sorted by total, highest first, unknown totals last, ties in unit-name order. */
export function sortByTotal(records: readonly UnitRecord[]): UnitRecord[] {
  return [...records].sort(byTotalDescending);
}

/** The unit with the highest known total (ties: name order), or null. */
export function bestUnit(records: readonly UnitRecord[]): UnitRecord | null {
  const first = sortByTotal(records)[0];
  return first && isKnownScore(first.total) ? first : null;
}

/** The unit with the lowest known total (ties: name order), or null. */
export function weakestUnit(records: readonly UnitRecord[]): UnitRecord | null {
  const known = sortByTotal(records).filter((r) => isKnownScore(r.total));
  const lowest = known.at(-1);
  if (!lowest) return null;
  // Equal lowest totals sit in name order; the first of them wins, as for the best unit.
  const lowestPublished = roundTo(lowest.total ?? 0, 2);
  return known.find((r) => roundTo(r.total ?? 0, 2) === lowestPublished) ?? lowest;
}

export interface EntitySummary {
  name: string;
  year: number;
  /** The year's assessment method, from the registry. */
  method: YearMethod;
  /** False when the file says the entity was not assessed in the year (then it has no score). */
  assessed: boolean;
  /** Officially reported figure, if any; kept apart from the computed mean. */
  reported: Score;
  reportedGrade?: string;
  /** The opinion as published (from 2025). */
  opinion?: Opinion;
  /** Parts of the 2025 score, where reported. */
  publicTrust?: number;
  supervisionCompliance?: number;
  /** Plain mean of the units' known totals. */
  computedMean: Score;
  /** reported ?? computedMean */
  score: Score;
  scoreIsReported: boolean;
  /** Both figures known and different at the two decimals Ombudsman publishes. */
  meanDiffers: boolean;
  /** The published opinion's level, else the level of the score (derived). */
  level: ShownLevel | null;
  /** The year's reported national average, if the dataset has one. */
  nationalAverage?: NationalAverage;
  unitCount: number;
  best: UnitRecord | null;
  weakest: UnitRecord | null;
  /** Any unit's dimension scores are illustrative. */
  illustrative: boolean;
  /** The computed mean rests on an illustrative unit total (see totalIsIllustrative). */
  computedMeanIllustrative: boolean;
  source?: SourceInfo;
}

/** Where an entity's figure for a year comes from: its reported figure's source, else a unit's, else the dataset's. */
export function entitySource(ds: Dataset, name: string, year: number): SourceInfo | undefined {
  const index = datasetIndex(ds);
  return (
    index.byYear.get(year)?.reportedByEntity.get(name)?.source ??
    unitsInYear(index, name, year).find((u) => u.source)?.source ??
    ds.source
  );
}

export function summarizeEntity(ds: Dataset, name: string, year: number): EntitySummary {
  const units = unitsOf(ds, { institution: name, year });
  const institution = datasetIndex(ds).byYear.get(year)?.reportedByEntity.get(name);
  const assessed = institution?.assessed !== false;
  const reported = institution && isKnownScore(institution.score) ? institution.score : null;
  const computedMean = assessed ? meanOf(units.map((u) => u.total)) : null;
  const score = reported ?? computedMean;
  const summary: EntitySummary = {
    name,
    year,
    method: methodOfYear(year),
    assessed,
    reported,
    computedMean,
    score,
    scoreIsReported: reported !== null,
    meanDiffers: reported !== null && computedMean !== null && differsAtTwoDecimals(reported, computedMean),
    level: assessed ? entityLevel(score, year, institution?.opinion, ds.gradeScale) : null,
    unitCount: units.length,
    best: bestUnit(units),
    weakest: weakestUnit(units),
    illustrative: units.some((u) => u.illustrative),
    computedMeanIllustrative: computedMean !== null && anyIllustrativeTotal(units),
  };
  if (institution?.grade !== undefined) summary.reportedGrade = institution.grade;
  if (institution?.opinion !== undefined) summary.opinion = institution.opinion;
  if (institution?.publicTrust !== undefined) summary.publicTrust = institution.publicTrust;
  if (institution?.supervisionCompliance !== undefined)
    summary.supervisionCompliance = institution.supervisionCompliance;
  const national = ds.nationalAverages?.find((n) => n.year === year);
  if (national) summary.nationalAverage = national;
  const source = entitySource(ds, name, year);
  if (source) summary.source = source;
  return summary;
}

export interface RankedUnit {
  record: UnitRecord;
  /** 1-based; equal totals (at two decimals) share a rank; null when the total is unknown. */
  rank: number | null;
  total: Score;
  /** The unit's published quality word, else the level of its total (derived). */
  level: ShownLevel | null;
  /** Known total below a known mean at the two published decimals (isBelowMean). */
  belowMean: boolean;
  /** Flagged by the coaching rule (by default the year's: below the mean up to 2024, below 78 from 2025). */
  needsCoaching: boolean;
}

export function rankUnits(
  records: readonly UnitRecord[],
  opts: { mean: Score; gradeScale?: GradeScale | undefined; coachingRule?: CoachingRule },
): RankedUnit[] {
  const ranked: RankedUnit[] = [];
  const year = records[0]?.year;
  const rule = opts.coachingRule ?? (year === undefined ? undefined : methodOfYear(year).method.coaching.rule);
  const flagged = new Set(rule ? flaggedUnits(records, rule, opts.mean) : []);
  let previous: number | null = null;
  let rank = 0;
  sortByTotal(records).forEach((record, position) => {
    const total = isKnownScore(record.total) ? record.total : null;
    let thisRank: number | null = null;
    if (total !== null) {
      const published = roundTo(total, 2);
      // Competition ranking (1, 2, 2, 4): a tie shares the rank of its first holder.
      if (published !== previous) rank = position + 1;
      previous = published;
      thisRank = rank;
    }
    ranked.push({
      record,
      rank: thisRank,
      total,
      level: total === null && record.quality === undefined ? null : unitLevel(record, opts.gradeScale),
      belowMean: isBelowMean(total, opts.mean),
      needsCoaching: flagged.has(record),
    });
  });
  return ranked;
}

/**
 * What to show first: the view the dataset names (the bundled data: Batang 2024), else the latest
 * year with unit records and the entity with the most units in it.
 */
export function defaultSelection(ds: Dataset): { year: number; institution: string } | null {
  const index = datasetIndex(ds);
  const named = ds.defaultView;
  if (named && entityInYear(index, named.institution, named.year)) return { ...named };
  const year = index.latestRecordYear ?? index.years.at(-1);
  if (year === undefined) return null;
  let institution: string | null = null;
  let most = -1;
  // The year's entities are in name order, so the first of equal counts wins.
  for (const name of entitiesIn(index, year)) {
    const count = unitsInYear(index, name, year).length;
    if (count > most) {
      institution = name;
      most = count;
    }
  }
  return institution === null ? null : { year, institution };
}
