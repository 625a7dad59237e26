import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GradeScale, QualityLevel, UnitQuality } from './model';
import { levelOf } from './levels';
import { LEVEL_OF_UNIT_WORD } from './methods';
import { entityLevel, isDerivedGuess, unitLevel } from './shown-level';
import { unitRecord } from './testing/fixtures';

const RUNS = Number(process.env.FC_RUNS ?? 200);
const LEVELS: readonly QualityLevel[] = ['tertinggi', 'tinggi', 'sedang', 'rendah', 'terendah'];
const UNIT_WORDS: readonly UnitQuality[] = ['sangat_baik', 'baik', 'cukup', 'kurang'];
const score = fc.double({ min: 0, max: 100, noNaN: true });

describe('entityLevel', () => {
  it('shows the published opinion (Pemda DIY 2025: 86.00, Kualitas Tinggi Tanpa Maladministrasi)', () => {
    const opinion = { level: 'tinggi', tanpaMaladministrasi: true } as const;
    expect(entityLevel(86, 2025, opinion)).toEqual({
      origin: 'published',
      subject: 'entity',
      opinion,
      level: { min: 78, max: 88, quality: 'tinggi', method: 'maladministrasi', basis: 'inferred' },
    });
    expect(isDerivedGuess(entityLevel(86, 2025, opinion))).toBe(false);
  });

  it('lets a published opinion win over the level of the score', () => {
    // 86.00 is Tinggi on the inferred cut points; the Ombudsman's word is shown.
    const shown = entityLevel(86, 2025, { level: 'tertinggi', tanpaMaladministrasi: null });
    expect(shown?.origin).toBe('published');
    expect(shown?.level.quality).toBe('tertinggi');
    // An opinion without a score (Jawa Tengah 2025) is shown too.
    expect(entityLevel(null, 2025, { level: 'tertinggi', tanpaMaladministrasi: true })?.level.quality).toBe(
      'tertinggi',
    );
  });

  it('derives a 2025 level from the score on inferred cut points, and that is a guess', () => {
    const shown = entityLevel(88.39, 2025, undefined);
    expect(shown).toEqual({
      origin: 'derived',
      subject: 'entity',
      level: { min: 88, max: 100, quality: 'tertinggi', method: 'maladministrasi', basis: 'inferred' },
    });
    expect(isDerivedGuess(shown)).toBe(true);
    expect(shown?.level).not.toHaveProperty('zone');
  });

  it('derives a Kepatuhan grade (Batang 2024: 93.74, A, Zona Hijau) and a 2021 zone: not guesses', () => {
    const batang = entityLevel(93.74, 2024, undefined);
    expect(batang).toEqual({
      origin: 'derived',
      subject: 'entity',
      level: {
        min: 88,
        max: 100,
        grade: 'A',
        quality: 'tertinggi',
        zone: 'hijau',
        method: 'kepatuhan',
        basis: 'official',
      },
    });
    expect(isDerivedGuess(batang)).toBe(false);
    const zone = entityLevel(70, 2021, undefined);
    expect(zone?.level).toMatchObject({ zone: 'kuning', method: 'zona', basis: 'official' });
    expect(isDerivedGuess(zone)).toBe(false);
  });

  it('has no level without a score or an opinion', () => {
    expect(entityLevel(null, 2025, undefined)).toBeNull();
    expect(entityLevel(null, 2024, undefined)).toBeNull();
    expect(isDerivedGuess(null)).toBe(false);
  });

  it('uses a dataset’s grade scale where the year has grades, never from 2025', () => {
    const scale: GradeScale = [
      { grade: 'A', min: 90, zone: 'hijau' },
      { grade: 'B', min: 0, zone: 'kuning' },
    ];
    expect(entityLevel(89, 2024, undefined, scale)?.level).toMatchObject({
      grade: 'B',
      zone: 'kuning',
      basis: 'dataset',
    });
    const shown2025 = entityLevel(89, 2025, undefined, scale);
    expect(shown2025?.level).toMatchObject({ quality: 'tertinggi', basis: 'inferred' });
    expect(shown2025?.level).not.toHaveProperty('grade');
    expect(isDerivedGuess(shown2025)).toBe(true);
  });

  it('a published opinion is shown with its own level, whatever the score (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEVELS),
        fc.constantFrom(true, false, null),
        fc.oneof(fc.constant(null), score),
        fc.integer({ min: 2025, max: 2030 }),
        (level, tanpaMaladministrasi, s, year) => {
          const shown = entityLevel(s, year, { level, tanpaMaladministrasi });
          expect(shown?.origin).toBe('published');
          expect(shown?.level.quality).toBe(level);
          expect(shown?.origin === 'published' && shown.opinion).toEqual({ level, tanpaMaladministrasi });
          expect(isDerivedGuess(shown)).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('without an opinion, shows the level of the score, a guess exactly from 2025 (property)', () => {
    fc.assert(
      fc.property(score, fc.integer({ min: 2000, max: 2100 }), (s, year) => {
        const shown = entityLevel(s, year, undefined);
        expect(shown?.origin).toBe('derived');
        expect(shown?.level).toEqual(levelOf(s, year));
        expect(isDerivedGuess(shown)).toBe(year >= 2025);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('unitLevel', () => {
  const dinsos = unitRecord({ year: 2025, institution: 'Provinsi DI Yogyakarta', unit: 'Dinas Sosial', total: 92.36 });

  it('shows the published quality word (Dinas Sosial 92.36, Sangat Baik)', () => {
    const shown = unitLevel({ ...dinsos, quality: 'sangat_baik' });
    expect(shown).toEqual({
      origin: 'published',
      subject: 'unit',
      unitWord: 'sangat_baik',
      level: { min: 88, max: 100, quality: 'tertinggi', method: 'maladministrasi', basis: 'inferred' },
    });
    expect(isDerivedGuess(shown)).toBe(false);
  });

  it('lets a published word win over the level of the total (Kota Depok: Dinas Sosial 87.29 Baik)', () => {
    const shown = unitLevel({ ...dinsos, total: 93, quality: 'baik' });
    expect(shown?.origin).toBe('published');
    expect(shown?.level.quality).toBe('tinggi');
    expect(unitLevel({ ...dinsos, total: null, quality: 'cukup' })?.level.quality).toBe('sedang');
  });

  it('derives a level from the total without a word: a guess in 2025, not in 2024', () => {
    const derived2025 = unitLevel(dinsos);
    expect(derived2025).toMatchObject({ origin: 'derived', subject: 'unit', level: { quality: 'tertinggi' } });
    expect(isDerivedGuess(derived2025)).toBe(true);
    const derived2024 = unitLevel({ ...dinsos, year: 2024, total: 95.07 });
    expect(derived2024?.level).toMatchObject({ grade: 'A', zone: 'hijau', basis: 'official' });
    expect(isDerivedGuess(derived2024)).toBe(false);
    expect(unitLevel({ ...dinsos, total: null })).toBeNull();
  });

  it('a published word is shown as the level it stands for, whatever the total (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...UNIT_WORDS), fc.oneof(fc.constant(null), score), (quality, total) => {
        const shown = unitLevel({ ...dinsos, total, quality });
        expect(shown).toMatchObject({ origin: 'published', unitWord: quality });
        expect(shown?.level.quality).toBe(LEVEL_OF_UNIT_WORD[quality]);
      }),
      { numRuns: RUNS },
    );
  });
});
