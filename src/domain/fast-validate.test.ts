import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateNational, toCanonicalJson as generatedJson } from '../../scripts/gen-national.mjs';
import { toCanonicalJson } from './canonical';
import { validateWellFormed } from './fast-validate';
import type { ValidationResult } from './model';
import {
  datasetLike,
  DIMENSION_KEYS,
  HOSTILE_NAMES,
  methodYear,
  nearlyValidRecord,
  rawRecordLike,
  wellFormedDefaultView,
  wellFormedGradeFields,
  wellFormedNationalAverages,
  wellFormedOpinionFields,
  wellFormedUnitFieldsBefore2025,
  wellFormedUnitWordFields,
} from './testing/raw-arbitraries';
import { batang2024, multiEntityMultiYear } from './testing/fixtures';
import { validateDataset, validateWithSchemas } from './validate';

const RUNS = Number(process.env.FC_RUNS ?? 400);
const PROPERTY_TIMEOUT_MS = Math.max(30_000, RUNS * 20);
const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The fast path's promise: when it answers, it answers exactly as the schemas do (same values, same key
 * order, same warnings in the same order). Returns whether it answered.
 */
function expectSameWhenAnswered(raw: unknown): boolean {
  const fast = validateWellFormed(raw);
  if (fast === null) return false;
  const full = validateWithSchemas(raw);
  expect(fast).toStrictEqual(full);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(full));
  return true;
}

/** Both promises: the same answer, and an answer whenever the schemas accept the input. */
function expectSameAnswer(raw: unknown): ValidationResult {
  const full = validateWithSchemas(raw);
  const fast = validateWellFormed(raw);
  if (full.ok) {
    expect(fast).toStrictEqual(full);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(full));
  } else {
    expect(fast).toBeNull();
  }
  return full;
}

// Input that is valid more often than not, with every optional form the contract allows: absent, null
// and blank fields, -0, unknown scores, extra keys, duplicates, hostile names, sources and grade scales.
// Each field is rarely invalid, so that most datasets are accepted and some are refused for one reason.
const rarely = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 30, arbitrary: valid }, { weight: 1, arbitrary: invalid });
const text = rarely(
  fc.oneof(
    fc.constantFrom('Kabupaten Batang', 'Dinsos', 'Puskesmas Batang I', ' Kota  Magelang ', 'Café – Unit “B”'),
    fc.constantFrom(...HOSTILE_NAMES.filter((name) => name.trim() !== '')),
    fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ''),
  ),
  fc.constantFrom('', '  ', 5, null),
);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.constantFrom(undefined, null, '', '  '));
const score = rarely(
  fc.oneof(
    { weight: 6, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
    fc.constantFrom(0, -0, 100, 93.74, null),
  ),
  fc.constantFrom(100.01, -1, Number.NaN, Infinity, '90'),
);
const year = rarely(
  fc.oneof(fc.constantFrom(2000, 2022, 2023, 2024, 2100), methodYear),
  fc.constantFrom(1999, 2101, 2024.5, '2024'),
);
/** The published-result fields that fit the item's year: opinions and unit words from 2025, grades before. */
const withYearFields =
  (from2025: fc.Arbitrary<Record<string, unknown>>, before: fc.Arbitrary<Record<string, unknown>>) =>
  (item: Record<string, unknown>) =>
    (typeof item.year === 'number' && item.year >= 2025 ? from2025 : before).map((fields) => ({ ...item, ...fields }));
const DEFAULT_KEYS = ['input', 'proses', 'output', 'pengaduan'] as const;
const scoreKey = rarely(fc.constantFrom(...DEFAULT_KEYS), fc.constantFrom(...DIMENSION_KEYS));
const source = fc.oneof(
  fc.constantFrom(undefined, null),
  fc.record(
    {
      name: optional(text),
      url: optional(
        rarely(
          fc.oneof(fc.webUrl(), fc.constantFrom('https://ombudsman.go.id/', ' HTTPS://ombudsman.go.id/x?y=1 ')),
          fc.constantFrom(
            'https://exa\tmple.com/',
            'ht\ttp://x.id',
            'http:example.com',
            'ftp://x',
            'https://',
            'ombudsman.go.id',
          ),
        ),
      ),
      retrieved: optional(
        rarely(
          fc.oneof(
            fc.constantFrom('2024-12-03', '2024-02-29', '2000-02-29', '0000-02-29'),
            fc
              .date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) })
              .map((d) => d.toISOString().slice(0, 10)),
          ),
          fc.constantFrom('2023-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-4-1', '03/12/2024'),
        ),
      ),
    },
    { requiredKeys: [] },
  ),
);
const wellFormedRecordIn = (years: fc.Arbitrary<unknown>) =>
  fc
    .record(
      {
        year: years,
        institution: text,
        unit: text,
        unitShort: optional(text),
        unitType: optional(text),
        total: fc.oneof(score, fc.constant(undefined)),
        dimensions: fc.oneof(
          { weight: 5, arbitrary: fc.dictionary(scoreKey, score, { maxKeys: 5 }) },
          fc.constantFrom(undefined, null),
        ),
        illustrative: rarely(fc.constantFrom(true, false, null, undefined), fc.constantFrom('ya', 1)),
        source,
        note: fc.constantFrom(undefined, 'an extra field, ignored'),
      },
      { requiredKeys: ['year', 'institution', 'unit'] },
    )
    .chain(withYearFields(wellFormedUnitWordFields, wellFormedUnitFieldsBefore2025));
