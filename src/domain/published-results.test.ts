import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataWarning, QualityLevel, UnitQuality, WarningCode } from './model';
import { levelOf } from './levels';
import { LEVEL_OF_UNIT_WORD, methodOfYear } from './methods';
import { checkInstitution, checkUnitFields, type Checked, type InstitutionFields } from './published-results';

const RUNS = Number(process.env.FC_RUNS ?? 200);
const PLACE = { kind: 'institution', index: 3 } as const;
const DIY = 'Provinsi DI Yogyakarta';

function institution(fields: Partial<InstitutionFields> = {}): InstitutionFields {
  return { year: 2025, name: DIY, score: 86, ...fields };
}

function codes(checked: Checked<unknown>): WarningCode[] {
  return checked.ok ? checked.warnings.map((w) => w.code) : [];
}

function warningOf(checked: Checked<unknown>, code: WarningCode): DataWarning | undefined {
  return checked.ok ? checked.warnings.find((w) => w.code === code) : undefined;
}

describe('checkInstitution: the opinion from 2025', () => {
  it('keeps Pemda DIY 2025 exactly: 86.00, Kualitas Tinggi Tanpa Maladministrasi, no warning', () => {
    const checked = checkInstitution(institution({ opinion: 'Kualitas Tinggi Tanpa Maladministrasi' }), 3);
    expect(checked).toEqual({
      ok: true,
      value: { year: 2025, name: DIY, score: 86, opinion: { level: 'tinggi', tanpaMaladministrasi: true } },
      warnings: [],
    });
  });

  it('keeps Tanpa Maladministrasi in three states: given, reported without it, not reported', () => {
    // Halmahera Utara 69.63: Kualitas Sedang without the suffix; many reports leave it out.
    const opinionWith = (tanpaMaladministrasi: boolean | null | undefined) => {
      const checked = checkInstitution(
        {
          year: 2025,
          name: 'Kabupaten Halmahera Utara',
          score: 69.63,
          opinion: 'Kualitas Sedang',
          tanpaMaladministrasi,
        },
        0,
      );
      return checked.ok ? checked.value.opinion : undefined;
    };
    expect(opinionWith(true)).toEqual({ level: 'sedang', tanpaMaladministrasi: true });
    expect(opinionWith(false)).toEqual({ level: 'sedang', tanpaMaladministrasi: false });
    expect(opinionWith(null)).toEqual({ level: 'sedang', tanpaMaladministrasi: null });
    expect(opinionWith(undefined)).toEqual({ level: 'sedang', tanpaMaladministrasi: null });
  });

  it('takes the suffix from the label, agreeing with a given true', () => {
    const checked = checkInstitution(
      institution({ opinion: 'Kualitas Tinggi Tanpa Maladministrasi', tanpaMaladministrasi: true }),
      3,
    );
    expect(checked.ok && checked.value.opinion).toEqual({ level: 'tinggi', tanpaMaladministrasi: true });
  });

  it('refuses a label with the suffix and tanpaMaladministrasi false', () => {
    const checked = checkInstitution(
      institution({ opinion: 'Kualitas Tinggi Tanpa Maladministrasi', tanpaMaladministrasi: false }),
      3,
    );
    expect(checked).toEqual({
      ok: false,
      problems: [
        {
          place: PLACE,
          field: 'tanpaMaladministrasi',
          code: 'opinionConflict',
          params: { value: 'Kualitas Tinggi Tanpa Maladministrasi' },
        },
      ],
    });
  });

  it('refuses an opinion that is no known label, naming the value', () => {
    for (const opinion of ['Baik', 'Zona Hijau', 'Opini A', 'Kualitas Bagus']) {
      expect(checkInstitution(institution({ opinion }), 3)).toEqual({
        ok: false,
        problems: [{ place: PLACE, field: 'opinion', code: 'unknownOpinion', params: { value: opinion } }],
      });
    }
  });

  it('reads a press variant as the label and warns how it was read (Kota Yogyakarta 88.39)', () => {
    const checked = checkInstitution(
      { year: 2025, name: 'Kota Yogyakarta', score: 88.39, opinion: 'kualitas sangat tinggi tanpa maladministrasi' },
      1,
    );
    expect(checked).toEqual({
      ok: true,
      value: {
        year: 2025,
        name: 'Kota Yogyakarta',
        score: 88.39,
        opinion: { level: 'tertinggi', tanpaMaladministrasi: true },
      },
      warnings: [
        {
          place: { kind: 'institution', index: 1 },
          field: 'opinion',
          code: 'opinionVariant',
          params: {
            name: 'Kota Yogyakarta',
            year: 2025,
            value: 'kualitas sangat tinggi tanpa maladministrasi',
            level: 'tertinggi',
            tm: 1,
          },
        },
      ],
    });
    expect(codes(checkInstitution(institution({ opinion: 'Opini Tertinggi', score: 90 }), 0))).toEqual([
      'opinionVariant',
    ]);
  });

  it('warns when the opinion differs from the level of the score, and keeps the opinion', () => {
    // 86.00 is Tinggi on the inferred cut points; a published Tertinggi wins but is worth a note.
    const checked = checkInstitution(institution({ opinion: 'Kualitas Tertinggi' }), 3);
    expect(checked.ok && checked.value.opinion).toEqual({ level: 'tertinggi', tanpaMaladministrasi: null });
    expect(warningOf(checked, 'opinionDiffersFromScore')).toEqual({
      place: PLACE,
      field: 'opinion',
      code: 'opinionDiffersFromScore',
      params: { name: DIY, year: 2025, level: 'tertinggi', derived: 'tinggi' },
    });
    // Kabupaten Pulau Morotai 53.38, Kualitas Rendah: as the score says, no note.
    expect(
      codes(checkInstitution({ year: 2025, name: 'Morotai', score: 53.38, opinion: 'Kualitas Rendah' }, 0)),
    ).toEqual([]);
    // Without a score there is nothing to compare (Jawa Tengah 2025: opinions only).
    expect(
      codes(checkInstitution({ year: 2025, name: 'Sukoharjo', score: null, opinion: 'Kualitas Tertinggi' }, 0)),
    ).toEqual([]);
  });

  it('notes Tanpa Maladministrasi given without an opinion', () => {
    const checked = checkInstitution(institution({ tanpaMaladministrasi: true }), 3);
    expect(checked.ok && checked.value).toEqual({ year: 2025, name: DIY, score: 86 });
    expect(codes(checked)).toEqual(['suffixWithoutOpinion']);
  });

  it('accepts an opinion in a later year, assumed to use the latest method', () => {
    const checked = checkInstitution(institution({ year: 2027, opinion: 'Kualitas Tinggi' }), 0);
    expect(checked.ok && checked.value.opinion).toEqual({ level: 'tinggi', tanpaMaladministrasi: null });
  });
});

