// fast-check arbitraries for raw (unvalidated) dataset input: mostly the right shape with fields of
// random types and values near the edges, so a property run reaches the validator's every branch.
import fc from 'fast-check';

export const HOSTILE_NAMES = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '=HYPERLINK("x")',
  '__proto__',
  'constructor',
  '',
  '   ',
  '\u0000',
  'Café – Unit “B”',
] as const;

export const DIMENSION_KEYS = [
  'input',
  'proses',
  'output',
  'pengaduan',
  'kepuasan',
  'constructor',
  '__proto__',
] as const;

const scalar = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 8 }),
);

/** Numbers and look-alikes around the 0–100 scale. */
export const scoreLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
  { weight: 2, arbitrary: fc.double({ min: -1000, max: 1000 }) },
  fc.double(),
  fc.constantFrom(
    0,
    -0,
    100,
    -0.0001,
    100.0001,
    -5,
    Number.NaN,
    Infinity,
    -Infinity,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
  ),
  fc.constantFrom('93,74', '93.74', 'NaN', 'Infinity', '-Infinity', '1e999', '1e2', '', '-', ' 90 '),
  scalar,
  fc.constant([90]),
  fc.constant({ value: 90 }),
);

export const yearLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1995, max: 2105 }) },
  fc.constantFrom(1999, 2000, 2100, 2101, 2024.5, -2024, 0, Number.NaN, Infinity, Number.MAX_SAFE_INTEGER + 2),
  fc.constantFrom('2024', '2024,5', 'duaribu'),
  fc.double(),
  scalar,
);

export const textLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  fc.constantFrom(...HOSTILE_NAMES),
  fc.string({ unit: 'binary', maxLength: 6 }),
  scalar,
);

/** Opinions as the Ombudsman writes them (2025). */
export const OFFICIAL_OPINIONS = [
  'Kualitas Tertinggi Tanpa Maladministrasi',
  'Kualitas Tertinggi',
  'Kualitas Tinggi Tanpa Maladministrasi',
  'Kualitas Tinggi',
  'Kualitas Sedang Tanpa Maladministrasi',
  'Kualitas Sedang',
  'Kualitas Rendah',
  'Kualitas Terendah',
] as const;

/** Opinions as the press writes them: read as the official labels, with a note. */
export const PRESS_OPINIONS = [
  'kualitas sangat tinggi tanpa maladministrasi',
  'Opini Tertinggi',
  'Kualitas Tinggi Tanpa Potensi Maladministrasi',
  'Tertinggi',
  '  KUALITAS   sedang ',
] as const;

/** Texts that are no opinion: unit words, zones, grades, parts of a label, prototype keys. */
export const NOT_OPINIONS = [
  'Baik',
  'Zona Hijau',
  'A',
  'Kualitas',
  'Tanpa Maladministrasi',
  'constructor',
  'Bagus',
] as const;

/** Unit quality words (2025), their variants, and words that are none of the four. */
export const QUALITY_TEXTS = ['Sangat Baik', 'Baik', 'Cukup', 'Kurang', 'Kategori Baik', 'Good'] as const;
export const NOT_QUALITIES = ['Sangat Tinggi', 'Tinggi', 'Baik Sekali', 'constructor'] as const;

export const ZONE_TEXTS = ['Zona Hijau', 'zona kuning', 'merah', 'Green zone', 'Zona Biru', 'constructor'] as const;
export const COMPLIANCE_TEXTS = ['Tingkat Kepatuhan Tinggi', 'Kepatuhan Sedang', 'Tinggi'] as const;

/** Years around the change of method (2025) and after the last known one. */
export const methodYear: fc.Arbitrary<number> = fc.integer({ min: 2019, max: 2027 });

const opinionLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...OFFICIAL_OPINIONS, ...PRESS_OPINIONS) },
  fc.constantFrom(...NOT_OPINIONS),
  textLike,
);
const qualityLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...QUALITY_TEXTS) },
  fc.constantFrom(...NOT_QUALITIES),
  textLike,
);
const zoneLike: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom(...ZONE_TEXTS), textLike);
const complianceLike: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom(...COMPLIANCE_TEXTS), textLike);
const booleanLike: fc.Arbitrary<unknown> = fc.oneof(fc.boolean(), fc.constantFrom('ya', 'tidak', 1, 0), scalar);
const publishedYearLike: fc.Arbitrary<unknown> = fc.oneof({ weight: 2, arbitrary: methodYear }, yearLike);

const dimensionScores = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...DIMENSION_KEYS), scoreLike, { maxKeys: 5 }) },
  fc.dictionary(fc.string({ maxLength: 4 }), scoreLike, { maxKeys: 3 }),
  fc.array(scoreLike, { maxLength: 4 }),
  scalar,
);

