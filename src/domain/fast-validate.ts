// A validator for input with nothing wrong in it, written by hand so that it loads without zod and runs
// several times faster than the schemas. It says only "fine, here is the dataset" or "not sure" (null);
// for the latter the caller runs the full validator, which finds and locates every problem. Whenever it
// answers, it gives exactly what validateDataset gives (tests prove it over random and real input).
//
// It reads input as JSON.parse or structured clone produce it: plain objects holding their fields as own,
// enumerable data properties. Anything else (class instances, holes in lists, boxed values) is "not sure".
// validateDataset runs it first; the browser's first download has it without zod (see src/data/read-url.ts).
import type {
  DataWarning,
  Dimension,
  GradeBand,
  InstitutionResult,
  NationalAverage,
  Score,
  SourceInfo,
  UnitRecord,
  ValidationResult,
  Zone,
} from './model';
import type { ParsedRecord } from './schema';
import { DEFAULT_DIMENSIONS } from './dimensions';
import { recordNormalizer } from './normalize';
import { checkInstitution, checkUnitFields, type UnitExtras } from './published-results';
import { SCORE_MAX, SCORE_MIN, UNSAFE_KEYS, YEAR_MAX, YEAR_MIN, ZONES } from './schema-bounds';
import { assembleDataset } from './validate-assemble';

/** A value the schemas would refuse, or one this path does not handle: the answer is then null. */
const BAD: unique symbol = Symbol('bad');
type Bad = typeof BAD;

export function validateWellFormed(raw: unknown): ValidationResult | null {
  try {
    return wellFormed(raw);
  } catch {
    // Only input no parser produces (throwing getters, proxies) gets here; the full validator reports it.
    return null;
  }
}

function wellFormed(raw: unknown): ValidationResult | null {
  const input = Array.isArray(raw) ? { records: raw } : raw;
  if (!isPlainObject(input)) return null;
  const title = optionalText(input.title);
  const source = sourceInfo(input.source);
  if (title === BAD || source === BAD) return null;

  const gradeScale = input.gradeScale == null ? undefined : gradeBands(input.gradeScale);
  const defaultDimensions = input.dimensions == null;
  const dimensions = defaultDimensions ? DEFAULT_DIMENSIONS.map((d) => ({ ...d })) : dimensionList(input.dimensions);
  if (gradeScale === BAD) return null;
  const institutions =
    input.institutions == null ? { list: [], warnings: [] } : institutionList(input.institutions, gradeScale);
  const nationalAverages = input.nationalAverages == null ? undefined : nationalAverageList(input.nationalAverages);
  const defaultView = input.defaultView == null ? undefined : defaultViewOf(input.defaultView);
  if (dimensions === BAD || institutions === BAD) return null;
  if (nationalAverages === BAD || defaultView === BAD) return null;

  const items = input.records;
  if (!Array.isArray(items)) return null;
  if (items.length === 0 && institutions.list.length === 0) return null;
  const checked = recordList(items, dimensions, defaultDimensions);
  if (checked === BAD) return null;

  return assembleDataset({
    title,
    source,
    gradeScale,
    dimensions,
    defaultDimensions,
    institutions: institutions.list,
    nationalAverages,
    defaultView,
    records: checked.records,
    recordWarnings: [...institutions.warnings, ...checked.warnings],
  });
}

function nationalAverageList(value: unknown): NationalAverage[] | Bad {
  if (!Array.isArray(value)) return BAD;
  const averages: NationalAverage[] = [];
  for (const item of value) {
    if (!isPlainObject(item)) return BAD;
    const source = sourceInfo(item.source);
    if (!isYear(item.year) || !isInRange(item.score) || source === BAD) return BAD;
    const average: NationalAverage = { year: item.year, score: withoutNegativeZero(item.score) };
    if (source !== undefined) average.source = source;
    averages.push(average);
  }
  return averages;
}

function defaultViewOf(value: unknown): { year: number; institution: string } | Bad {
  if (!isPlainObject(value)) return BAD;
  const institution = requiredText(value.institution);
  if (!isYear(value.year) || institution === BAD) return BAD;
  return { year: value.year, institution };
}

function dimensionList(value: unknown): Dimension[] | Bad {
  if (!Array.isArray(value)) return BAD;
  const dimensions: Dimension[] = [];
  const keys = new Set<string>();
  for (const item of value) {
    if (!isPlainObject(item)) return BAD;
    const key = requiredText(item.key);
    const label = optionalText(item.label);
    const weight = item.weight;
    if (key === BAD || label === BAD || UNSAFE_KEYS.has(key) || keys.has(key)) return BAD;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) return BAD;
    keys.add(key);
    dimensions.push({ key, label: label ?? key, weight: withoutNegativeZero(weight) });
  }
  return dimensions;
}