const dimensionList = fc.uniqueArray(
  fc.record(
    {
      key: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...DEFAULT_KEYS) }, fc.constantFrom(...DIMENSION_KEYS)),
      label: optional(text),
      weight: rarely(
        fc.oneof(fc.double({ min: 0, max: 50, noNaN: true }), fc.constantFrom(0, -0, 21.85)),
        fc.constant(-1),
      ),
    },
    { requiredKeys: ['key', 'weight'] },
  ),
  { selector: (d) => d.key, maxLength: 5 },
);
const gradeBands = fc
  .uniqueArray(
    fc.record(
      {
        grade: optional(fc.constantFrom('A', 'B', 'C')),
        min: fc.oneof(fc.constantFrom(54, 88, 100), fc.double({ min: 0, max: 100, noNaN: true })),
        zone: rarely(fc.constantFrom('hijau', 'kuning', 'merah'), fc.constant('biru')),
      },
      { requiredKeys: ['min', 'zone'] },
    ),
    { selector: (b) => b.min, maxLength: 4 },
  )
  .chain((bands) =>
    // Usually with the band from 0 the contract requires, in any place; sometimes without it.
    fc.oneof(
      {
        weight: 8,
        arbitrary: fc.constantFrom(0, -0).map((min) => [...bands.filter((b) => b.min !== 0), { min, zone: 'merah' }]),
      },
      fc.constant(bands),
    ),
  );
const wellFormedDatasetIn = (years: fc.Arbitrary<unknown>) =>
  fc.record(
    {
      title: optional(text),
      source,
      dimensions: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(undefined, null) }, dimensionList),
      institutions: fc.oneof(
        fc.constantFrom(undefined, null),
        fc.array(
          fc
            .record(
              {
                year: years,
                name: text,
                score: fc.oneof(score, fc.constant(undefined)),
                grade: optional(text),
                source,
              },
              { requiredKeys: ['year', 'name'] },
            )
            .chain(withYearFields(wellFormedOpinionFields, wellFormedGradeFields)),
          { maxLength: 4 },
        ),
      ),
      gradeScale: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, fc.constant(null), gradeBands),
      nationalAverages: wellFormedNationalAverages,
      defaultView: wellFormedDefaultView,
      // Repeated records make duplicate units; institutions' names often match the records'.
      records: fc
        .array(wellFormedRecordIn(years), { maxLength: 8 })
        .chain((records) => fc.constantFrom(records, [...records, ...records.slice(0, 2)])),
    },
    { requiredKeys: ['records'] },
  );
const wellFormedDataset = wellFormedDatasetIn(year);
/** Every item of the years of the Penilaian Maladministrasi (2025, and later years assumed). */
const wellFormedDataset2025 = wellFormedDatasetIn(
  rarely(fc.integer({ min: 2025, max: 2027 }), fc.constantFrom(2024, '2025')),
);

