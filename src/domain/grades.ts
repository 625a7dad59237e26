import type { GradeBand, GradeScale, Score, Zone } from './model';
import { roundTo } from './stats';

/** Letter grades ("Opini") used from 2022; A and B are both "Zona Hijau" in the press. */
export const GRADE_BANDS_2022: GradeScale = [
  { grade: 'A', min: 88, zone: 'hijau' },
  { grade: 'B', min: 78, zone: 'hijau' },
  { grade: 'C', min: 54, zone: 'kuning' },
  { grade: 'D', min: 32, zone: 'merah' },
  { grade: 'E', min: 0, zone: 'merah' },
];

/** Zones only, as published up to 2021. */
export const ZONE_BANDS_2021: GradeScale = [
  { min: 81, zone: 'hijau' },
  { min: 51, zone: 'kuning' },
  { min: 0, zone: 'merah' },
];

const FIRST_LETTER_GRADE_YEAR = 2022;
const TOP_SCORE = 100;

/** The scale for a year; a dataset-supplied scale wins for every year. */
export function gradeScaleFor(year: number, override?: GradeScale): GradeScale {
  if (override && override.length > 0) return override;
  return year >= FIRST_LETTER_GRADE_YEAR ? GRADE_BANDS_2022 : ZONE_BANDS_2021;
}

export interface GradeResult {
  grade?: string;
  zone: Zone;
  /** Lowest score of the band, inclusive. */
  min: number;
  /** Lowest score of the band above (exclusive), or 100 for the top band. */
  max: number;
}

const sortedScales = new WeakMap<GradeScale, readonly GradeBand[]>();

/** Bands highest first; a dataset scale may come in any order. Sorted once per scale (grades are asked per unit). */
function sortedBands(scale: GradeScale): readonly GradeBand[] {
  let sorted = sortedScales.get(scale);
  if (!sorted) {
    sorted = [...scale].sort((a, b) => b.min - a.min);
    sortedScales.set(scale, sorted);
  }
  return sorted;
}

function resultAt(bands: readonly GradeBand[], index: number): GradeResult | null {
  const band = bands[index];
  if (!band) return null;
  const above = bands[index - 1];
  const result: GradeResult = { zone: band.zone, min: band.min, max: above ? above.min : TOP_SCORE };
  if (band.grade !== undefined) result.grade = band.grade;
  return result;
}

/**
 * Index of the band holding the score. Scores are graded as published, at two decimals, so a
 * computed mean of 87.996 shown as "88.00" is an A, not a B, and float noise cannot cross an edge.
 */
function bandIndex(bands: readonly GradeBand[], score: Score): number {
  if (score === null || !Number.isFinite(score)) return -1;
  const published = roundTo(score, 2);
  return bands.findIndex((band) => published >= band.min);
}

export function gradeOf(score: Score, year: number, override?: GradeScale): GradeResult | null {
  const bands = sortedBands(gradeScaleFor(year, override));
  return resultAt(bands, bandIndex(bands, score));
}

/** The band just above the score's band and the points still missing to reach it. */
export function nextGradeUp(
  score: Score,
  year: number,
  override?: GradeScale,
): { band: GradeResult; gap: number } | null {
  if (score === null) return null;
  const bands = sortedBands(gradeScaleFor(year, override));
  const index = bandIndex(bands, score);
  if (index <= 0) return null;
  const band = resultAt(bands, index - 1);
  return band ? { band, gap: band.min - score } : null;
}
