// A 2025 file (Penilaian Maladministrasi) through the whole validator, as JSON.parse gives it: opinions,
// quality words, "not assessed", a zone written out of habit, the national average and the default view.
// Figures from ../shared/reference/ombudsman-opini-2025.md; public trust is illustrative (never published).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataWarning } from './model';
import {
  COMPLIANCE_TEXTS,
  methodYear,
  NOT_OPINIONS,
  NOT_QUALITIES,
  OFFICIAL_OPINIONS,
  PRESS_OPINIONS,
  QUALITY_TEXTS,
  ZONE_TEXTS,
} from './testing/raw-arbitraries';
import { validateDataset } from './validate';

const RUNS = Number(process.env.FC_RUNS ?? 200);
const PROPERTY_TIMEOUT_MS = Math.max(30_000, RUNS * 20);

const DIY = 'Provinsi DI Yogyakarta';

const FILE_2025 = JSON.stringify({
  title: 'Opini Ombudsman RI 2025',
  nationalAverages: [{ year: 2025, score: 74.64, source: { name: 'Ringkasan Eksekutif', retrieved: '2026-01-30' } }],
  defaultView: { year: 2025, institution: DIY },
  institutions: [
    { year: 2025, name: DIY, score: 86.0, opinion: 'Kualitas Tinggi Tanpa Maladministrasi', zone: 'Zona Hijau' },
    { year: 2025, name: 'Kota Yogyakarta', score: 88.39, opinion: 'kualitas sangat tinggi tanpa maladministrasi' },
    {
      year: 2025,
      name: 'Kabupaten Halmahera Utara',
      score: 69.63,
      opinion: 'Kualitas Sedang',
      tanpaMaladministrasi: false,
    },
    { year: 2025, name: 'Kabupaten Sukoharjo', opinion: 'Kualitas Tertinggi' },
    { year: 2025, name: 'Kabupaten Contoh', assessed: false },
  ],
  records: [
    { year: 2025, institution: DIY, unit: 'Dinas Sosial', total: 92.36, quality: 'Sangat Baik' },
    { year: 2025, institution: DIY, unit: 'RSJ Grhasia', total: 90.16, quality: 'Sangat Baik' },
    {
      year: 2025,
      institution: DIY,
      unit: 'Balai Rehabilitasi Sosial Bina Karya dan Laras',
      total: 84.73,
      quality: 'Baik',
    },
    { year: 2025, institution: DIY, unit: 'Dinas Kesehatan', total: 83.63, quality: 'Baik' },
    { year: 2025, institution: DIY, unit: 'Disdikpora', total: 83.58, quality: 'Baik' },
    {
      year: 2025,
      institution: DIY,
      unit: 'SMAN 1 Yogyakarta',
      total: 81.53,
      quality: 'Baik',
      publicTrust: 80.5,
      illustrative: true,
    },
    {
      year: 2025,
      institution: 'Kota Depok',
      unit: 'SMPN 20 Depok',
      total: 93.49,
      quality: 'Sangat Baik',
      compliance: 'Tingkat Kepatuhan Tinggi',
    },
    { year: 2025, institution: 'Kabupaten Bantul', unit: 'Dinas Kesehatan', total: 87.5, quality: 'Kategori Baik' },
  ],
});

function loaded(raw: unknown) {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result;
}

const codesAt = (warnings: readonly DataWarning[]) => warnings.map((w) => [w.place, w.code]);