const sourceLike = fc.oneof(
  fc.record(
    {
      name: textLike,
      url: fc.oneof(
        fc.webUrl(),
        fc.constantFrom('javascript:alert(1)', 'ftp://x', 'data:,x', 'ombudsman.go.id'),
        textLike,
      ),
      retrieved: fc.oneof(fc.constantFrom('2024-12-03', '2023-02-29', '03/12/2024'), textLike),
    },
    { requiredKeys: [] },
  ),
  scalar,
);

/** A unit record with any of its fields missing or of a random type. */
export const rawRecordLike: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        year: publishedYearLike,
        institution: textLike,
        unit: textLike,
        unitShort: textLike,
        unitType: textLike,
        total: scoreLike,
        dimensions: dimensionScores,
        illustrative: fc.oneof(fc.boolean(), scalar),
        quality: qualityLike,
        compliance: complianceLike,
        publicTrust: scoreLike,
        supervisionCompliance: scoreLike,
        source: sourceLike,
      },
      { requiredKeys: [] },
    ),
  },
  scalar,
  fc.array(scalar, { maxLength: 3 }),
);

/** A record that is valid apart from, perhaps, its scores: most runs then reach the range checks. */
export const nearlyValidRecord: fc.Arbitrary<unknown> = fc.record(
  {
    year: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(2022, 2023, 2024, 2025, 2026) }, yearLike),
    institution: fc.constantFrom('Kabupaten Batang', 'Kota Magelang', ...HOSTILE_NAMES),
    unit: fc.oneof(fc.constantFrom('Disdukcapil', 'Dinsos', 'Puskesmas'), fc.constantFrom(...HOSTILE_NAMES)),
    total: scoreLike,
    dimensions: dimensionScores,
    quality: qualityLike,
    compliance: complianceLike,
    publicTrust: scoreLike,
  },
  { requiredKeys: ['year', 'institution', 'unit', 'total', 'dimensions'] },
);

const dimensionListLike = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.array(
      fc.record(
        {
          key: fc.oneof(fc.constantFrom(...DIMENSION_KEYS), textLike),
          label: textLike,
          weight: fc.oneof(fc.double({ min: 0, max: 50, noNaN: true }), fc.constantFrom(-1, '21.85', Infinity), scalar),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 5 },
    ),
  },
  scalar,
);

const institutionLike = fc.oneof(
  fc.record(
    {
      year: publishedYearLike,
      name: textLike,
      score: scoreLike,
      grade: textLike,
      opinion: opinionLike,
      tanpaMaladministrasi: booleanLike,
      zone: zoneLike,
      assessed: booleanLike,
      publicTrust: scoreLike,
      supervisionCompliance: scoreLike,
      source: sourceLike,
    },
    { requiredKeys: [] },
  ),
  scalar,
);

const nationalAveragesLike = fc.oneof(
  fc.array(
    fc.oneof(
      fc.record({ year: publishedYearLike, score: scoreLike, source: sourceLike }, { requiredKeys: [] }),
      scalar,
    ),
    {
      maxLength: 3,
    },
  ),
  scalar,
);

const defaultViewLike = fc.oneof(
  fc.record({ year: publishedYearLike, institution: textLike }, { requiredKeys: [] }),
  scalar,
  fc.array(scalar, { maxLength: 2 }),
);

const gradeScaleLike = fc.oneof(
  fc.array(
    fc.record(
      { grade: textLike, min: scoreLike, zone: fc.oneof(fc.constantFrom('hijau', 'kuning', 'merah', 'biru'), scalar) },
      { requiredKeys: [] },
    ),
    { maxLength: 5 },
  ),
  scalar,
);

const recordList = fc.array(fc.oneof(rawRecordLike, nearlyValidRecord), { maxLength: 8 });

/** Anything a JSON file could hold at the top level, weighted towards the dataset's own shape. */
export const datasetLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: recordList },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        title: textLike,
        source: sourceLike,
        dimensions: dimensionListLike,
        institutions: fc.oneof(fc.array(institutionLike, { maxLength: 4 }), scalar),
        gradeScale: gradeScaleLike,
        nationalAverages: nationalAveragesLike,
        defaultView: defaultViewLike,
        records: fc.oneof({ weight: 4, arbitrary: recordList }, scalar, fc.dictionary(fc.string(), scalar)),
      },
      { requiredKeys: [] },
    ),
  },
  fc.jsonValue({ maxDepth: 4 }),
);

// Mostly valid fields of the published results, for the tests that need input the validators accept
// more often than not (the fast path's equivalence with the schemas). Each is rarely invalid: a dataset
// holds many of them, and most datasets must still be accepted.
const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 120, arbitrary: valid }, { weight: 1, arbitrary: invalid });

