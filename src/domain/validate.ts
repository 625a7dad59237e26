// Checks parsed input against the dataset contract and returns either a normalised Dataset or every
// problem found, each with the place a person needs to fix it.
import type {
  DataWarning,
  Dimension,
  GradeBand,
  InstitutionResult,
  NationalAverage,
  Problem,
  ProblemPlace,
  UnitRecord,
  ValidationResult,
} from './model';
import { DEFAULT_DIMENSIONS } from './dimensions';
import { recordNormalizer } from './normalize';
import { checkInstitution, checkUnitFields } from './published-results';
import {
  datasetSchema,
  defaultViewSchema,
  describeValue,
  dimensionKey,
  dimensionSchema,
  gradeBandSchema,
  institutionSchema,
  issuesToProblems,
  nationalAverageSchema,
  ownProperties,
  recordSchema,
} from './schema';
import { assembleDataset } from './validate-assemble';

/** More problems than this are counted, not listed: nobody reads past the first screens. */
export const MAX_PROBLEMS = 200;

const FILE: ProblemPlace = { kind: 'file' };
const PARSE_OPTIONS = { reportInput: true } as const;

/** Checks every part of the input against the schemas, which find and locate every problem. */
export function validateDataset(raw: unknown): ValidationResult {
  try {
    return validate(raw);
  } catch {
    // A last guard for inputs no JSON or CSV parser produces (throwing getters, proxies).
    return { ok: false, problems: [{ place: FILE, code: 'invalid' }] };
  }
}

function validate(raw: unknown): ValidationResult {
  const input = ownProperties(Array.isArray(raw) ? { records: raw } : raw);
  const top = datasetSchema.safeParse(input, PARSE_OPTIONS);
  const problems: Problem[] = top.success ? [] : issuesToProblems(top.error.issues, FILE);
  if (!isObject(input)) return { ok: false, problems: capped(problems) };

  const gradeScale = checkGradeScale(input.gradeScale, problems);
  const { dimensions, knownKeys, defaulted } = checkDimensions(input.dimensions, problems);
  const institutionItems = Array.isArray(input.institutions) ? input.institutions : [];
  const { institutions, warnings: institutionWarnings } = checkInstitutions(institutionItems, gradeScale, problems);
  const nationalAverages = checkNationalAverages(input.nationalAverages, problems);
  const defaultView = checkDefaultView(input.defaultView, problems);
  const recordItems = Array.isArray(input.records) ? input.records : [];
  if (Array.isArray(input.records) && recordItems.length === 0 && institutionItems.length === 0) {
    problems.push({ place: FILE, field: 'records', code: 'noRecords' });
  }
  const { records, warnings: recordWarnings } = checkRecords(recordItems, dimensions, knownKeys, defaulted, problems);

  if (!top.success || problems.length > 0) return { ok: false, problems: capped(problems) };
  return assembleDataset({
    title: top.data.title,
    source: top.data.source,
    gradeScale,
    dimensions,
    defaultDimensions: defaulted,
    institutions,
    nationalAverages,
    defaultView,
    records,
    recordWarnings: [...institutionWarnings, ...recordWarnings],
  });
}

function checkNationalAverages(value: unknown, problems: Problem[]): NationalAverage[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const averages: NationalAverage[] = [];
  everyItem(value).forEach((item, index) => {
    const parsed = nationalAverageSchema.safeParse(ownProperties(item), PARSE_OPTIONS);
    if (parsed.success) averages.push(parsed.data);
    else problems.push(...issuesToProblems(parsed.error.issues, FILE, ['nationalAverages', index]));
  });
  return averages;
}

function checkDefaultView(value: unknown, problems: Problem[]): { year: number; institution: string } | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = defaultViewSchema.safeParse(ownProperties(value), PARSE_OPTIONS);
  if (parsed.success) return parsed.data;
  problems.push(...issuesToProblems(parsed.error.issues, FILE, ['defaultView']));
  return undefined;
}

function checkDimensions(
  value: unknown,
  problems: Problem[],
): { dimensions: Dimension[]; knownKeys: ReadonlySet<string>; defaulted: boolean } {
  if (!Array.isArray(value)) {
    // Absent (or of the wrong shape, already reported): records are read against the default four.
    const dimensions = DEFAULT_DIMENSIONS.map((d) => ({ ...d }));
    return { dimensions, knownKeys: new Set(dimensions.map((d) => d.key)), defaulted: true };
  }
  const dimensions: Dimension[] = [];
  const firstIndex = new Map<string, number>();
  everyItem(value).forEach((item, index) => {
    const place = { kind: 'dimension', index } as const;
    const input = ownProperties(item);
    const parsed = dimensionSchema.safeParse(input, PARSE_OPTIONS);
    // A dimension with a bad weight still names a key, so records using it are not reported as unknown too.
    const key = isObject(input) ? dimensionKey.safeParse(input.key) : undefined;
    const first = key?.success ? firstIndex.get(key.data) : undefined;
    if (key?.success && first === undefined) firstIndex.set(key.data, index);
    if (key?.success && first !== undefined) {
      problems.push({ place, field: 'key', code: 'duplicateDimension', params: { key: key.data, first } });
    }
    if (!parsed.success) problems.push(...issuesToProblems(parsed.error.issues, place));
    else dimensions.push(parsed.data);
  });
  return { dimensions, knownKeys: new Set(firstIndex.keys()), defaulted: false };
}

