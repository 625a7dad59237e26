import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GradeScale } from './model';
import { levelOf, levelOfQuality, levelsOfYear, nextLevelUp } from './levels';
import { METHODS } from './methods';
import { YEAR_MAX, YEAR_MIN } from './schema-bounds';

describe('levelsOfYear', () => {
  it('lists levels highest first, adjacent, from 0 to 100, in every year', () => {
    for (let year = YEAR_MIN; year <= YEAR_MAX; year += 1) {
      const levels = levelsOfYear(year);
      expect(levels.at(0)?.max).toBe(100);
      expect(levels.at(-1)?.min).toBe(0);
      levels.forEach((level, i) => {
        if (i > 0) expect(level.max).toBe(levels[i - 1]?.min);
        expect(level.min).toBeLessThan(level.max);
      });
    }
  });
  it('uses zones up to 2021, grades with zones 2022–2024 and opinion levels without zones from 2025', () => {
    expect(levelsOfYear(2021).map((l) => l.zone)).toEqual(['hijau', 'kuning', 'merah']);
    expect(levelsOfYear(2021).every((l) => l.grade === undefined && l.quality === undefined)).toBe(true);
    expect(levelsOfYear(2024).map((l) => `${l.grade}:${l.zone}`)).toEqual([
      'A:hijau',
      'B:hijau',
      'C:kuning',
      'D:merah',
      'E:merah',
    ]);
    const opinion = levelsOfYear(2025);
    expect(opinion.map((l) => l.quality)).toEqual(['tertinggi', 'tinggi', 'sedang', 'rendah', 'terendah']);
    expect(opinion.every((l) => l.zone === undefined && l.grade === undefined)).toBe(true);
  });
  it('says the 2025 cut points are inferred and the earlier ones official', () => {
    expect(new Set(levelsOfYear(2025).map((l) => l.basis))).toEqual(new Set(['inferred']));
    expect(new Set(levelsOfYear(2026).map((l) => l.basis))).toEqual(new Set(['inferred']));
    expect(new Set(levelsOfYear(2024).map((l) => l.basis))).toEqual(new Set(['official']));
    expect(new Set(levelsOfYear(2019).map((l) => l.basis))).toEqual(new Set(['official']));
  });
});

describe('levelOf (2022–2024)', () => {
  const letter = (score: number) => levelOf(score, 2024)?.grade;
  it.each([
    [100, 'A'],
    [88, 'A'],
    [87.99, 'B'],
    [78, 'B'],
    [77.99, 'C'],
    [54, 'C'],
    [53.99, 'D'],
    [32, 'D'],
    [31.99, 'E'],
    [0, 'E'],
  ])('%d → %s', (score, grade) => {
    expect(letter(score)).toBe(grade);
  });
  it('gives the band limits, quality word and zone', () => {
    expect(levelOf(93.74, 2024)).toEqual({
      grade: 'A',
      quality: 'tertinggi',
      zone: 'hijau',
      min: 88,
      max: 100,
      method: 'kepatuhan',
      basis: 'official',
    });
    expect(levelOf(80, 2023)).toMatchObject({ grade: 'B', zone: 'hijau', min: 78, max: 88 });
    expect(levelOf(60, 2022)).toMatchObject({ grade: 'C', zone: 'kuning', min: 54, max: 78 });
    expect(levelOf(40, 2022)).toMatchObject({ grade: 'D', zone: 'merah', min: 32, max: 54 });
    expect(levelOf(10, 2022)).toMatchObject({ grade: 'E', zone: 'merah', min: 0, max: 32 });
  });
  it('judges the score as published at two decimals', () => {
    // 87.995 is shown as 88.00, so it must be an A; 87.994 is shown as 87.99.
    expect(letter(87.995)).toBe('A');
    expect(letter(87.994)).toBe('B');
    // Float noise from a weighted sum does not drop a unit below an edge.
    expect(letter(87.99999999999999)).toBe('A');
  });
  it('is null for unknown or impossible scores', () => {
    expect(levelOf(null, 2024)).toBeNull();
    expect(levelOf(Number.NaN, 2024)).toBeNull();
    expect(levelOf(-1, 2024)).toBeNull();
  });
  it('puts a score above 100 in the top level', () => {
    expect(letter(100.5)).toBe('A');
  });
});

describe('levelOf (up to 2021)', () => {
  it('gives zones without letters', () => {
    expect(levelOf(80.99, 2021)).toMatchObject({ zone: 'kuning', min: 51, max: 81, method: 'zona' });
    expect(levelOf(81, 2021)).toMatchObject({ zone: 'hijau', min: 81, max: 100 });
    expect(levelOf(50.99, 2021)?.zone).toBe('merah');
    expect(levelOf(51, 2021)?.zone).toBe('kuning');
    expect(levelOf(73.49, 2021)?.grade).toBeUndefined();
  });
});

