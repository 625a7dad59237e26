import type { Dataset, Score, UnitRecord } from './model';
import { bestUnit, dimensionsOf, isKnownScore, unitsOf } from './aggregate';
import { flaggedUnits } from './coaching-rule';
import { datasetIndex, recordsOfEntity, unitsInYear } from './dataset-index';
import { compareNames } from './names';
import { methodOfYear, type MethodId } from './methods';
import { unitLevel, type ShownLevel } from './shown-level';
import { meanOf } from './stats';
import { MAX_COMPARED, compareKeyToParam, type CompareKey } from './compare-keys';

export interface ComparedItem {
  key: CompareKey;
  record: UnitRecord;
  total: Score;
  level: ShownLevel | null;
  /** Every dataset dimension, null when unknown. */
  dimensions: Record<string, Score>;
  /** total − first item's total; null for the first item or when either is unknown. */
  diffTotal: number | null;
  diffDimensions: Record<string, number | null>;
}

export interface Comparison {
  items: ComparedItem[];
  missing: CompareKey[];
  /** Every item has at least one known dimension score. */
  hasDimensions: boolean;
  /** Found units beyond MAX_COMPARED, left out. */
  truncated: number;
  /** The assessment methods of the items' years, oldest first: more than one means not directly comparable. */
  methods: MethodId[];
}

/** The record a key names: by full unit name first, else by short name. */
export function findCompared(ds: Dataset, key: CompareKey): UnitRecord | null {
  const units = unitsInYear(datasetIndex(ds), key.institution, key.year);
  return units.find((u) => u.unit === key.unit) ?? units.find((u) => u.unitShort === key.unit) ?? null;
}

function difference(value: Score, base: Score): number | null {
  return isKnownScore(value) && isKnownScore(base) ? value - base : null;
}

export function buildComparison(ds: Dataset, keys: readonly CompareKey[]): Comparison {
  const dims = dimensionsOf(ds);
  const found: { key: CompareKey; record: UnitRecord }[] = [];
  const missing: CompareKey[] = [];
  let truncated = 0;
  const seen = new Set<string>();
  const seenRecords = new Set<UnitRecord>();

  for (const key of keys) {
    const param = compareKeyToParam(key);
    if (seen.has(param)) continue;
    seen.add(param);
    const record = findCompared(ds, key);
    if (!record) {
      missing.push(key);
      continue;
    }
    // Two keys (full and short name) can name the same unit.
    if (seenRecords.has(record)) continue;
    seenRecords.add(record);
    if (found.length < MAX_COMPARED) found.push({ key, record });
    else truncated += 1;
  }

  const scoresOf = (record: UnitRecord): Record<string, Score> => {
    const scores: Record<string, Score> = {};
    for (const d of dims) {
      const score = record.dimensions[d.key];
      scores[d.key] = isKnownScore(score) ? score : null;
    }
    return scores;
  };

  const first = found[0];
  const firstTotal = first ? first.record.total : null;
  const firstDimensions = first ? scoresOf(first.record) : {};
  const items = found.map(({ key, record }, index): ComparedItem => {
    const dimensions = scoresOf(record);
    const diffDimensions: Record<string, number | null> = {};
    for (const d of dims) {
      diffDimensions[d.key] =
        index === 0 ? null : difference(dimensions[d.key] ?? null, firstDimensions[d.key] ?? null);
    }
    return {
      key,
      record,
      total: record.total,
      level: unitLevel(record, ds.gradeScale),
      dimensions,
      diffTotal: index === 0 ? null : difference(record.total, firstTotal),
      diffDimensions,
    };
  });

  return {
    items,
    missing,
    hasDimensions: items.length > 0 && items.every((item) => Object.values(item.dimensions).some((s) => s !== null)),
    truncated,
    methods: methodsOf(items.map((item) => item.record.year)),
  };
}

/** The methods of the compared years, each once, oldest first (whether they are comparable: methodChanges). */
function methodsOf(years: readonly number[]): MethodId[] {
  const ids: MethodId[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const { id } = methodOfYear(year).method;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

function keyOf(record: UnitRecord): CompareKey {
  return { institution: record.institution, year: record.year, unit: record.unit };
}

/**
 * The units the default coaching rule flags, weakest first, then the best unit to measure them
 * against. At most MAX_COMPARED keys, so the best unit is never cut off.
 */
export function shortcutFlaggedVsBest(ds: Dataset, q: { institution: string; year: number }): CompareKey[] {
  const units = unitsOf(ds, q);
  const best = bestUnit(units);
  const flagged = flaggedUnits(units, methodOfYear(q.year).method.coaching.rule, meanOf(units.map((u) => u.total)))
    .filter((r) => r !== best)
    .slice(0, best ? MAX_COMPARED - 1 : MAX_COMPARED);
  return [...flagged, ...(best ? [best] : [])].map(keyOf);
}

/**
 * The same unit in the previous year it appears in, then this year, so the differences read
 * as the change since then. Empty when the unit or an earlier year is missing.
 */
export function shortcutYearOverYear(ds: Dataset, key: CompareKey): CompareKey[] {
  const current = findCompared(ds, key);
  if (!current) return [];
  const earlier = recordsOfEntity(datasetIndex(ds), current.institution)
    .filter((r) => r.year < current.year && r.unit === current.unit)
    .sort((a, b) => b.year - a.year)[0];
  return earlier ? [keyOf(earlier), keyOf(current)] : [];
}

/** A unit a person can add to a comparison, with the key that names it. */
export interface CompareCandidate {
  key: CompareKey;
  record: UnitRecord;
}

/** The units of one entity in one year: one group of the picker. */
export interface CandidateGroup {
  institution: string;
  year: number;
  candidates: CompareCandidate[];
}

/**
 * Every unit that can be compared, grouped by entity (name order) and year (newest first), units
 * in name order. A unit listed twice in one year is offered once, as the record a key finds.
 */
export function compareCandidates(ds: Dataset): CandidateGroup[] {
  const index = datasetIndex(ds);
  const newestFirst = [...index.years].reverse();
  // Unit names repeat across entities ("Dinas Sosial"): each distinct name is collated once, and
  // the groups sort by that rank instead of calling the collator a hundred thousand times.
  const unitRank = new Map([...new Set(ds.records.map((r) => r.unit))].sort(compareNames).map((name, i) => [name, i]));
  const rankOf = (c: CompareCandidate) => unitRank.get(c.record.unit) ?? 0;
  const groups: CandidateGroup[] = [];
  for (const institution of index.entities) {
    for (const year of newestFirst) {
      const units = unitsInYear(index, institution, year);
      if (units.length === 0) continue;
      const candidates: CompareCandidate[] = [];
      const seen = new Set<string>();
      for (const record of units) {
        if (seen.has(record.unit)) continue;
        seen.add(record.unit);
        candidates.push({ key: keyOf(record), record });
      }
      candidates.sort((a, b) => rankOf(a) - rankOf(b));
      groups.push({ institution, year, candidates });
    }
  }
  return groups;
}
