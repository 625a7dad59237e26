// What every reader must guarantee whatever it was given, checked by the property-based tests:
// a dataset whose numbers are all in range, or problems a person can locate and the UI can translate.
import type { DataWarning, Problem, ProblemCode, ProblemPlace, Score, ValidationResult, WarningCode } from '../model';
import { SCORE_MAX, SCORE_MIN, YEAR_MAX, YEAR_MIN } from '../schema';

// `satisfies` keeps these lists in step with the model: a new code fails to compile until listed.
const PROBLEM_CODES = new Set(
  Object.keys({
    empty: true,
    notJson: true,
    notCsv: true,
    htmlInsteadOfData: true,
    wrongShape: true,
    noRecords: true,
    tooLarge: true,
    binary: true,
    xlsx: true,
    required: true,
    notNumber: true,
    notText: true,
    outOfRange: true,
    yearOutOfRange: true,
    noScores: true,
    unknownDimension: true,
    duplicateDimension: true,
    badWeight: true,
    badUrl: true,
    badDate: true,
    badGradeScale: true,
    invalid: true,
    missingColumn: true,
    raggedRow: true,
    tooManyColumns: true,
    opinionOnUnitRow: true,
    unitFieldOnEntityRow: true,
    ckanFailure: true,
    ckanIncomplete: true,
    networkError: true,
    timeout: true,
    httpStatus: true,
    truncated: true,
    unknownOpinion: true,
    opinionNotInYear: true,
    opinionConflict: true,
    unknownQuality: true,
    qualityNotInYear: true,
    unknownZone: true,
    scoreButNotAssessed: true,
  } satisfies Record<ProblemCode, true>),
);

const WARNING_CODES = new Set(
  Object.keys({
    reportedDiffersFromMean: true,
    duplicateUnit: true,
    totalDiffersFromDimensions: true,
    totalUnknownMissingDimension: true,
    reportedGradeDiffers: true,
    opinionVariant: true,
    qualityVariant: true,
    suffixWithoutOpinion: true,
    zoneNotInMethod: true,
    reportedZoneDiffers: true,
    gradeNotInMethod: true,
    opinionDiffersFromScore: true,
    qualityDiffersFromScore: true,
    partNotInMethod: true,
    totalNeedsWeights: true,
    notAssessedHasUnits: true,
  } satisfies Record<WarningCode, true>),
);

/** Every broken guarantee of a reader's result, as readable lines; empty when the result is sound. */
export function resultViolations(result: ValidationResult): string[] {
  const found: string[] = [];
  const fail = (what: string, value?: unknown): void => {
    found.push(value === undefined ? what : `${what}: ${safeJson(value)}`);
  };

  if (!result.ok) {
    if (result.problems.length === 0) fail('failed without a problem');
    for (const p of result.problems) checkItem(p, PROBLEM_CODES, fail);
    return found;
  }

  const { dataset, warnings } = result;
  if (dataset.records.length + dataset.institutions.length === 0) fail('accepted a dataset with nothing in it');
  for (const w of warnings) checkItem(w, WARNING_CODES, fail);
  const keys = dataset.dimensions.map((d) => d.key);
  for (const d of dataset.dimensions) {
    if (d.key.trim() === '' || !Number.isFinite(d.weight) || d.weight < 0 || Object.is(d.weight, -0)) {
      fail('bad dimension', d);
    }
  }
  for (const band of dataset.gradeScale ?? []) {
    if (!isScore(band.min) || band.min === null) fail('bad grade band', band);
  }
  for (const inst of dataset.institutions) {
    if (!isYear(inst.year)) fail('institution year out of range', inst);
    if (!isScore(inst.score)) fail('institution score out of range', inst);
    if (inst.name.trim() === '') fail('institution without a name', inst);
  }
  for (const r of dataset.records) {
    if (!isYear(r.year)) fail('record year out of range', r);
    if (!isScore(r.total)) fail('record total out of range', r);
    if (r.institution.trim() === '' || r.unit.trim() === '') fail('record without institution or unit', r);
    const recordKeys = Object.keys(r.dimensions);
    if (recordKeys.length !== keys.length || keys.some((k) => !Object.hasOwn(r.dimensions, k))) {
      fail('record dimensions differ from the dataset dimensions', r);
    }
    for (const k of recordKeys) if (!isScore(r.dimensions[k])) fail(`record dimension ${k} out of range`, r);
    if (r.totalComputed && r.total === null) fail('computed total is unknown', r);
  }
  return found;
}

function checkItem(
  item: Problem | DataWarning,
  codes: ReadonlySet<string>,
  fail: (what: string, value?: unknown) => void,
): void {
  if (!codes.has(item.code)) fail('unknown code', item);
  if (!isValidPlace(item.place)) fail('invalid place', item);
  if (item.field !== undefined && (typeof item.field !== 'string' || item.field === '')) fail('invalid field', item);
  for (const [key, value] of Object.entries(item.params ?? {})) {
    const ok = typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
    if (!ok) fail(`param ${key} is neither text nor a finite number`, item);
  }
}

export function isValidPlace(place: ProblemPlace): boolean {
  switch (place.kind) {
    case 'file':
      return true;
    case 'record':
    case 'institution':
    case 'dimension':
      return Number.isSafeInteger(place.index) && place.index >= 0;
    case 'row':
      return Number.isSafeInteger(place.row) && place.row >= 1;
    case 'page':
      return Number.isSafeInteger(place.page) && place.page >= 1;
    default:
      return false;
  }
}

/** -0 is within range but would be shown as "-0,00". */
function isScore(value: Score | undefined): boolean {
  if (value === null) return true;
  if (typeof value !== 'number' || Object.is(value, -0)) return false;
  return Number.isFinite(value) && value >= SCORE_MIN && value <= SCORE_MAX;
}

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value).slice(0, 300);
  } catch {
    return String(typeof value);
  }
}