describe('levelOf (from 2025)', () => {
  it.each([
    [100, 'tertinggi'],
    [88, 'tertinggi'],
    [87.99, 'tinggi'],
    [78, 'tinggi'],
    [77.99, 'sedang'],
    [54, 'sedang'],
    [53.99, 'rendah'],
    [32, 'rendah'],
    [31.99, 'terendah'],
    [0, 'terendah'],
  ])('%d → %s, no zone, no grade', (score, quality) => {
    for (const year of [2025, 2026, 2030]) {
      const level = levelOf(score, year);
      expect(level?.quality).toBe(quality);
      expect(level?.zone).toBeUndefined();
      expect(level?.grade).toBeUndefined();
      expect(level?.method).toBe('maladministrasi');
    }
  });
  it('fits every published 2025 score/label pair', () => {
    const published: [number, string][] = [
      [88.39, 'tertinggi'],
      [93.49, 'tertinggi'],
      [88.49, 'tertinggi'],
      [86, 'tinggi'],
      [78.19, 'tinggi'],
      [87.85, 'tinggi'],
      [78.86, 'tinggi'],
      [76.82, 'sedang'],
      [57.61, 'sedang'],
      [65.98, 'sedang'],
      [53.38, 'rendah'],
    ];
    for (const [score, quality] of published) expect(levelOf(score, 2025)?.quality).toBe(quality);
  });
});

describe('a score maps to exactly one level in every year', () => {
  it('holds for any score 0–100 at two decimals and any year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: YEAR_MIN, max: YEAR_MAX }),
        (hundredths, year) => {
          const score = hundredths / 100;
          const holding = levelsOfYear(year).filter(
            (l) => score >= l.min && (score < l.max || (l.max === 100 && score === 100)),
          );
          expect(holding).toHaveLength(1);
          expect(levelOf(score, year)).toEqual(holding[0]);
        },
      ),
    );
  });
  it('every year belongs to exactly one method of the registry', () => {
    for (let year = YEAR_MIN; year <= YEAR_MAX; year += 1) {
      const owners = METHODS.filter((m) => year >= m.firstYear && (m.lastYear === undefined || year <= m.lastYear));
      expect(owners, String(year)).toHaveLength(1);
    }
  });
});

describe('levelOf with a dataset scale', () => {
  it('sorts an unsorted scale before grading', () => {
    const scale: GradeScale = [
      { grade: 'Low', min: 0, zone: 'merah' },
      { grade: 'High', min: 90, zone: 'hijau' },
      { grade: 'Mid', min: 60, zone: 'kuning' },
    ];
    expect(levelOf(75, 2020, scale)).toMatchObject({
      grade: 'Mid',
      zone: 'kuning',
      min: 60,
      max: 90,
      basis: 'dataset',
    });
    expect(levelOf(95, 2024, scale)?.grade).toBe('High');
  });
  it('is null below the lowest band of a scale that does not start at 0', () => {
    expect(levelOf(10, 2024, [{ grade: 'P', min: 50, zone: 'hijau' }])).toBeNull();
  });
  it('never gives a zone or grade to a year of the opinion method', () => {
    const scale: GradeScale = [{ grade: 'X', min: 0, zone: 'hijau' }];
    const level = levelOf(90, 2025, scale);
    expect(level?.zone).toBeUndefined();
    expect(level?.quality).toBe('tertinggi');
  });
  it('ignores an empty scale', () => {
    expect(levelOf(90, 2024, [])?.grade).toBe('A');
  });
});

describe('nextLevelUp', () => {
  it('gives the level above and the points missing', () => {
    const next = nextLevelUp(86.5, 2024);
    expect(next?.level.grade).toBe('A');
    expect(next?.gap).toBeCloseTo(1.5, 10);
    expect(nextLevelUp(53.99, 2024)?.level.grade).toBe('C');
    expect(nextLevelUp(53.99, 2024)?.gap).toBeCloseTo(0.01, 10);
    expect(nextLevelUp(76.82, 2025)?.level.quality).toBe('tinggi');
    expect(nextLevelUp(76.82, 2025)?.gap).toBeCloseTo(1.18, 10);
  });
  it('uses zones up to 2021', () => {
    const next = nextLevelUp(73.49, 2021);
    expect(next?.level).toMatchObject({ zone: 'hijau', min: 81, max: 100 });
    expect(next?.gap).toBeCloseTo(7.51, 10);
  });
  it('is null in the top level or when unknown', () => {
    expect(nextLevelUp(88, 2024)).toBeNull();
    expect(nextLevelUp(100, 2025)).toBeNull();
    expect(nextLevelUp(81, 2021)).toBeNull();
    expect(nextLevelUp(null, 2024)).toBeNull();
  });
});

describe('levelOfQuality', () => {
  it('finds the registry level of a published word', () => {
    expect(levelOfQuality('tinggi', 2025)).toMatchObject({ min: 78, max: 88, quality: 'tinggi' });
    expect(levelOfQuality('tertinggi', 2024)).toMatchObject({ grade: 'A', zone: 'hijau' });
  });
  it('is null where the year has no quality levels', () => {
    expect(levelOfQuality('tinggi', 2021)).toBeNull();
  });
});