function gradeBands(value: unknown): GradeBand[] | Bad {
  if (!Array.isArray(value)) return BAD;
  const bands: GradeBand[] = [];
  const mins = new Set<number>();
  for (const item of value) {
    if (!isPlainObject(item)) return BAD;
    const grade = optionalText(item.grade);
    const min = item.min;
    const zone = item.zone;
    if (grade === BAD || !isInRange(min) || !isZone(zone)) return BAD;
    const from = withoutNegativeZero(min);
    if (mins.has(from)) return BAD;
    mins.add(from);
    // Fields in the order the schema gives them, absent ones left out.
    bands.push(grade === undefined ? { min: from, zone } : { grade, min: from, zone });
  }
  // Without a band from 0 some scores would have no grade.
  if (!mins.has(0)) return BAD;
  return bands.sort((a, b) => b.min - a.min);
}

function institutionList(
  value: unknown,
  gradeScale: GradeBand[] | undefined,
): { list: InstitutionResult[]; warnings: DataWarning[] } | Bad {
  if (!Array.isArray(value)) return BAD;
  const list: InstitutionResult[] = [];
  const warnings: DataWarning[] = [];
  for (let index = 0; index < value.length; index += 1) {
    const item: unknown = value[index];
    if (!isPlainObject(item)) return BAD;
    const name = requiredText(item.name);
    const score = optionalScore(item.score);
    const grade = optionalText(item.grade);
    const opinion = optionalText(item.opinion);
    const zone = optionalText(item.zone);
    const { tanpaMaladministrasi, assessed } = item;
    const publicTrust = optionalScore(item.publicTrust);
    const supervisionCompliance = optionalScore(item.supervisionCompliance);
    const source = sourceInfo(item.source);
    if (!isYear(item.year) || name === BAD || score === BAD || grade === BAD || source === BAD) return BAD;
    if (opinion === BAD || zone === BAD || publicTrust === BAD || supervisionCompliance === BAD) return BAD;
    if (!isOptionalBoolean(tanpaMaladministrasi) || !isOptionalBoolean(assessed)) return BAD;
    const checked = checkInstitution(
      {
        year: item.year,
        name,
        score: score ?? null,
        grade,
        opinion,
        tanpaMaladministrasi,
        zone,
        assessed,
        publicTrust: publicTrust ?? undefined,
        supervisionCompliance: supervisionCompliance ?? undefined,
        source,
      },
      index,
      gradeScale,
    );
    if (!checked.ok) return BAD;
    list.push(checked.value);
    for (const w of checked.warnings) warnings.push(w);
  }
  return { list, warnings };
}

function isOptionalBoolean(value: unknown): value is boolean | null | undefined {
  return value == null || typeof value === 'boolean';
}

function recordList(
  items: readonly unknown[],
  dimensions: readonly Dimension[],
  defaultDimensions: boolean,
): { records: UnitRecord[]; warnings: DataWarning[] } | Bad {
  const keys = dimensions.map((d) => d.key);
  const normalize = recordNormalizer(dimensions, { defaultDimensions });
  const records: UnitRecord[] = new Array<UnitRecord>(items.length);
  const warnings: DataWarning[] = [];
  for (let index = 0; index < items.length; index += 1) {
    const parsed = parsedRecord(items[index], keys);
    if (parsed === BAD) return BAD;
    let extras: UnitExtras | undefined;
    if (hasPublishedFields(parsed)) {
      const published = checkUnitFields(parsed, index);
      if (!published.ok) return BAD;
      extras = published.value;
      for (const w of published.warnings) warnings.push(w);
    }
    const normalized = normalize(parsed, index, extras);
    records[index] = normalized.record;
    for (const w of normalized.warnings) warnings.push(w);
  }
  return { records, warnings };
}

/** Most records carry none of the 2025 fields: they skip the published-result checks. */
function hasPublishedFields(parsed: ParsedRecord): boolean {
  return (
    parsed.quality !== undefined ||
    parsed.compliance !== undefined ||
    parsed.zone !== undefined ||
    parsed.publicTrust !== undefined ||
    parsed.supervisionCompliance !== undefined
  );
}