describe('validateDataset: a 2025 file', () => {
  const { dataset, warnings } = loaded(JSON.parse(FILE_2025));

  it('keeps each opinion as published, Tanpa Maladministrasi in three states, no zone', () => {
    expect(dataset.institutions).toStrictEqual([
      { year: 2025, name: DIY, score: 86, opinion: { level: 'tinggi', tanpaMaladministrasi: true } },
      {
        year: 2025,
        name: 'Kota Yogyakarta',
        score: 88.39,
        opinion: { level: 'tertinggi', tanpaMaladministrasi: true },
      },
      {
        year: 2025,
        name: 'Kabupaten Halmahera Utara',
        score: 69.63,
        opinion: { level: 'sedang', tanpaMaladministrasi: false },
      },
      // Jawa Tengah 2025: an opinion without a score, the suffix not reported.
      {
        year: 2025,
        name: 'Kabupaten Sukoharjo',
        score: null,
        opinion: { level: 'tertinggi', tanpaMaladministrasi: null },
      },
      { year: 2025, name: 'Kabupaten Contoh', score: null, assessed: false },
    ]);
  });

  it('keeps the units’ quality words, compliance and parts of the score', () => {
    expect(dataset.records.map((r) => [r.unit, r.total, r.quality])).toEqual([
      ['Dinas Sosial', 92.36, 'sangat_baik'],
      ['RSJ Grhasia', 90.16, 'sangat_baik'],
      ['Balai Rehabilitasi Sosial Bina Karya dan Laras', 84.73, 'baik'],
      ['Dinas Kesehatan', 83.63, 'baik'],
      ['Disdikpora', 83.58, 'baik'],
      ['SMAN 1 Yogyakarta', 81.53, 'baik'],
      ['SMPN 20 Depok', 93.49, 'sangat_baik'],
      ['Dinas Kesehatan', 87.5, 'baik'],
    ]);
    expect(dataset.records[5]).toStrictEqual({
      year: 2025,
      institution: DIY,
      unit: 'SMAN 1 Yogyakarta',
      total: 81.53,
      totalComputed: false,
      dimensions: { input: null, proses: null, output: null, pengaduan: null },
      illustrative: true,
      quality: 'baik',
      publicTrust: 80.5,
    });
    expect(dataset.records[6]?.compliance).toBe('Tinggi');
  });

  it('keeps the national average and the default view; the file named no dimensions', () => {
    expect(dataset.nationalAverages).toStrictEqual([
      { year: 2025, score: 74.64, source: { name: 'Ringkasan Eksekutif', retrieved: '2026-01-30' } },
    ]);
    expect(dataset.defaultView).toStrictEqual({ year: 2025, institution: DIY });
    expect(dataset.defaultDimensions).toBe(true);
  });

  it('says how it read the file: the habitual zone, the press variants; nothing else', () => {
    // Pemda DIY: 86.00 reported, units' mean 515.99 / 6 = 85.998, the same at two decimals: no note.
    expect(codesAt(warnings)).toEqual([
      [{ kind: 'institution', index: 0 }, 'zoneNotInMethod'],
      [{ kind: 'institution', index: 1 }, 'opinionVariant'],
      [{ kind: 'record', index: 7 }, 'qualityVariant'],
    ]);
    expect(warnings[0]?.params).toEqual({ name: DIY, year: 2025, value: 'Zona Hijau' });
  });
});

