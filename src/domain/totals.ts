import type { Dimension, Score } from './model';
import { weightShares } from './dimensions';

/**
 * The weighted total of dimension scores. Unknown when any weighted dimension is unknown:
 * guessing a total from part of the dimensions would misstate it.
 */
export function weightedTotal(dimensions: readonly Dimension[], scores: Readonly<Record<string, Score>>): Score {
  const shares = weightShares(dimensions);
  let total = 0;
  let weighted = 0;
  for (const d of dimensions) {
    const share = shares[d.key] ?? 0;
    if (share === 0) continue;
    const score = scores[d.key];
    if (score === null || score === undefined) return null;
    total += share * score;
    weighted += 1;
  }
  return weighted === 0 ? null : total;
}