describe('checkInstitution: an opinion before 2025', () => {
  it('refuses an opinion for 2024 with opinionNotInYear', () => {
    expect(
      checkInstitution({ year: 2024, name: 'Kabupaten Batang', score: 93.74, opinion: 'Kualitas Tertinggi' }, 0),
    ).toEqual({
      ok: false,
      problems: [
        {
          place: { kind: 'institution', index: 0 },
          field: 'opinion',
          code: 'opinionNotInYear',
          params: { value: 'Kualitas Tertinggi', year: 2024 },
        },
      ],
    });
  });

  it('refuses Tanpa Maladministrasi for 2024, yes or no', () => {
    for (const tanpaMaladministrasi of [true, false]) {
      expect(checkInstitution({ year: 2024, name: 'Kabupaten Batang', score: 93.74, tanpaMaladministrasi }, 0)).toEqual(
        {
          ok: false,
          problems: [
            {
              place: { kind: 'institution', index: 0 },
              field: 'tanpaMaladministrasi',
              code: 'opinionNotInYear',
              params: { year: 2024 },
            },
          ],
        },
      );
    }
    // null says nothing: fine in any year.
    expect(
      checkInstitution({ year: 2024, name: 'Kabupaten Batang', score: 93.74, tanpaMaladministrasi: null }, 0).ok,
    ).toBe(true);
  });

  it('refuses an unknown opinion in 2024 as unknown, naming the value', () => {
    const checked = checkInstitution({ year: 2024, name: 'B', score: 80, opinion: 'Bagus' }, 0);
    expect(!checked.ok && checked.problems.map((p) => [p.code, p.params?.value])).toEqual([
      ['unknownOpinion', 'Bagus'],
    ]);
  });

  it('accepts an opinion exactly in the years whose method gives one (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.constantFrom('Kualitas Tertinggi', 'Kualitas Sedang Tanpa Maladministrasi', 'Opini Tinggi'),
        (year, opinion) => {
          const checked = checkInstitution({ year, name: 'X', score: null, opinion }, 0);
          expect(checked.ok).toBe(methodOfYear(year).method.opinion);
          expect(checked.ok).toBe(year >= 2025);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('checkInstitution: zones', () => {
  it('notes a zone given for 2025 and does not keep it (the press still writes "Zona Hijau")', () => {
    const checked = checkInstitution(
      institution({ opinion: 'Kualitas Tinggi Tanpa Maladministrasi', zone: 'Zona Hijau' }),
      3,
    );
    expect(checked).toEqual({
      ok: true,
      value: { year: 2025, name: DIY, score: 86, opinion: { level: 'tinggi', tanpaMaladministrasi: true } },
      warnings: [
        {
          place: PLACE,
          field: 'zone',
          code: 'zoneNotInMethod',
          params: { name: DIY, year: 2025, value: 'Zona Hijau' },
        },
      ],
    });
    expect(checked.ok && 'zone' in checked.value).toBe(false);
    // Any text: from 2025 a zone is not read at all.
    expect(codes(checkInstitution(institution({ zone: 'Zona Biru' }), 3))).toEqual(['zoneNotInMethod']);
  });

  it('accepts a 2024 zone that matches the score (Batang 93.74, Zona Hijau) and notes one that differs', () => {
    const batang = { year: 2024, name: 'Kabupaten Batang', score: 93.74 };
    expect(checkInstitution({ ...batang, grade: 'A', zone: 'Zona Hijau' }, 0)).toEqual({
      ok: true,
      value: { ...batang, grade: 'A' },
      warnings: [],
    });
    expect(warningOf(checkInstitution({ ...batang, zone: 'kuning' }, 0), 'reportedZoneDiffers')).toEqual({
      place: { kind: 'institution', index: 0 },
      field: 'zone',
      code: 'reportedZoneDiffers',
      params: { name: 'Kabupaten Batang', year: 2024, given: 'kuning', expected: 'hijau' },
    });
    // 2021: zones only; 70 is Kuning.
    expect(codes(checkInstitution({ year: 2021, name: 'X', score: 70, zone: 'Zona Hijau' }, 0))).toEqual([
      'reportedZoneDiffers',
    ]);
    // Without a score there is nothing to compare.
    expect(codes(checkInstitution({ year: 2024, name: 'X', score: null, zone: 'merah' }, 0))).toEqual([]);
  });

  it('refuses a 2024 zone that is no zone', () => {
    expect(checkInstitution({ year: 2024, name: 'X', score: 90, zone: 'Zona Biru' }, 2)).toEqual({
      ok: false,
      problems: [
        {
          place: { kind: 'institution', index: 2 },
          field: 'zone',
          code: 'unknownZone',
          params: { value: 'Zona Biru' },
        },
      ],
    });
  });
});

describe('checkInstitution: grades, assessment and parts of the score', () => {
  it('drops a grade given for 2025 with a note, and keeps one for 2022–2024', () => {
    const checked = checkInstitution(institution({ grade: 'B', opinion: 'Kualitas Tinggi' }), 3);
    expect(checked.ok && checked.value).toEqual({
      year: 2025,
      name: DIY,
      score: 86,
      opinion: { level: 'tinggi', tanpaMaladministrasi: null },
    });
    expect(warningOf(checked, 'gradeNotInMethod')).toEqual({
      place: PLACE,
      field: 'grade',
      code: 'gradeNotInMethod',
      params: { name: DIY, year: 2025, value: 'B' },
    });
    const batang = checkInstitution({ year: 2024, name: 'Kabupaten Batang', score: 93.74, grade: 'A' }, 0);
    expect(batang.ok && batang.value.grade).toBe('A');
    // Up to 2021 a file's own grade is kept, without a note about the 2025 method.
    const zoneYear = checkInstitution({ year: 2021, name: 'Provinsi Jawa Tengah', score: 73.49, grade: 'C' }, 0);
    expect(zoneYear).toMatchObject({ ok: true, value: { grade: 'C' }, warnings: [] });
  });

  it('keeps "not assessed" and refuses a score or an opinion with it', () => {
    const notAssessed = checkInstitution({ year: 2025, name: 'Kabupaten Batang', score: null, assessed: false }, 0);
    expect(notAssessed).toEqual({
      ok: true,
      value: { year: 2025, name: 'Kabupaten Batang', score: null, assessed: false },
      warnings: [],
    });
    expect(checkInstitution({ year: 2025, name: 'B', score: 80, assessed: false }, 4)).toEqual({
      ok: false,
      problems: [
        {
          place: { kind: 'institution', index: 4 },
          field: 'score',
          code: 'scoreButNotAssessed',
          params: { name: 'B', year: 2025 },
        },
      ],
    });
    const withOpinion = checkInstitution(
      { year: 2025, name: 'B', score: null, assessed: false, opinion: 'Kualitas Tinggi' },
      4,
    );
    expect(!withOpinion.ok && withOpinion.problems.map((p) => [p.field, p.code])).toEqual([
      ['opinion', 'scoreButNotAssessed'],
    ]);
    // assessed: true (or null) is the default and is not written out.
    const assessed = checkInstitution(institution({ assessed: true }), 3);
    expect(assessed.ok && 'assessed' in assessed.value).toBe(false);
  });

  it('keeps the 2025 parts of the score, and drops them before 2025 with a note each', () => {
    const kept = checkInstitution(institution({ publicTrust: 81.5, supervisionCompliance: 90 }), 3);
    expect(kept.ok && kept.value).toEqual({
      year: 2025,
      name: DIY,
      score: 86,
      publicTrust: 81.5,
      supervisionCompliance: 90,
    });
    const dropped = checkInstitution(
      { year: 2024, name: 'X', score: 90, publicTrust: 81.5, supervisionCompliance: 90 },
      0,
    );
    expect(dropped.ok && dropped.value).toEqual({ year: 2024, name: 'X', score: 90 });
    expect(dropped.ok && dropped.warnings).toEqual([
      {
        place: { kind: 'institution', index: 0 },
        field: 'publicTrust',
        code: 'partNotInMethod',
        params: { name: 'X', year: 2024 },
      },
      {
        place: { kind: 'institution', index: 0 },
        field: 'supervisionCompliance',
        code: 'partNotInMethod',
        params: { name: 'X', year: 2024 },
      },
    ]);
  });

  it('writes the fields in the canonical order, the source last', () => {
    const checked = checkInstitution(
      institution({
        source: { url: 'https://ombudsman.go.id/' },
        supervisionCompliance: 90,
        publicTrust: 80,
        assessed: null,
        opinion: 'Kualitas Tinggi',
      }),
      3,
    );
    expect(checked.ok && Object.keys(checked.value)).toEqual([
      'year',
      'name',
      'score',
      'opinion',
      'publicTrust',
      'supervisionCompliance',
      'source',
    ]);
  });
});

describe('checkInstitution: laws', () => {
  const officialLabel = fc
    .tuple(fc.constantFrom('Tertinggi', 'Tinggi', 'Sedang', 'Rendah', 'Terendah'), fc.boolean())
    .map(([level, tm]) => ({ text: `Kualitas ${level}${tm ? ' Tanpa Maladministrasi' : ''}`, level, tm }));
  const score = fc.oneof(fc.constant(null), fc.double({ min: 0, max: 100, noNaN: true }));

  it('keeps the level of an official label, and notes a difference from the score exactly when there is one', () => {
    fc.assert(
      fc.property(officialLabel, score, fc.integer({ min: 2025, max: 2030 }), (label, s, year) => {
        const checked = checkInstitution({ year, name: 'X', score: s, opinion: label.text }, 0);
        expect(checked.ok).toBe(true);
        if (!checked.ok) return;
        expect(checked.value.opinion?.level).toBe(label.level.toLowerCase() as QualityLevel);
        const derived = levelOf(s, year)?.quality;
        const differs = derived !== undefined && derived !== checked.value.opinion?.level;
        expect(codes(checked)).toEqual(differs ? ['opinionDiffersFromScore'] : []);
      }),
      { numRuns: RUNS },
    );
  });

  it('Tanpa Maladministrasi is the label suffix, else what is given, else not reported; never false with the suffix', () => {
    fc.assert(
      fc.property(officialLabel, fc.constantFrom(true, false, null, undefined), (label, given) => {
        const checked = checkInstitution(
          { year: 2025, name: 'X', score: null, opinion: label.text, tanpaMaladministrasi: given },
          0,
        );
        if (label.tm && given === false) {
          expect(checked.ok).toBe(false);
          return;
        }
        expect(checked.ok && checked.value.opinion?.tanpaMaladministrasi).toBe(label.tm ? true : (given ?? null));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('checkUnitFields', () => {
  const record = { year: 2025, unit: 'Dinas Sosial' };

  it('keeps a 2025 quality word (Pemda DIY: Dinas Sosial 92.36 Sangat Baik) without a note', () => {
    expect(checkUnitFields({ ...record, total: 92.36, quality: 'Sangat Baik' }, 0)).toEqual({
      ok: true,
      value: { quality: 'sangat_baik' },
      warnings: [],
    });
  });

  it('says a zone given for a 2025 unit is not shown, and leaves a 2024 unit’s zone aside without a note', () => {
    expect(checkUnitFields({ ...record, total: 92.36, zone: 'Zona Hijau' }, 1)).toEqual({
      ok: true,
      value: {},
      warnings: [
        {
          place: { kind: 'record', index: 1 },
          field: 'zone',
          code: 'zoneNotInMethod',
          params: { name: 'Dinas Sosial', year: 2025, value: 'Zona Hijau' },
        },
      ],
    });
    expect(checkUnitFields({ year: 2024, unit: 'Dinsos', total: 95.07, zone: 'Hijau' }, 0)).toEqual({
      ok: true,
      value: {},
      warnings: [],
    });
  });

  it('reads a variant and says so', () => {
    expect(checkUnitFields({ ...record, total: 87.5, quality: 'Kategori Baik' }, 2)).toEqual({
      ok: true,
      value: { quality: 'baik' },
      warnings: [
        {
          place: { kind: 'record', index: 2 },
          field: 'quality',
          code: 'qualityVariant',
          params: { value: 'Kategori Baik', quality: 'baik' },
        },
      ],
    });
  });

  it('refuses an unknown word, naming the value ("Sangat Tinggi" is an opinion level, not a unit word)', () => {
    expect(checkUnitFields({ ...record, total: 90, quality: 'Sangat Tinggi' }, 5)).toEqual({
      ok: false,
      problems: [
        {
          place: { kind: 'record', index: 5 },
          field: 'quality',
          code: 'unknownQuality',
          params: { value: 'Sangat Tinggi' },
        },
      ],
    });
  });

  it('refuses a quality word for 2024', () => {
    expect(checkUnitFields({ year: 2024, unit: 'Dinsos', total: 95.07, quality: 'Sangat Baik' }, 1)).toEqual({
      ok: false,
      problems: [
        {
          place: { kind: 'record', index: 1 },
          field: 'quality',
          code: 'qualityNotInYear',
          params: { value: 'Sangat Baik', year: 2024 },
        },
      ],
    });
  });

  it('notes a quality word that differs from the level of the total, and keeps the word', () => {
    // Kota Depok: Dinas Sosial 87.29 Baik (Tinggi) is as the score says; Sangat Baik would not be.
    expect(codes(checkUnitFields({ ...record, total: 87.29, quality: 'Baik' }, 0))).toEqual([]);
    const checked = checkUnitFields({ ...record, total: 87.29, quality: 'Sangat Baik' }, 0);
    expect(checked).toEqual({
      ok: true,
      value: { quality: 'sangat_baik' },
      warnings: [
        {
          place: { kind: 'record', index: 0 },
          field: 'quality',
          code: 'qualityDiffersFromScore',
          params: { unit: 'Dinas Sosial', quality: 'sangat_baik', derived: 'tinggi' },
        },
      ],
    });
    // No total, nothing to compare.
    expect(codes(checkUnitFields({ ...record, quality: 'Kurang' }, 0))).toEqual([]);
  });

  it('reads the compliance level without its name (Depok: "Tingkat Kepatuhan Tinggi")', () => {
    expect(checkUnitFields({ ...record, total: 93.49, compliance: 'Tingkat Kepatuhan Tinggi' }, 0)).toEqual({
      ok: true,
      value: { compliance: 'Tinggi' },
      warnings: [],
    });
  });

  it('keeps the 2025 parts, drops them before 2025 with a note, and ignores unknown ones', () => {
    expect(checkUnitFields({ ...record, total: 90, publicTrust: 70, supervisionCompliance: 0 }, 0)).toEqual({
      ok: true,
      value: { publicTrust: 70, supervisionCompliance: 0 },
      warnings: [],
    });
    const dropped = checkUnitFields(
      { year: 2023, unit: 'Dinsos', total: 90, publicTrust: 70, supervisionCompliance: null },
      4,
    );
    expect(dropped).toEqual({
      ok: true,
      value: {},
      warnings: [
        {
          place: { kind: 'record', index: 4 },
          field: 'publicTrust',
          code: 'partNotInMethod',
          params: { name: 'Dinsos', year: 2023 },
        },
      ],
    });
  });

  it('keeps a word exactly in the years with unit words, noting a difference from the total exactly when there is one (property)', () => {
    const words: [string, UnitQuality][] = [
      ['Sangat Baik', 'sangat_baik'],
      ['Baik', 'baik'],
      ['Cukup', 'cukup'],
      ['Kurang', 'kurang'],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.integer({ min: 2019, max: 2027 }),
        fc.oneof(fc.constant(undefined), fc.constant(null), fc.double({ min: 0, max: 100, noNaN: true })),
        ([text, quality], year, total) => {
          const checked = checkUnitFields({ year, unit: 'U', total, quality: text }, 0);
          expect(checked.ok).toBe(year >= 2025);
          if (!checked.ok) return;
          expect(checked.value.quality).toBe(quality);
          const derived = levelOf(total ?? null, year)?.quality;
          const differs = derived !== undefined && derived !== LEVEL_OF_UNIT_WORD[quality];
          expect(codes(checked)).toEqual(differs ? ['qualityDiffersFromScore'] : []);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