/** A record as the schema would parse it, or BAD. */
function parsedRecord(item: unknown, keys: readonly string[]): ParsedRecord | Bad {
  if (!isPlainObject(item)) return BAD;
  const { year, total, illustrative } = item;
  if (!isYear(year)) return BAD;
  const institution = requiredText(item.institution);
  const unit = requiredText(item.unit);
  const unitShort = optionalText(item.unitShort);
  const unitType = optionalText(item.unitType);
  const source = sourceInfo(item.source);
  if (institution === BAD || unit === BAD || unitShort === BAD || unitType === BAD || source === BAD) return BAD;
  if (total != null && !isInRange(total)) return BAD;
  if (illustrative != null && typeof illustrative !== 'boolean') return BAD;
  const dimensions = scoresOf(item.dimensions, keys);
  if (dimensions === BAD) return BAD;
  // At least one score: a total or a dimension.
  if (total == null && (dimensions == null || !hasKnownScore(dimensions, keys))) return BAD;
  const quality = optionalText(item.quality);
  const compliance = optionalText(item.compliance);
  const zone = optionalText(item.zone);
  const publicTrust = optionalScore(item.publicTrust);
  const supervisionCompliance = optionalScore(item.supervisionCompliance);
  if (quality === BAD || compliance === BAD || zone === BAD) return BAD;
  if (publicTrust === BAD || supervisionCompliance === BAD) return BAD;

  const parsed: ParsedRecord = { year, institution, unit, dimensions, illustrative };
  if (unitShort !== undefined) parsed.unitShort = unitShort;
  if (unitType !== undefined) parsed.unitType = unitType;
  if (total !== undefined) parsed.total = total === null ? null : withoutNegativeZero(total);
  if (quality !== undefined) parsed.quality = quality;
  if (compliance !== undefined) parsed.compliance = compliance;
  if (zone !== undefined) parsed.zone = zone;
  if (publicTrust !== undefined) parsed.publicTrust = publicTrust;
  if (supervisionCompliance !== undefined) parsed.supervisionCompliance = supervisionCompliance;
  if (source !== undefined) parsed.source = source;
  return parsed;
}

/** A record's dimension scores: every key one of the dataset's, every value a score or null. */
function scoresOf(value: unknown, keys: readonly string[]): Record<string, Score | undefined> | null | undefined | Bad {
  if (value == null) return value;
  if (!isPlainObject(value)) return BAD;
  let negativeZero = false;
  for (const key in value) {
    // for-in lists inherited keys too; the schemas ignore those, so such input is left to them.
    if (!Object.hasOwn(value, key) || !keys.includes(key)) return BAD;
    const score = value[key];
    if (score != null && !isInRange(score)) return BAD;
    if (Object.is(score, -0)) negativeZero = true;
  }
  if (!negativeZero) return value as Record<string, Score | undefined>;
  const copy: Record<string, Score | undefined> = {};
  for (const key of Object.keys(value)) {
    const score = value[key] as Score | undefined;
    copy[key] = typeof score === 'number' ? withoutNegativeZero(score) : score;
  }
  return copy;
}

function hasKnownScore(scores: Readonly<Record<string, Score | undefined>>, keys: readonly string[]): boolean {
  return keys.some((key) => Object.hasOwn(scores, key) && scores[key] != null);
}

function sourceInfo(value: unknown): SourceInfo | undefined | Bad {
  if (value == null) return undefined;
  if (!isPlainObject(value)) return BAD;
  const name = optionalText(value.name);
  const givenUrl = optionalText(value.url);
  const url = givenUrl === undefined || givenUrl === BAD ? givenUrl : webUrl(givenUrl);
  const retrieved = optionalText(value.retrieved);
  if (name === BAD || url === BAD || retrieved === BAD) return BAD;
  if (retrieved !== undefined && !isCalendarDate(retrieved)) return BAD;
  const source: SourceInfo = {};
  if (name !== undefined) source.name = name;
  if (url !== undefined) source.url = url;
  if (retrieved !== undefined) source.retrieved = retrieved;
  return name === undefined && url === undefined && retrieved === undefined ? undefined : source;
}

/** A trimmed, non-empty string. */
function requiredText(value: unknown): string | Bad {
  if (typeof value !== 'string') return BAD;
  const text = value.trim();
  return text === '' ? BAD : text;
}

/** A trimmed string; absent, null and blank are all "not given". */
function optionalText(value: unknown): string | undefined | Bad {
  if (value == null) return undefined;
  if (typeof value !== 'string') return BAD;
  const text = value.trim();
  return text === '' ? undefined : text;
}

function optionalScore(value: unknown): number | null | undefined | Bad {
  if (value == null) return value;
  return isInRange(value) ? withoutNegativeZero(value) : BAD;
}

function isInRange(value: unknown): value is number {
  // NaN fails both comparisons; ±Infinity fails one.
  return typeof value === 'number' && value >= SCORE_MIN && value <= SCORE_MAX;
}

function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX;
}

function isZone(value: unknown): value is Zone {
  return typeof value === 'string' && (ZONES as readonly string[]).includes(value);
}

/**
 * An absolute http(s) address as the schema's URL check reads it: it must start with the scheme and
 * slashes, must parse, and loses the tabs and line breaks that the URL parser skips.
 */
function webUrl(text: string): string | Bad {
  if (!/^https?:\/\//i.test(text)) return BAD;
  try {
    const { protocol } = new URL(text);
    if (protocol !== 'http:' && protocol !== 'https:') return BAD;
  } catch {
    return BAD;
  }
  return text.replace(/[\t\n\r]/g, '');
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** YYYY-MM-DD naming a day of the (proleptic Gregorian) calendar. */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= days;
}

/** -0 is within range but is formatted "-0,00"; it is read as 0. */
function withoutNegativeZero(value: number): number {
  return value === 0 ? 0 : value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
