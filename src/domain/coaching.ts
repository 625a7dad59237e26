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
import { flaggedUnits, type CoachingRule } from './coaching-rule';
import { weightShares } from './dimensions';
import { compareNames } from './names';
import { nextLevelUp, type LevelResult } from './levels';
import { methodOfYear, type Provenance } from './methods';
import { isBelowMean, meanOf } from './stats';
import { yearWeights, type YearWeights } from './year-weights';

/** The rule the coaching view starts with in a year, from the method registry, and where it comes from. */
export function defaultCoachingRule(year: number): { rule: CoachingRule; provenance: Provenance } {
  return methodOfYear(year).method.coaching;
}

export interface DimensionGap {
  key: string;
  label: string;
  weight: number;
  /** The dimension's share of the total (weight / sum of weights); null when the year's weights are unknown. */
  share: number | null;
  score: Score;
  mean: Score;
  /** mean − score, > 0 */
  gap: number;
  /** share × gap: points the total gains by raising this dimension to the mean; null without weights. */
  effect: number | null;
}

export interface CoachingItem {
  record: UnitRecord;
  total: Score;
  gapToMean: number | null;
  gapToBest: number | null;
  nextLevel: { level: LevelResult; gap: number } | null;
  /** Dimensions below the entity's dimension mean, largest effect first (largest gap without weights). */
  focus: DimensionGap[];
  /** Sum of the focus effects; null when the year's weights are unknown. */
  potentialLift: number | null;
}

export interface CoachingPlan {
  rule: CoachingRule;
  /** The weights that hold for the year, or why none do (from 2025). */
  weights: YearWeights;
  entityMean: Score;
  best: UnitRecord | null;
  dimensionMeans: Record<string, Score>;
  /** Largest potential lift first, then the largest gap to the mean. */
  items: CoachingItem[];
  hasDimensions: boolean;
}

function knownTotal(r: UnitRecord): number | null {
  return isKnownScore(r.total) ? r.total : null;
}

/** Dimensions of a record below the dimension means, largest effect on the total first. */
export function dimensionFocus(
  ds: Dataset,
  record: UnitRecord,
  means: Readonly<Record<string, Score>>,
): DimensionGap[] {
  const dims = dimensionsOf(ds);
  const weights = yearWeights(ds, record.year);
  // Without the year's weights a dimension's effect on the total is unknown: gaps only.
  const shares = weights.known ? weightShares(weights.dimensions) : null;
  const focus: DimensionGap[] = [];
  for (const d of dims) {
    const score = record.dimensions[d.key] ?? null;
    const mean = means[d.key] ?? null;
    // Equal at the published two decimals is no gap (this also absorbs float noise from weighted sums).
    if (!isKnownScore(score) || !isKnownScore(mean) || !isBelowMean(score, mean)) continue;
    const gap = mean - score;
    const share = shares ? (shares[d.key] ?? 0) : null;
    focus.push({
      key: d.key,
      label: d.label,
      weight: d.weight,
      share,
      score,
      mean,
      gap,
      effect: share === null ? null : share * gap,
    });
  }
  // Stable sort keeps the dataset's dimension order for equal effects.
  return focus.sort((a, b) => (b.effect ?? b.gap) - (a.effect ?? a.gap));
}

function byCoachingPriority(a: CoachingItem, b: CoachingItem): number {
  const aLift = a.potentialLift ?? 0;
  const bLift = b.potentialLift ?? 0;
  if (bLift !== aLift) return bLift - aLift;
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
  const weights = yearWeights(ds, q.year);

  const items = flaggedUnits(candidates, rule, entityMean).map((record): CoachingItem => {
    const total = knownTotal(record);
    const focus = dimensionFocus(ds, record, means);
    return {
      record,
      total,
      gapToMean: total !== null && entityMean !== null ? entityMean - total : null,
      gapToBest: total !== null && bestTotal !== null ? bestTotal - total : null,
      nextLevel: nextLevelUp(total, q.year, ds.gradeScale),
      focus,
      potentialLift: weights.known ? focus.reduce((sum, f) => sum + (f.effect ?? 0), 0) : null,
    };
  });
  items.sort(byCoachingPriority);

  return {
    rule,
    weights,
    entityMean,
    best,
    dimensionMeans: means,
    items,
    hasDimensions: hasDimensionScores(entityUnits),
  };
}