describe('validateDataset: refusals and notes of a 2025 file', () => {
  const file = () =>
    JSON.parse(FILE_2025) as { institutions: Record<string, unknown>[]; records: Record<string, unknown>[] };

  it('refuses an opinion that is no known label, at the institution and its field', () => {
    const raw = file();
    raw.institutions[2] = { ...raw.institutions[2], opinion: 'Baik' };
    const result = validateDataset(raw);
    expect(result.ok === false && result.problems).toEqual([
      { place: { kind: 'institution', index: 2 }, field: 'opinion', code: 'unknownOpinion', params: { value: 'Baik' } },
    ]);
  });

  it('refuses a label with the suffix but tanpaMaladministrasi false, and a score of an entity not assessed', () => {
    const raw = file();
    raw.institutions[0] = { ...raw.institutions[0], tanpaMaladministrasi: false };
    raw.institutions[4] = { ...raw.institutions[4], score: 70 };
    const result = validateDataset(raw);
    expect(result.ok === false && result.problems.map((p) => [p.place, p.field, p.code])).toEqual([
      [{ kind: 'institution', index: 0 }, 'tanpaMaladministrasi', 'opinionConflict'],
      [{ kind: 'institution', index: 4 }, 'score', 'scoreButNotAssessed'],
    ]);
  });

  it('refuses a unit word that is none of the four, at the record', () => {
    const raw = file();
    raw.records[3] = { ...raw.records[3], quality: 'Sangat Tinggi' };
    const result = validateDataset(raw);
    expect(result.ok === false && result.problems).toEqual([
      {
        place: { kind: 'record', index: 3 },
        field: 'quality',
        code: 'unknownQuality',
        params: { value: 'Sangat Tinggi' },
      },
    ]);
  });

  it('refuses an opinion or a unit word in a 2024 file', () => {
    const result = validateDataset({
      institutions: [{ year: 2024, name: 'Kabupaten Batang', score: 93.74, opinion: 'Kualitas Tertinggi' }],
      records: [
        { year: 2024, institution: 'Kabupaten Batang', unit: 'Dinas Sosial', total: 95.07, quality: 'Sangat Baik' },
      ],
    });
    expect(result.ok === false && result.problems.map((p) => [p.place, p.field, p.code])).toEqual([
      [{ kind: 'institution', index: 0 }, 'opinion', 'opinionNotInYear'],
      [{ kind: 'record', index: 0 }, 'quality', 'qualityNotInYear'],
    ]);
  });

  it('notes the units of an entity marked not assessed', () => {
    const raw = file();
    raw.records.push({ year: 2025, institution: 'Kabupaten Contoh', unit: 'Dinas Sosial', total: 70 });
    const { warnings } = loaded(raw);
    expect(warnings.find((w) => w.code === 'notAssessedHasUnits')).toEqual({
      place: { kind: 'institution', index: 4 },
      field: 'assessed',
      code: 'notAssessedHasUnits',
      params: { name: 'Kabupaten Contoh', year: 2025, count: 1 },
    });
  });

  it('notes a grade and the parts of the score where the year has none, and drops them', () => {
    const { dataset, warnings } = loaded({
      institutions: [
        { year: 2025, name: DIY, score: 86, grade: 'B', opinion: 'Kualitas Tinggi' },
        { year: 2024, name: 'Kabupaten Batang', score: 93.74, grade: 'A', publicTrust: 90 },
      ],
      records: [{ year: 2024, institution: 'Kabupaten Batang', unit: 'Dinas Sosial', total: 95.07, publicTrust: 90 }],
    });
    expect(dataset.institutions).toStrictEqual([
      { year: 2025, name: DIY, score: 86, opinion: { level: 'tinggi', tanpaMaladministrasi: null } },
      { year: 2024, name: 'Kabupaten Batang', score: 93.74, grade: 'A' },
    ]);
    expect(dataset.records[0]).not.toHaveProperty('publicTrust');
    expect(codesAt(warnings)).toEqual([
      [{ kind: 'institution', index: 0 }, 'gradeNotInMethod'],
      // Batang 2024: 93.74 reported against its one unit's 95.07 here.
      [{ kind: 'institution', index: 1 }, 'reportedDiffersFromMean'],
      [{ kind: 'institution', index: 1 }, 'partNotInMethod'],
      [{ kind: 'record', index: 0 }, 'partNotInMethod'],
    ]);
  });
});

describe('validateDataset: a reported zone against the file’s own grade scale', () => {
  it('compares the zone with the scale the file gives, as the app shows it', () => {
    // The file's scale: hijau from 90, kuning below. 89 is Kuning here, as reported: no note.
    const gradeScale = [
      { grade: 'A', min: 90, zone: 'hijau' },
      { grade: 'B', min: 0, zone: 'kuning' },
    ];
    const institutions = [{ year: 2024, name: 'Kabupaten Contoh', score: 89, zone: 'Zona Kuning' }];
    const records = [{ year: 2024, institution: 'Kabupaten Contoh', unit: 'Dinas Sosial', total: 89 }];
    expect(loaded({ gradeScale, institutions, records }).warnings).toEqual([]);
    const hijau = loaded({ gradeScale, institutions: [{ ...institutions[0], zone: 'Zona Hijau' }], records });
    expect(hijau.warnings.map((w) => [w.code, w.params?.expected])).toEqual([['reportedZoneDiffers', 'kuning']]);
    // Without a scale of its own the Ombudsman's holds: 89 is Zona Hijau.
    expect(loaded({ institutions, records }).warnings.map((w) => [w.code, w.params?.expected])).toEqual([
      ['reportedZoneDiffers', 'hijau'],
    ]);
  });
});