describe('validateWellFormed: the same answer as the schemas', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('accepts exactly what the schemas accept among well-formed-looking datasets, with the same result', () => {
    let accepted = 0;
    fc.assert(
      fc.property(wellFormedDataset, (raw) => {
        // As a parser gives it: a JSON round trip drops undefined and turns -0 into 0, so both are kept too.
        const parsed: unknown = JSON.parse(JSON.stringify(raw));
        if (expectSameAnswer(parsed).ok) accepted += 1;
        expectSameWhenAnswered(raw);
      }),
      { numRuns: RUNS },
    );
    // The property must reach the accepting branch, not only refusals.
    expect(accepted).toBeGreaterThan(RUNS / 10);
  });

  it('reaches the published results of 2025: opinions, quality words, not assessed, national averages', () => {
    const reached = { opinion: 0, variant: 0, quality: 0, notAssessed: 0, average: 0, view: 0, needsWeights: 0 };
    fc.assert(
      fc.property(wellFormedDataset2025, (raw) => {
        const result = expectSameAnswer(JSON.parse(JSON.stringify(raw)));
        if (!result.ok) return;
        const { dataset, warnings } = result;
        if (dataset.institutions.some((i) => i.opinion !== undefined)) reached.opinion += 1;
        if (warnings.some((w) => w.code === 'opinionVariant')) reached.variant += 1;
        if (dataset.records.some((r) => r.quality !== undefined)) reached.quality += 1;
        if (dataset.institutions.some((i) => i.assessed === false)) reached.notAssessed += 1;
        if (dataset.nationalAverages !== undefined) reached.average += 1;
        if (dataset.defaultView !== undefined) reached.view += 1;
        if (warnings.some((w) => w.code === 'totalNeedsWeights')) reached.needsWeights += 1;
      }),
      { numRuns: RUNS },
    );
    expect(Object.entries(reached).filter(([, count]) => count === 0)).toEqual([]);
  });

  it('answers like the schemas, or not at all, for dataset-shaped input with random field types', () => {
    fc.assert(
      fc.property(datasetLike, (raw) => void expectSameWhenAnswered(raw)),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(nearlyValidRecord, rawRecordLike), { maxLength: 6 }), (records) => {
        expectSameWhenAnswered({ records });
        expectSameAnswer(JSON.parse(JSON.stringify({ records })));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws, and answers only like the schemas, for any JavaScript value', () => {
    const anything = fc.anything({
      maxDepth: 3,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withObjectString: true,
    });
    fc.assert(
      fc.property(anything, (raw) => {
        expectSameWhenAnswered(raw);
        expectSameWhenAnswered({ records: [raw] });
        expectSameWhenAnswered({ records: [{ year: 2024, institution: 'A', unit: 'B', total: 90, dimensions: raw }] });
      }),
      { numRuns: RUNS },
    );
  });

  it('is what validateDataset runs first: the same result either way', () => {
    fc.assert(
      fc.property(wellFormedDataset, (raw) => {
        expect(validateDataset(raw)).toStrictEqual(validateWithSchemas(raw));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('validateWellFormed: real data', () => {
  it('reads the bundled dataset and the JSON fixtures as the schemas do', () => {
    const files = [
      join(ROOT, 'public', 'data', 'rapor-default.json'),
      ...readdirSync(join(ROOT, 'tests', 'fixtures'))
        .filter((name) => name.endsWith('.json'))
        .map((name) => join(ROOT, 'tests', 'fixtures', name)),
    ];
    const answered = files.filter((file) => {
      const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
      const full = expectSameAnswer(raw);
      return full.ok;
    });
    expect(answered.map((file) => file.split('/').pop())).toEqual([
      'rapor-default.json',
      'batang-2024.json',
      'jateng-multi-year.json',
    ]);
  });

  it('reads the hostile fixtures as the schemas do (refusing the broken ones)', () => {
    const dir = join(ROOT, 'tests', 'fixtures', 'hostile');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      } catch {
        continue;
      }
      expectSameAnswer(raw);
    }
  });

  it('reads the national dataset as the schemas do, warnings included', () => {
    const raw: unknown = JSON.parse(generatedJson(generateNational({ scale: 0.5 })));
    const full = expectSameAnswer(raw);
    expect(full.ok && full.dataset.records.length).toBeGreaterThan(5000);
  });

  it('reads back canonical JSON of the test fixtures', () => {
    for (const dataset of [batang2024(), multiEntityMultiYear()]) {
      const full = expectSameAnswer(JSON.parse(JSON.stringify(toCanonicalJson(dataset))));
      expect(full.ok).toBe(true);
    }
  });
});

/** An array of `length` with `item` at its ends and a hole between. */
function sparse(length: number, item: unknown): unknown[] {
  const items: unknown[] = new Array<unknown>(length);
  items[0] = item;
  items[length - 1] = item;
  return items;
}

describe('validateWellFormed: edge cases', () => {
  const record = { year: 2024, institution: 'Kabupaten Batang', unit: 'Dinas Sosial', total: 95.07 };

  it('reads -0 as 0 wherever a number is given', () => {
    const result = validateWellFormed({
      dimensions: [{ key: 'input', weight: -0 }],
      gradeScale: [{ min: -0, zone: 'merah' }],
      institutions: [{ year: 2024, name: 'A', score: -0 }],
      records: [{ ...record, total: -0, dimensions: { input: -0 } }],
    });
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(Object.is(result.dataset.dimensions[0]?.weight, 0)).toBe(true);
    expect(Object.is(result.dataset.gradeScale?.[0]?.min, 0)).toBe(true);
    expect(Object.is(result.dataset.institutions[0]?.score, 0)).toBe(true);
    expect(Object.is(result.dataset.records[0]?.total, 0)).toBe(true);
    expect(Object.is(result.dataset.records[0]?.dimensions.input, 0)).toBe(true);
  });

  it('leaves every problem to the schemas', () => {
    for (const raw of [
      null,
      'text',
      [],
      {},
      { records: [] },
      { records: {} },
      { records: [{ ...record, year: 1999 }] },
      { records: [{ ...record, total: 100.01 }] },
      { records: [{ ...record, unit: '  ' }] },
      { records: [{ year: 2024, institution: 'A', unit: 'B' }] },
      { records: [{ ...record, dimensions: { kepuasan: 80 } }] },
      { records: [{ ...record, dimensions: [80] }] },
      { records: [{ ...record, illustrative: 'ya' }] },
      { records: [{ ...record, source: { url: 'ftp://x' } }] },
      { records: [{ ...record, source: { retrieved: '2023-02-29' } }] },
      {
        dimensions: [
          { key: 'a', weight: 1 },
          { key: ' a ', weight: 2 },
        ],
        records: [record],
      },
      { dimensions: [{ key: '__proto__', weight: 1 }], records: [record] },
      { gradeScale: [{ min: 50, zone: 'hijau' }], records: [record] },
      { gradeScale: [{ min: 0, zone: 'biru' }], records: [record] },
      { title: 5, records: [record] },
      // A hole is read as a missing record.
      { records: sparse(3, record) },
    ]) {
      expect(validateWellFormed(raw)).toBeNull();
      expect(validateWithSchemas(raw).ok).toBe(false);
    }
  });

  it('leaves to the schemas what they read differently from plain data: class instances, inherited keys', () => {
    class Row {
      year = 2024;
      institution = 'A';
      unit = 'B';
      total = 90;
    }
    expect(validateWellFormed({ records: [new Row()] })).toBeNull();
    const inherited = Object.create({ proses: 80 }) as Record<string, unknown>;
    inherited.input = 90;
    expect(validateWellFormed({ records: [{ ...record, dimensions: inherited }] })).toBeNull();
  });

  it('drops tabs and line breaks inside an address, as the URL parser and the schemas do', () => {
    const raw = { source: { url: ' https://exa\tmple.com/a\nb ' }, records: [record] };
    const result = expectSameAnswer(raw);
    expect(result.ok && result.dataset.source).toEqual({ url: 'https://example.com/ab' });
  });

  it('gives a dataset with nothing but entity results when they are there', () => {
    expectSameAnswer({ institutions: [{ year: 2024, name: 'A', score: 90 }], records: [] });
    expect(validateWellFormed({ institutions: [{ year: 2024, name: 'A', score: 90 }], records: [] })?.ok).toBe(true);
  });
});
