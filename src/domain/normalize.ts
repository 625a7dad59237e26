// Turns schema-checked items into model objects and finds what is suspicious but loadable.
import type { DataWarning, Dimension, InstitutionResult, Score, UnitRecord } from './model';
import type { ParsedRecord } from './schema';
import type { UnitExtras } from './published-results';
import { meanOf, differsAtTwoDecimals } from './stats';
import { weightShares } from './dimensions';
import { weightedTotal } from './totals';
import { yearWeights } from './year-weights';

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
  options: NormalizerOptions = {},
): { record: UnitRecord; warnings: DataWarning[] } {
  return recordNormalizer(dimensions, options)(parsed, index);
}

export interface NormalizerOptions {
  /** The file named no dimensions: the default four's weights hold only in years whose method has them. */
  defaultDimensions?: boolean;
}

export type RecordNormalizer = (
  parsed: ParsedRecord,
  index: number,
  extras?: UnitExtras,
) => { record: UnitRecord; warnings: DataWarning[] };

/** `normalizeRecord` for many records of one dataset: what depends on the dimensions alone is worked out once. */
export function recordNormalizer(dimensions: readonly Dimension[], options: NormalizerOptions = {}): RecordNormalizer {
  const keys = dimensions.map((d) => d.key);
  const weights = { dimensions, ...(options.defaultDimensions ? { defaultDimensions: true as const } : {}) };
  // Years are few: whether a year's weights are known is asked once per year, not per record.
  const weighedByYear = new Map<number, boolean>();
  const weighed = (year: number): boolean => {
    let known = weighedByYear.get(year);
    if (known === undefined) weighedByYear.set(year, (known = yearWeights(weights, year).known));
    return known;
  };
  return (parsed, index, extras) => {
    const given = parsed.dimensions ?? {};
    const scores: Record<string, Score> = {};
    // hasOwn: a key such as `constructor` must not be read from Object.prototype.
    for (const key of keys) scores[key] = Object.hasOwn(given, key) ? (given[key] ?? null) : null;
    const weightsKnown = weighed(parsed.year);
    const computed = weightsKnown ? weightedTotal(dimensions, scores) : null;
    const warnings: DataWarning[] = [];

    let total: Score;
    let totalComputed = false;
    if (typeof parsed.total === 'number') {
      total = parsed.total;
      if (computed !== null && Math.abs(total - computed) - TOTAL_TOLERANCE > EPSILON) {
        warnings.push({
          place: { kind: 'record', index },
          field: 'total',
          code: 'totalDiffersFromDimensions',
          params: { given: total, computed },
        });
      }
    } else if (computed !== null) {
      total = computed;
      totalComputed = true;
    } else if (!weightsKnown) {
      total = null;
      if (Object.values(scores).some((score) => score !== null)) {
        warnings.push({
          place: { kind: 'record', index },
          field: 'total',
          code: 'totalNeedsWeights',
          params: { year: parsed.year },
        });
      }
    } else {
      total = null;
      const missing = unknownWeightedKeys(dimensions, scores);
      if (missing.length > 0) {
        warnings.push({
          place: { kind: 'record', index },
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
    if (extras) Object.assign(record, extras);
    if (parsed.source !== undefined) record.source = parsed.source;
    return { record, warnings };
  };
}

function unknownWeightedKeys(dimensions: readonly Dimension[], scores: Readonly<Record<string, Score>>): string[] {
  const shares = weightShares(dimensions);
  return dimensions.filter((d) => (shares[d.key] ?? 0) > 0 && scores[d.key] === null).map((d) => d.key);
}

/** The same unit listed twice for one entity and year: the entity's mean would count it twice. */
export function duplicateUnitWarnings(records: readonly UnitRecord[]): DataWarning[] {
  // year → entity → unit → index of the first listing; nested maps spare building a key per record.
  const firstIndex = new Map<number, Map<string, Map<string, number>>>();
  const warnings: DataWarning[] = [];
  records.forEach((r, index) => {
    let byEntity = firstIndex.get(r.year);
    if (byEntity === undefined) firstIndex.set(r.year, (byEntity = new Map<string, Map<string, number>>()));
    let byUnit = byEntity.get(r.institution);
    if (byUnit === undefined) byEntity.set(r.institution, (byUnit = new Map<string, number>()));
    const first = byUnit.get(r.unit);
    if (first === undefined) {
      byUnit.set(r.unit, index);
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
  // Nothing reported, nothing to compare (CSV imports and most files have no entity scores).
  if (institutions.every((inst) => inst.score === null)) return [];
  for (const r of records) {
    const key = entityKey(r.year, r.institution);
    const totals = totalsByEntity.get(key) ?? [];
    totals.push(r.total);
    totalsByEntity.set(key, totals);
  }
  const warnings: DataWarning[] = [];
  institutions.forEach((inst, index) => {
    if (inst.score === null) return;
    const mean = meanOf(totalsByEntity.get(entityKey(inst.year, inst.name)) ?? []);
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

/** A map key, faster to build than JSON.stringify and as unambiguous: a year is an integer, without "|". */
function entityKey(year: number, institution: string): string {
  return `${year}|${institution}`;
}
