// Turns schema-checked items into model objects and finds what is suspicious but loadable.
import type { DataWarning, Dimension, InstitutionResult, Score, UnitRecord } from './model';
import type { ParsedRecord } from './schema';
import { meanOf, differsAtTwoDecimals } from './stats';
import { weightShares } from './dimensions';
import { weightedTotal } from './totals';

/** A given total may differ this much from its dimensions before we warn (published figures are rounded). */
export const TOTAL_TOLERANCE = 0.05;
// Float noise such as 89.12 − 89.07 = 0.0500000000000043 must not cross the tolerance.
const EPSILON = 1e-9;

/**
 * A unit record in model form: every dataset dimension present (unknown as null, never 0), and the total
 * computed from the dimensions when none was given.
 */
export function normalizeRecord(
  parsed: ParsedRecord,
  dimensions: readonly Dimension[],
  index: number,
): { record: UnitRecord; warnings: DataWarning[] } {
  const given = parsed.dimensions ?? {};
  // hasOwn: a key such as `constructor` must not be read from Object.prototype.
  const scores: Record<string, Score> = Object.fromEntries(
    dimensions.map((d) => [d.key, Object.hasOwn(given, d.key) ? (given[d.key] ?? null) : null]),
  );
  const computed = weightedTotal(dimensions, scores);
  const warnings: DataWarning[] = [];
  const place = { kind: 'record', index } as const;

  let total: Score;
  let totalComputed = false;
  if (typeof parsed.total === 'number') {
    total = parsed.total;
    if (computed !== null && Math.abs(total - computed) - TOTAL_TOLERANCE > EPSILON) {
      warnings.push({ place, field: 'total', code: 'totalDiffersFromDimensions', params: { given: total, computed } });
    }
  } else if (computed !== null) {
    total = computed;
    totalComputed = true;
  } else {
    total = null;
    const missing = unknownWeightedKeys(dimensions, scores);
    if (missing.length > 0) {
      warnings.push({
        place,
        field: 'total',
        code: 'totalUnknownMissingDimension',
        params: { missing: missing.join(',') },
      });
    }
  }

  const record: UnitRecord = {
    year: parsed.year,
    institution: parsed.institution,
    unit: parsed.unit,
    total,
    totalComputed,
    dimensions: scores,
    illustrative: parsed.illustrative ?? false,
  };
  if (parsed.unitShort !== undefined) record.unitShort = parsed.unitShort;
  if (parsed.unitType !== undefined) record.unitType = parsed.unitType;
  if (parsed.source !== undefined) record.source = parsed.source;
  return { record, warnings };
}

function unknownWeightedKeys(dimensions: readonly Dimension[], scores: Readonly<Record<string, Score>>): string[] {
  const shares = weightShares(dimensions);
  return dimensions.filter((d) => (shares[d.key] ?? 0) > 0 && scores[d.key] === null).map((d) => d.key);
}

/** The same unit listed twice for one entity and year: the entity's mean would count it twice. */
export function duplicateUnitWarnings(records: readonly UnitRecord[]): DataWarning[] {
  const firstIndex = new Map<string, number>();
  const warnings: DataWarning[] = [];
  records.forEach((r, index) => {
    const key = JSON.stringify([r.year, r.institution, r.unit]);
    const first = firstIndex.get(key);
    if (first === undefined) {
      firstIndex.set(key, index);
      return;
    }
    warnings.push({
      place: { kind: 'record', index },
      field: 'unit',
      code: 'duplicateUnit',
      params: { unit: r.unit, year: r.year, institution: r.institution, first },
    });
  });
  return warnings;
}

/**
 * A reported entity score that differs, at the published two decimals, from the mean of its units' known
 * totals (Batang 2024: reported 93.74, mean 93.70). Both figures are kept; the reader should know.
 */
export function reportedScoreWarnings(
  institutions: readonly InstitutionResult[],
  records: readonly UnitRecord[],
): DataWarning[] {
  const totalsByEntity = new Map<string, Score[]>();
  for (const r of records) {
    const key = JSON.stringify([r.year, r.institution]);
    const totals = totalsByEntity.get(key) ?? [];
    totals.push(r.total);
    totalsByEntity.set(key, totals);
  }
  const warnings: DataWarning[] = [];
  institutions.forEach((inst, index) => {
    if (inst.score === null) return;
    const mean = meanOf(totalsByEntity.get(JSON.stringify([inst.year, inst.name])) ?? []);
    if (mean === null || !differsAtTwoDecimals(inst.score, mean)) return;
    warnings.push({
      place: { kind: 'institution', index },
      field: 'score',
      code: 'reportedDiffersFromMean',
      params: { name: inst.name, year: inst.year, reported: inst.score, mean },
    });
  });
  return warnings;
}
