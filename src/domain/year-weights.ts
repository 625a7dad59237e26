import type { Dataset, Dimension } from './model';
import { methodOfYear, type Provenance } from './methods';

export type YearWeights =
  | { known: true; dimensions: readonly Dimension[]; from: 'dataset' | 'method' }
  | { known: false; provenance: Provenance };

/**
 * The dimension weights that hold for a year: the file's own when it names its dimensions, else the
 * year's method's. From 2025 the method publishes none (the four dimensions are 70 % together, their
 * inner weights unknown), so a total is never computed, nor an effect weighed, with another year's.
 */
export function yearWeights(
  ds: { dimensions: readonly Dimension[]; defaultDimensions?: Dataset['defaultDimensions'] },
  year: number,
): YearWeights {
  if (ds.defaultDimensions !== true && ds.dimensions.length > 0) {
    return { known: true, dimensions: ds.dimensions, from: 'dataset' };
  }
  const { weights } = methodOfYear(year).method;
  if (!weights.known) return { known: false, provenance: weights.provenance };
  return { known: true, dimensions: ds.dimensions.length > 0 ? ds.dimensions : weights.dimensions, from: 'method' };
}
