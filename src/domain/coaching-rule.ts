import type { Score, UnitRecord } from './model';
import { compareNames } from './names';
import { isBelowMean, roundTo } from './stats';

/** Which units of an entity-year need coaching: below its mean, below a target score, or the lowest N. */
export type CoachingRule =
  { kind: 'belowMean' } | { kind: 'belowTarget'; target: number } | { kind: 'lowestN'; n: number };

function knownTotal(r: UnitRecord): number | null {
  return r.total !== null && Number.isFinite(r.total) ? r.total : null;
}

/** Units the rule picks, weakest first (ties in name order). Unknown totals are never flagged. */
export function flaggedUnits(records: readonly UnitRecord[], rule: CoachingRule, entityMean: Score): UnitRecord[] {
  const weakestFirst = records
    .filter((r) => knownTotal(r) !== null)
    .sort((a, b) => roundTo(knownTotal(a) ?? 0, 2) - roundTo(knownTotal(b) ?? 0, 2) || compareNames(a.unit, b.unit));
  switch (rule.kind) {
    case 'belowMean':
      return weakestFirst.filter((r) => isBelowMean(knownTotal(r), entityMean));
    case 'belowTarget':
      // Judged as published, at two decimals: 77.996 reads 78,00 and is not "below 78".
      return Number.isFinite(rule.target)
        ? weakestFirst.filter((r) => roundTo(knownTotal(r) ?? 0, 2) < rule.target)
        : [];
    case 'lowestN': {
      const n = Number.isFinite(rule.n) ? Math.max(0, Math.floor(rule.n)) : 0;
      return weakestFirst.slice(0, n);
    }
  }
}
