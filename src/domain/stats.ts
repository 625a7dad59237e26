import type { Score } from './model';

/** Plain mean of the known values; `null` when none is known. Unknown never counts as 0. */
export function meanOf(values: readonly Score[]): Score {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    sum += v;
    count += 1;
  }
  return count === 0 ? null : sum / count;
}

/** Rounds half away from zero at `digits` decimals, avoiding binary artefacts such as 1.005 → 1.00. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const shifted = Math.abs(value) * factor;
  const rounded = Math.round(Number(shifted.toPrecision(15))) / factor;
  return Math.sign(value) * rounded;
}

/** True when two scores differ at the two decimals Ombudsman publishes. */
export function differsAtTwoDecimals(a: number, b: number): boolean {
  return roundTo(a, 2) !== roundTo(b, 2);
}

/**
 * The one "below the mean" rule (overview flags, unit detail, dimension ▼ marks, coaching lists).
 *
 * Both sides are compared as published, at two decimals, the way levels and rankings judge
 * scores: a unit at 93.70 beside a computed mean of 93.7033 (shown "93,70") reads as equal, so it
 * is not below, and float noise from a weighted sum cannot make an equal score a gap. Rounding
 * keeps order, so anything below here is also below on the raw figures. Unknown on either side is
 * never below.
 */
export function isBelowMean(score: Score | undefined, mean: Score | undefined): boolean {
  if (score === null || score === undefined || !Number.isFinite(score)) return false;
  if (mean === null || mean === undefined || !Number.isFinite(mean)) return false;
  return roundTo(score, 2) < roundTo(mean, 2);
}
