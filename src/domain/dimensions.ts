import type { Dimension } from './model';

/**
 * The four Ombudsman dimensions (2022–2024 method) with the weights from the Ombudsman Jawa Tengah
 * workshop slides of 2023; unconfirmed for 2022 and 2024, so a dataset may bring its own.
 */
export const DEFAULT_DIMENSIONS: readonly Dimension[] = [
  { key: 'input', label: 'Input', weight: 21.85 },
  { key: 'proses', label: 'Proses', weight: 32.37 },
  { key: 'output', label: 'Output', weight: 24.24 },
  { key: 'pengaduan', label: 'Pengaduan', weight: 21.54 },
];

/** Each dimension's share of the total (weights normalised to sum to 1). */
export function weightShares(dimensions: readonly Dimension[]): Record<string, number> {
  const sum = dimensions.reduce((acc, d) => acc + d.weight, 0);
  const shares: Record<string, number> = {};
  for (const d of dimensions) shares[d.key] = sum > 0 ? d.weight / sum : 0;
  return shares;
}
