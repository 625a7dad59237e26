// Zod schemas for each part of the dataset contract. Every zod message is one of our ProblemCodes
// (set at the check that fails), so `issuesToProblems` can turn issues into Problems without
// guessing from zod's own prose, which is never shown.
import { z } from 'zod';
import type { Problem, ProblemCode, ProblemPlace } from './model';
import { SCORE_MAX, SCORE_MIN, UNSAFE_KEYS, YEAR_MAX, YEAR_MIN, ZONES } from './schema-bounds';

// Kept importable from here for the tests and tools that read the schemas' bounds.
export { SCORE_MAX, SCORE_MIN, YEAR_MAX, YEAR_MIN };

// The built page's Content-Security-Policy forbids eval, which zod probes for (and would use) when its
// first object schema is made. Set here, before any schema, so the page and the parse worker (which
// loads these schemas without the page's start-up code) both run zod without it.
z.config({ jitless: true });

/** Zod error maps: absent (undefined or null) is `missing`, any other failure `code`. */
const missingOr =
  (code: ProblemCode, missing: ProblemCode = 'required') =>
  (issue: { input?: unknown }): ProblemCode =>
    issue.input === undefined || issue.input === null ? missing : code;

const text = z.string({ error: missingOr('notText') });

/** A trimmed, non-empty string. */
export const requiredText = text.trim().min(1, 'required');

/** A trimmed string; absent, null and blank all mean "not given". */
export const optionalText = text
  .trim()
  .nullish()
  .transform((s) => (s ? s : undefined))
  .optional();

/**
 * -0 passes `min(0)` but is formatted "-0,00"; a "-0" cell or literal is read as 0. Applied with
 * `overwrite`, not `transform`: a transform wraps the number in a pipe, which costs every score a
 * second parse step (about a fifth of a national file's validation).
 */
const withoutNegativeZero = (n: number): number => (Object.is(n, -0) ? 0 : n);

/** A score on the 0–100 scale, or null (unknown). Absent is reported by the caller's `.optional()`. */
export const score = z
  .number({ error: missingOr('notNumber') })
  .min(SCORE_MIN, 'outOfRange')
  .max(SCORE_MAX, 'outOfRange')
  .overwrite(withoutNegativeZero)
  .nullable();

export const year = z
  .number({ error: missingOr('notNumber') })
  .int('yearOutOfRange')
  .min(YEAR_MIN, 'yearOutOfRange')
  .max(YEAR_MAX, 'yearOutOfRange');

const optionalUrl = optionalText.pipe(z.url({ protocol: /^https?$/, error: 'badUrl' }).optional());
// z.iso.date checks the calendar too (no 2023-02-29, no month 13).
const optionalDate = optionalText.pipe(z.iso.date({ error: 'badDate' }).optional());

const objectOf = <Shape extends z.core.$ZodShape>(shape: Shape) => z.object(shape, { error: 'wrongShape' });

export const sourceSchema = objectOf({
  name: optionalText,
  url: optionalUrl,
  retrieved: optionalDate,
})
  .nullish()
  // Drop members that were not given; a source with none is no source.
  .transform((s) => {
    const given = s ? withoutUndefined(s) : {};
    return Object.keys(given).length > 0 ? given : undefined;
  })
  .optional();

const optionalBoolean = z.boolean({ error: 'invalid' }).nullish();

/** A dimension key; `__proto__` is refused because scores are looked up by key in plain objects. */
export const dimensionKey = requiredText.refine((key) => !UNSAFE_KEYS.has(key), { error: 'invalid' });

export const dimensionSchema = objectOf({
  key: dimensionKey,
  label: optionalText,
  weight: z
    .number({ error: missingOr('badWeight') })
    .min(0, 'badWeight')
    .overwrite(withoutNegativeZero),
}).transform((d) => ({ key: d.key, label: d.label ?? d.key, weight: d.weight }));

/** A part of the score (public trust, compliance with supervision products): a score, absent when not given. */
const scorePart = score.optional().transform((s) => s ?? undefined);

/**
 * An entity's reported result. The opinion, zone and grade stay text here: what they may be depends
 * on the year's method, which `checkInstitution` (published-results.ts) applies for both validators.
 */
export const institutionSchema = objectOf({
  year,
  name: requiredText,
  score: score.optional().transform((s) => s ?? null),
  grade: optionalText,
  opinion: optionalText,
  tanpaMaladministrasi: optionalBoolean,
  zone: optionalText,
  assessed: optionalBoolean,
  publicTrust: scorePart,
  supervisionCompliance: scorePart,
  source: sourceSchema,
}).transform(withoutUndefined);

export type ParsedInstitution = z.output<typeof institutionSchema>;

