import type { Dimension } from './model';
import { KEPATUHAN_DIMENSIONS } from './methods';

/**
 * The four Ombudsman dimensions a file without its own list is read with; their weights are the
 * 2022–2024 method's (see methods.ts), which from 2025 are not used (see year-weights.ts).
 */
export const DEFAULT_DIMENSIONS: readonly Dimension[] = KEPATUHAN_DIMENSIONS;

/** Each dimension's share of the total (weights normalised to sum to 1). */
export function weightShares(dimensions: readonly Dimension[]): Record<string, number> {
  const sum = dimensions.reduce((acc, d) => acc + d.weight, 0);
  const shares: Record<string, number> = {};
  for (const d of dimensions) shares[d.key] = sum > 0 ? d.weight / sum : 0;
  return shares;
}
