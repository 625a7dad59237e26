import type { Dataset, Score, UnitRecord } from './model';
import {
  bestUnit,
  dimensionMeans,
  dimensionsOf,
  hasDimensionScores,
  isKnownScore,
  unitsOf,
  type EntityYearQuery,
} from './aggregate';
import { weightShares } from './dimensions';
import { compareNames } from './names';
import { nextGradeUp, type GradeResult } from './grades';
import { meanOf, roundTo } from './stats';

export type CoachingRule =
  { kind: 'belowMean' } | { kind: 'belowTarget'; target: number } | { kind: 'lowestN'; n: number };

export const DEFAULT_COACHING_RULE: CoachingRule = { kind: 'belowMean' };

export interface DimensionGap {
  key: string;
  label: string;
  weight: number;
  /** The dimension's share of the total (weight / sum of weights). */
  share: number;
  score: Score;
  mean: Score;
  /** mean − score, > 0 */
  gap: number;
  /** share × gap: points the total gains by raising this dimension to the mean. */
  effect: number;
}

export interface CoachingItem {
  record: UnitRecord;
  total: Score;
  gapToMean: number | null;
  gapToBest: number | null;
  nextGrade: { band: GradeResult; gap: number } | null;
  /** Dimensions below the entity's dimension mean, largest effect first. */
  focus: DimensionGap[];
  /** Sum of the focus effects. */
  potentialLift: number;
}

export interface CoachingPlan {
  rule: CoachingRule;
  entityMean: Score;
  best: UnitRecord | null;
  dimensionMeans: Record<string, Score>;
  /** Largest potential lift first, then the largest gap to the mean. */
  items: CoachingItem[];
  hasDimensions: boolean;
}

// Float noise from weighted sums must not turn an equal score into a "gap".
const EPSILON = 1e-9;

function knownTotal(r: UnitRecord): number | null {
  return isKnownScore(r.total) ? r.total : null;
}

/** Units the rule picks, weakest first (ties in name order). Unknown totals are never flagged. */
export function flaggedUnits(records: readonly UnitRecord[], rule: CoachingRule, entityMean: Score): UnitRecord[] {
  const weakestFirst = records
    .filter((r) => knownTotal(r) !== null)
    .sort((a, b) => roundTo(knownTotal(a) ?? 0, 2) - roundTo(knownTotal(b) ?? 0, 2) || compareNames(a.unit, b.unit));
  switch (rule.kind) {
    case 'belowMean':
      return entityMean === null ? [] : weakestFirst.filter((r) => (knownTotal(r) ?? 0) < entityMean);
    case 'belowTarget':
      return Number.isFinite(rule.target) ? weakestFirst.filter((r) => (knownTotal(r) ?? 0) < rule.target) : [];
    case 'lowestN': {
      const n = Number.isFinite(rule.n) ? Math.max(0, Math.floor(rule.n)) : 0;
      return weakestFirst.slice(0, n);
    }
  }
}

/** Dimensions of a record below the dimension means, largest effect on the total first. */
export function dimensionFocus(
  ds: Dataset,
  record: UnitRecord,
  means: Readonly<Record<string, Score>>,
): DimensionGap[] {
  const dims = dimensionsOf(ds);
  const shares = weightShares(dims);
  const focus: DimensionGap[] = [];
  for (const d of dims) {
    const score = record.dimensions[d.key] ?? null;
    const mean = means[d.key] ?? null;
    if (!isKnownScore(score) || !isKnownScore(mean)) continue;
    const gap = mean - score;
    if (gap <= EPSILON) continue;
    const share = shares[d.key] ?? 0;
    focus.push({ key: d.key, label: d.label, weight: d.weight, share, score, mean, gap, effect: share * gap });
  }
  // Stable sort keeps the dataset's dimension order for equal effects.
  return focus.sort((a, b) => b.effect - a.effect);
}

function byCoachingPriority(a: CoachingItem, b: CoachingItem): number {
  if (b.potentialLift !== a.potentialLift) return b.potentialLift - a.potentialLift;
  if (a.gapToMean !== b.gapToMean) {
    if (a.gapToMean === null) return 1;
    if (b.gapToMean === null) return -1;
    return b.gapToMean - a.gapToMean;
  }
  return compareNames(a.record.unit, b.record.unit);
}

/**
 * Which units of an entity-year need coaching, and on which dimensions.
 *
 * The means (entity and per dimension) and the best unit are taken over all units of the
 * entity-year; `unitType` only narrows which units are candidates, so a filtered view still
 * compares a unit with its whole entity.
 */
export function coachingPlan(ds: Dataset, q: EntityYearQuery, rule: CoachingRule): CoachingPlan {
  const entityUnits = unitsOf(ds, { institution: q.institution, year: q.year });
  const candidates = q.unitType === undefined ? entityUnits : unitsOf(ds, q);
  // The rule compares units with each other, so it uses the mean of the same unit totals it
  // judges. The reported figure can differ (Batang 2024: 93.74 reported, 93.70 mean) and may be
  // missing; mixing it in would flag a unit against a number its peers do not add up to.
  const entityMean = meanOf(entityUnits.map((u) => u.total));
  const means = dimensionMeans(dimensionsOf(ds), entityUnits);
  const best = bestUnit(entityUnits);
  const bestTotal = best ? knownTotal(best) : null;

  const items = flaggedUnits(candidates, rule, entityMean).map((record): CoachingItem => {
    const total = knownTotal(record);
    const focus = dimensionFocus(ds, record, means);
    return {
      record,
      total,
      gapToMean: total !== null && entityMean !== null ? entityMean - total : null,
      gapToBest: total !== null && bestTotal !== null ? bestTotal - total : null,
      nextGrade: nextGradeUp(total, q.year, ds.gradeScale),
      focus,
      potentialLift: focus.reduce((sum, f) => sum + f.effect, 0),
    };
  });
  items.sort(byCoachingPriority);

  return {
    rule,
    entityMean,
    best,
    dimensionMeans: means,
    items,
    hasDimensions: hasDimensionScores(entityUnits),
  };
}