describe('validateDataset: nationalAverages and defaultView', () => {
  const record = { year: 2025, institution: DIY, unit: 'Dinas Sosial', total: 92.36 };

  it('leaves an empty list of averages out, and reads -0 as 0', () => {
    expect(loaded({ nationalAverages: [], records: [record] }).dataset).not.toHaveProperty('nationalAverages');
    const { dataset } = loaded({ nationalAverages: [{ year: 2025, score: -0 }], records: [record] });
    expect(Object.is(dataset.nationalAverages?.[0]?.score, 0)).toBe(true);
  });

  it('refuses a broken average or default view, naming the field', () => {
    const result = validateDataset({
      nationalAverages: [
        { year: 2025, score: 74.64 },
        { year: 2025, score: '74,64' },
      ],
      defaultView: { year: 2101, institution: DIY },
      records: [record],
    });
    expect(result.ok === false && result.problems.map((p) => [p.place, p.field, p.code])).toEqual([
      [{ kind: 'file' }, 'nationalAverages.1.score', 'notNumber'],
      [{ kind: 'file' }, 'defaultView.year', 'yearOutOfRange'],
    ]);
    const notAList = validateDataset({ nationalAverages: 74.64, defaultView: 'Kabupaten Batang', records: [record] });
    expect(notAList.ok === false && notAList.problems.map((p) => [p.field, p.code])).toEqual([
      ['nationalAverages', 'wrongShape'],
      ['defaultView', 'wrongShape'],
    ]);
  });

  it('trims the default view’s entity name, and leaves a null view out', () => {
    expect(
      loaded({ defaultView: { year: 2024, institution: ' Kabupaten Batang ' }, records: [record] }).dataset.defaultView,
    ).toEqual({ year: 2024, institution: 'Kabupaten Batang' });
    expect(loaded({ defaultView: null, records: [record] }).dataset).not.toHaveProperty('defaultView');
  });
});

describe(
  'validateDataset: what a loaded dataset holds of the published results (property)',
  { timeout: PROPERTY_TIMEOUT_MS },
  () => {
    const maybe = <T>(values: readonly T[]) => fc.constantFrom(undefined, ...values);
    const part = fc.oneof(fc.constant(undefined), fc.constant(null), fc.double({ min: 0, max: 100, noNaN: true }));
    const institution = fc.record(
      {
        year: methodYear,
        name: fc.constantFrom('A', 'B', 'C'),
        score: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 100, noNaN: true })),
        grade: maybe(['A', 'B']),
        opinion: maybe([...OFFICIAL_OPINIONS, ...PRESS_OPINIONS, ...NOT_OPINIONS]),
        tanpaMaladministrasi: maybe([true, false, null]),
        zone: maybe(ZONE_TEXTS),
        assessed: maybe([true, false, null]),
        publicTrust: part,
        supervisionCompliance: part,
      },
      { requiredKeys: ['year', 'name'] },
    );
    const record = fc.record(
      {
        year: methodYear,
        institution: fc.constantFrom('A', 'B', 'C'),
        unit: fc.constantFrom('Dinas Sosial', 'RSUD', 'SDN 1'),
        total: fc.double({ min: 0, max: 100, noNaN: true }),
        quality: maybe([...QUALITY_TEXTS, ...NOT_QUALITIES]),
        compliance: maybe(COMPLIANCE_TEXTS),
        publicTrust: part,
        supervisionCompliance: part,
      },
      { requiredKeys: ['year', 'institution', 'unit', 'total'] },
    );
    const NEW_FIELDS = ['opinion', 'tanpaMaladministrasi', 'zone', 'score', 'quality'];

    it('opinions and unit words only in their years, with known values; no zone; parts only from 2025', () => {
      fc.assert(
        fc.property(
          fc.array(institution, { maxLength: 4 }),
          fc.array(record, { minLength: 1, maxLength: 4 }),
          (institutions, records) => {
            const result = validateDataset(JSON.parse(JSON.stringify({ institutions, records })));
            if (!result.ok) {
              for (const p of result.problems) {
                expect(['institution', 'record']).toContain(p.place.kind);
                expect(NEW_FIELDS).toContain(p.field);
              }
              return;
            }
            for (const inst of result.dataset.institutions) {
              expect(inst).not.toHaveProperty('zone');
              if (inst.opinion !== undefined) {
                expect(inst.year).toBeGreaterThanOrEqual(2025);
                expect(['tertinggi', 'tinggi', 'sedang', 'rendah', 'terendah']).toContain(inst.opinion.level);
                expect([true, false, null]).toContain(inst.opinion.tanpaMaladministrasi);
              }
              if (inst.grade !== undefined) expect(inst.year).toBeLessThanOrEqual(2024);
              if (inst.assessed === false) expect(inst.score).toBeNull();
              if (inst.publicTrust !== undefined || inst.supervisionCompliance !== undefined) {
                expect(inst.year).toBeGreaterThanOrEqual(2025);
              }
            }
            for (const r of result.dataset.records) {
              if (r.quality !== undefined) {
                expect(r.year).toBeGreaterThanOrEqual(2025);
                expect(['sangat_baik', 'baik', 'cukup', 'kurang']).toContain(r.quality);
              }
              if (r.publicTrust !== undefined) expect(r.year).toBeGreaterThanOrEqual(2025);
            }
          },
        ),
        { numRuns: RUNS },
      );
    });
  },
);