export const nationalAverageSchema = objectOf({
  year,
  score: z
    .number({ error: missingOr('notNumber') })
    .min(SCORE_MIN, 'outOfRange')
    .max(SCORE_MAX, 'outOfRange')
    .overwrite(withoutNegativeZero),
  source: sourceSchema,
}).transform(withoutUndefined);

export const defaultViewSchema = objectOf({ year, institution: requiredText });

export const gradeBandSchema = objectOf({
  grade: optionalText,
  min: z
    .number({ error: missingOr('notNumber') })
    .min(SCORE_MIN, 'outOfRange')
    .max(SCORE_MAX, 'outOfRange')
    .overwrite(withoutNegativeZero),
  zone: z.enum(ZONES, { error: missingOr('badGradeScale') }),
}).transform(withoutUndefined);

/**
 * A unit record whose `dimensions` may hold the given keys only; other keys are stripped here and
 * reported as unknown by the caller, which sees the raw input.
 */
export function recordSchema(dimensionKeys: readonly string[]) {
  const scores = objectOf(Object.fromEntries(dimensionKeys.map((key) => [key, score.optional()])));
  // Keys such as `constructor` must not be read from Object.prototype when a record lacks them.
  return objectOf({
    year,
    institution: requiredText,
    unit: requiredText,
    unitShort: optionalText,
    unitType: optionalText,
    total: score.optional(),
    dimensions: z.preprocess(ownProperties, scores.nullish()),
    illustrative: optionalBoolean,
    quality: optionalText,
    compliance: optionalText,
    // Read only to say, from 2025, that it is not shown; a unit's zone is derived from its total.
    zone: optionalText,
    publicTrust: score.optional(),
    supervisionCompliance: score.optional(),
    source: sourceSchema,
  });
}

export type ParsedRecord = z.output<ReturnType<typeof recordSchema>>;

/** The top level; list items are parsed one by one so every item's problems are found. */
export const datasetSchema = objectOf({
  title: optionalText,
  source: sourceSchema,
  dimensions: z.array(z.unknown(), { error: 'wrongShape' }).nullish(),
  institutions: z.array(z.unknown(), { error: 'wrongShape' }).nullish(),
  gradeScale: z.array(z.unknown(), { error: 'wrongShape' }).nullish(),
  nationalAverages: z.array(z.unknown(), { error: 'wrongShape' }).nullish(),
  defaultView: z.unknown().optional(),
  records: z.array(z.unknown(), { error: missingOr('wrongShape', 'noRecords') }),
});

const PROBLEM_CODES: ReadonlySet<string> = new Set<ProblemCode>([
  'wrongShape',
  'noRecords',
  'required',
  'notNumber',
  'notText',
  'outOfRange',
  'yearOutOfRange',
  'badWeight',
  'badUrl',
  'badDate',
  'badGradeScale',
  'invalid',
]);

function isProblemCode(message: string): message is ProblemCode {
  return PROBLEM_CODES.has(message);
}

const ABSENCE_CODES: ReadonlySet<ProblemCode> = new Set(['required', 'noRecords']);

/** Fixed bounds a reader needs to correct the value; kept as raw numbers for the UI. */
const BOUNDS: Partial<Record<ProblemCode, Record<string, number>>> = {
  outOfRange: { min: SCORE_MIN, max: SCORE_MAX },
  yearOutOfRange: { min: YEAR_MIN, max: YEAR_MAX },
  badWeight: { min: 0 },
};

/** Converts zod issues found under `fieldPrefix` of an item at `place` into Problems. */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  place: ProblemPlace,
  fieldPrefix: readonly PropertyKey[] = [],
): Problem[] {
  return issues.map((issue) => {
    const code = isProblemCode(issue.message) ? issue.message : 'invalid';
    const params: Record<string, string | number> = {};
    // "Required" says all there is: a blank or null value adds nothing.
    if (issue.input !== undefined && !ABSENCE_CODES.has(code)) params.value = describeValue(issue.input);
    if (issue.code === 'invalid_type' && code === 'wrongShape') params.expected = issue.expected;
    Object.assign(params, BOUNDS[code]);
    const path = [...fieldPrefix, ...issue.path].map(String);
    const problem: Problem = { place, code };
    if (path.length > 0) problem.field = path.join('.');
    if (Object.keys(params).length > 0) problem.params = params;
    return problem;
  });
}

const MAX_TEXT_PARAM = 80;

/**
 * A raw value as a problem parameter: numbers and short text as they are, anything else by its kind.
 * Never calls a value's own toString, which may be missing or throw.
 */
export function describeValue(value: unknown): string | number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string') return value.length > MAX_TEXT_PARAM ? `${value.slice(0, MAX_TEXT_PARAM)}…` : value;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A copy without prototype of a plain object's own properties, so keys like `constructor` read as absent. */
export function ownProperties(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.assign(Object.create(null) as Record<string, unknown>, value);
}

function withoutUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}
