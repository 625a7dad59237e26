import { findCompared } from '../../domain/comparison';
import { MAX_COMPARED, compareKeysToParam, type CompareKey } from '../../domain/compare-keys';
import type { Dataset, UnitRecord } from '../../domain/model';

// The comparison lives in the URL as a list of keys; these edit that list. A record can be named by
// more than one key (full and short unit name), so edits go by the record a key finds.

/** The URL value for a list of keys: null when empty, so the parameter disappears. */
export function keysToParam(keys: readonly CompareKey[]): string | null {
  return keys.length === 0 ? null : compareKeysToParam(keys);
}

/** How many keys find a record: what the comparison shows, before the MAX_COMPARED cut. */
function foundCount(ds: Dataset, keys: readonly CompareKey[]): number {
  return new Set(keys.map((k) => findCompared(ds, k)).filter((r) => r !== null)).size;
}

/** Appends a key unless its record is already compared or the comparison is full. */
export function addCompareKey(ds: Dataset, keys: readonly CompareKey[], key: CompareKey): CompareKey[] {
  const record = findCompared(ds, key);
  if (!record) return [...keys];
  if (keys.some((k) => findCompared(ds, k) === record)) return [...keys];
  if (foundCount(ds, keys) >= MAX_COMPARED) return [...keys];
  return [...keys, key];
}

/** Drops every key that finds the record. */
export function removeCompared(ds: Dataset, keys: readonly CompareKey[], record: UnitRecord): CompareKey[] {
  return keys.filter((k) => findCompared(ds, k) !== record);
}

/** Moves the keys that find the record to the front: the first item is what the others are measured against. */
export function makeBaseline(ds: Dataset, keys: readonly CompareKey[], record: UnitRecord): CompareKey[] {
  const named = keys.filter((k) => findCompared(ds, k) === record);
  return [...named, ...keys.filter((k) => !named.includes(k))];
}

/** Drops keys the loaded data cannot find. */
export function withoutMissing(ds: Dataset, keys: readonly CompareKey[]): CompareKey[] {
  return keys.filter((k) => findCompared(ds, k) !== null);
}
