import { describe, expect, it } from 'vitest';
import type { GradeScale } from './model';
import { GRADE_BANDS_2022, ZONE_BANDS_2021, gradeOf, gradeScaleFor, nextGradeUp } from './grades';

describe('grade scales', () => {
  it('lists bands highest first', () => {
    for (const scale of [GRADE_BANDS_2022, ZONE_BANDS_2021]) {
      const mins = scale.map((b) => b.min);
      expect(mins).toEqual([...mins].sort((a, b) => b - a));
      expect(mins.at(-1)).toBe(0);
    }
  });
});

describe('gradeScaleFor', () => {
  it('uses letter grades from 2022 and zones up to 2021', () => {
    expect(gradeScaleFor(2022)).toBe(GRADE_BANDS_2022);
    expect(gradeScaleFor(2024)).toBe(GRADE_BANDS_2022);
    expect(gradeScaleFor(2021)).toBe(ZONE_BANDS_2021);
    expect(gradeScaleFor(2015)).toBe(ZONE_BANDS_2021);
  });
  it('lets a dataset scale win for every year', () => {
    const custom: GradeScale = [{ grade: 'X', min: 0, zone: 'hijau' }];
    expect(gradeScaleFor(2021, custom)).toBe(custom);
    expect(gradeScaleFor(2024, custom)).toBe(custom);
  });
  it('ignores an empty override', () => {
    expect(gradeScaleFor(2024, [])).toBe(GRADE_BANDS_2022);
  });
});

describe('gradeOf (2022+)', () => {
  const letter = (score: number) => gradeOf(score, 2024)?.grade;
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
  it('gives the band limits and zone', () => {
    expect(gradeOf(93.74, 2024)).toEqual({ grade: 'A', zone: 'hijau', min: 88, max: 100 });
    expect(gradeOf(80, 2023)).toEqual({ grade: 'B', zone: 'hijau', min: 78, max: 88 });
    expect(gradeOf(60, 2022)).toEqual({ grade: 'C', zone: 'kuning', min: 54, max: 78 });
    expect(gradeOf(40, 2022)).toEqual({ grade: 'D', zone: 'merah', min: 32, max: 54 });
    expect(gradeOf(10, 2022)).toEqual({ grade: 'E', zone: 'merah', min: 0, max: 32 });
  });
  it('grades the score as published at two decimals', () => {
    // 87.995 is shown as 88.00, so it must be an A; 87.994 is shown as 87.99.
    expect(letter(87.995)).toBe('A');
    expect(letter(87.994)).toBe('B');
    // Float noise from a weighted sum does not drop a unit below an edge.
    expect(letter(87.99999999999999)).toBe('A');
  });
  it('is null for unknown or impossible scores', () => {
    expect(gradeOf(null, 2024)).toBeNull();
    expect(gradeOf(Number.NaN, 2024)).toBeNull();
    expect(gradeOf(-1, 2024)).toBeNull();
  });
  it('puts a score above 100 in the top band', () => {
    expect(letter(100.5)).toBe('A');
  });
});

describe('gradeOf (up to 2021)', () => {
  it('gives zones without letters', () => {
    expect(gradeOf(80.99, 2021)).toEqual({ zone: 'kuning', min: 51, max: 81 });
    expect(gradeOf(81, 2021)).toEqual({ zone: 'hijau', min: 81, max: 100 });
    expect(gradeOf(50.99, 2021)?.zone).toBe('merah');
    expect(gradeOf(51, 2021)?.zone).toBe('kuning');
    expect(gradeOf(73.49, 2021)?.grade).toBeUndefined();
  });
});

describe('gradeOf with a dataset scale', () => {
  it('sorts an unsorted scale before grading', () => {
    const scale: GradeScale = [
      { grade: 'Low', min: 0, zone: 'merah' },
      { grade: 'High', min: 90, zone: 'hijau' },
      { grade: 'Mid', min: 60, zone: 'kuning' },
    ];
    expect(gradeOf(75, 2020, scale)).toEqual({ grade: 'Mid', zone: 'kuning', min: 60, max: 90 });
    expect(gradeOf(95, 2024, scale)?.grade).toBe('High');
  });
  it('is null below the lowest band of a scale that does not start at 0', () => {
    expect(gradeOf(10, 2024, [{ grade: 'P', min: 50, zone: 'hijau' }])).toBeNull();
  });
});

describe('nextGradeUp', () => {
  it('gives the band above and the points missing', () => {
    const next = nextGradeUp(86.5, 2024);
    expect(next?.band.grade).toBe('A');
    expect(next?.gap).toBeCloseTo(1.5, 10);
    expect(nextGradeUp(53.99, 2024)?.band.grade).toBe('C');
    expect(nextGradeUp(53.99, 2024)?.gap).toBeCloseTo(0.01, 10);
  });
  it('uses zones up to 2021', () => {
    const next = nextGradeUp(73.49, 2021);
    expect(next?.band).toEqual({ zone: 'hijau', min: 81, max: 100 });
    expect(next?.gap).toBeCloseTo(7.51, 10);
  });
  it('is null in the top band or when unknown', () => {
    expect(nextGradeUp(88, 2024)).toBeNull();
    expect(nextGradeUp(100, 2024)).toBeNull();
    expect(nextGradeUp(81, 2021)).toBeNull();
    expect(nextGradeUp(null, 2024)).toBeNull();
  });
});
