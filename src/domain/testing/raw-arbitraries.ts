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