function checkGradeScale(value: unknown, problems: Problem[]): GradeBand[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const bands: GradeBand[] = [];
  const firstIndex = new Map<number, number>();
  everyItem(value).forEach((item, index) => {
    const prefix = ['gradeScale', index];
    const parsed = gradeBandSchema.safeParse(ownProperties(item), PARSE_OPTIONS);
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error.issues, FILE, prefix));
      return;
    }
    const first = firstIndex.get(parsed.data.min);
    if (first !== undefined) {
      problems.push({
        place: FILE,
        field: [...prefix, 'min'].join('.'),
        code: 'badGradeScale',
        params: { reason: 'duplicateMin', min: parsed.data.min, first },
      });
      return;
    }
    firstIndex.set(parsed.data.min, index);
    bands.push(parsed.data);
  });
  // Without a band from 0 some scores would have no grade. A band whose min is 0 but is otherwise
  // broken has been reported already, so it counts here.
  const coversZero = value.some((item) => isObject(item) && item.min === 0);
  if (!coversZero)
    problems.push({ place: FILE, field: 'gradeScale', code: 'badGradeScale', params: { reason: 'noZeroBand' } });
  return bands.sort((a, b) => b.min - a.min);
}

function checkInstitutions(
  items: readonly unknown[],
  gradeScale: GradeBand[] | undefined,
  problems: Problem[],
): { institutions: InstitutionResult[]; warnings: DataWarning[] } {
  const institutions: InstitutionResult[] = [];
  const warnings: DataWarning[] = [];
  everyItem(items).forEach((item, index) => {
    const parsed = institutionSchema.safeParse(ownProperties(item), PARSE_OPTIONS);
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error.issues, { kind: 'institution', index }));
      return;
    }
    const checked = checkInstitution(parsed.data, index, gradeScale);
    if (!checked.ok) {
      problems.push(...checked.problems);
      return;
    }
    institutions.push(checked.value);
    warnings.push(...checked.warnings);
  });
  return { institutions, warnings };
}

function checkRecords(
  items: readonly unknown[],
  dimensions: readonly Dimension[],
  knownKeys: ReadonlySet<string>,
  defaultDimensions: boolean,
  problems: Problem[],
): { records: UnitRecord[]; warnings: DataWarning[] } {
  const schema = recordSchema([...knownKeys]);
  const normalize = recordNormalizer(dimensions, { defaultDimensions });
  const records: UnitRecord[] = [];
  const warnings: DataWarning[] = [];
  everyItem(items).forEach((item, index) => {
    const place = { kind: 'record', index } as const;
    const input = ownProperties(item);
    const parsed = schema.safeParse(input, PARSE_OPTIONS);
    const found = parsed.success ? [] : issuesToProblems(parsed.error.issues, place);
    if (isObject(input)) found.push(...scoreProblems(input, knownKeys, place));
    if (!parsed.success || found.length > 0) {
      problems.push(...found);
      return;
    }
    const published = checkUnitFields(parsed.data, index);
    if (!published.ok) {
      problems.push(...published.problems);
      return;
    }
    const normalized = normalize(parsed.data, index, published.value);
    records.push(normalized.record);
    warnings.push(...published.warnings, ...normalized.warnings);
  });
  return { records, warnings };
}

/** Checks zod cannot express per field: dimension keys the dataset does not define, and no score at all. */
function scoreProblems(
  record: Readonly<Record<string, unknown>>,
  knownKeys: ReadonlySet<string>,
  place: ProblemPlace,
): Problem[] {
  const scores = ownProperties(record.dimensions);
  const given: Record<string, unknown> = isObject(scores) ? scores : {};
  const problems: Problem[] = Object.keys(given)
    .filter((key) => !knownKeys.has(key))
    .map((key) => ({
      place,
      field: `dimensions.${key}`,
      code: 'unknownDimension',
      params: { key: describeValue(key) },
    }));
  const hasScore =
    !isAbsent(record.total) || [...knownKeys].some((key) => Object.hasOwn(given, key) && !isAbsent(given[key]));
  if (!hasScore) problems.push({ place, code: 'noScores' });
  return problems;
}

function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { place: FILE, code: 'invalid', params: { more: problems.length - MAX_PROBLEMS } },
  ];
}

/** The items of a list, holes included: `forEach` skips the holes of a sparse array, which would vanish unreported. */
function everyItem(items: readonly unknown[]): unknown[] {
  return Array.from(items);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}