const partScore = mostly(
  fc.oneof(
    { weight: 3, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
    fc.constantFrom(0, -0, 100, 74.64, null, undefined),
  ),
  fc.constantFrom(100.5, -1, '80', Number.NaN),
);

const blankText = fc.constantFrom(undefined, null, '', '  ');

const openedOpinionFields = fc.record(
  {
    opinion: fc.oneof(
      { weight: 24, arbitrary: fc.constantFrom(...OFFICIAL_OPINIONS, ...PRESS_OPINIONS) },
      { weight: 6, arbitrary: blankText },
      fc.constantFrom(...NOT_OPINIONS),
    ),
    // false with a label that carries the suffix is a conflict: refused.
    tanpaMaladministrasi: mostly(
      fc.oneof({ weight: 8, arbitrary: fc.constantFrom(true, null, undefined) }, fc.constant(false)),
      fc.constant('ya'),
    ),
    assessed: mostly(fc.constantFrom(true, null, undefined), fc.constantFrom(false, 'tidak')),
    // The press still writes a zone out of habit: loaded with a note, whatever it says.
    zone: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(undefined, null) }, fc.constantFrom(...ZONE_TEXTS)),
    publicTrust: partScore,
    supervisionCompliance: partScore,
  },
  { requiredKeys: [] },
);

/**
 * An entity's result fields for a year from 2025: an opinion (official, a press variant, rarely junk),
 * Tanpa Maladministrasi, a habitual zone, the parts of the score; now and then not assessed (no score).
 */
export const wellFormedOpinionFields: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 5, arbitrary: openedOpinionFields },
  openedOpinionFields.map((fields) => ({ ...fields, assessed: false, score: null, opinion: undefined })),
);

/** An entity's result fields for a year up to 2024: a grade and zone; rarely a 2025 field out of place. */
export const wellFormedGradeFields: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    grade: fc.constantFrom(undefined, 'A', 'B', 'C'),
    zone: mostly(
      fc.constantFrom(undefined, null, 'Zona Hijau', 'kuning', 'merah'),
      fc.constantFrom('biru', 'Kualitas Tinggi'),
    ),
    opinion: mostly(blankText, fc.constantFrom(...OFFICIAL_OPINIONS)),
    tanpaMaladministrasi: mostly(fc.constantFrom(undefined, null), fc.constantFrom(true, false)),
    // Given before 2025, a part is dropped with a note.
    publicTrust: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, partScore),
  },
  { requiredKeys: [] },
);

/** A unit record's fields for a year from 2025: a quality word (rarely none of the four), compliance, parts. */
export const wellFormedUnitWordFields: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    quality: mostly(fc.oneof(fc.constantFrom(...QUALITY_TEXTS), blankText), fc.constantFrom(...NOT_QUALITIES)),
    compliance: fc.oneof(fc.constantFrom(...COMPLIANCE_TEXTS), blankText),
    publicTrust: partScore,
    supervisionCompliance: partScore,
  },
  { requiredKeys: [] },
);

/** A unit record's fields for a year up to 2024: rarely a quality word (refused) or a part (dropped with a note). */
export const wellFormedUnitFieldsBefore2025: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    quality: mostly(blankText, fc.constantFrom(...QUALITY_TEXTS)),
    compliance: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, fc.constantFrom(...COMPLIANCE_TEXTS)),
    publicTrust: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, partScore),
  },
  { requiredKeys: [] },
);

/** `nationalAverages` as a file gives it (2025: 74.64), rarely broken. */
export const wellFormedNationalAverages: fc.Arbitrary<unknown> = mostly(
  fc.oneof(
    fc.constantFrom(undefined, null),
    fc.array(
      fc.record(
        {
          year: mostly(methodYear, fc.constantFrom(1999, '2025')),
          score: mostly(
            fc.oneof(fc.constantFrom(74.64, 0, -0, 100), fc.double({ min: 0, max: 100, noNaN: true })),
            fc.constantFrom(null, 101),
          ),
          source: mostly(
            fc.constantFrom(undefined, null, { name: 'Ombudsman RI', url: 'https://ombudsman.go.id/' }),
            fc.constant({ url: 'ftp://x' }),
          ),
        },
        { requiredKeys: ['year', 'score'] },
      ),
      { maxLength: 3 },
    ),
  ),
  fc.constant('74,64'),
);

/** `defaultView` as a file gives it (the bundled data: Batang 2024), rarely broken. */
export const wellFormedDefaultView: fc.Arbitrary<unknown> = mostly(
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(undefined, null) },
    fc.record({
      year: mostly(methodYear, fc.constantFrom(2101, '2024')),
      institution: mostly(
        fc.constantFrom('Kabupaten Batang', ' Kota Depok ', 'Provinsi DI Yogyakarta'),
        fc.constantFrom('', ' ', 5),
      ),
    }),
  ),
  fc.constantFrom('Kabupaten Batang', [2024]),
);
