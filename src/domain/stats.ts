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
