import type { ScoreBand } from '../components/charts/UnitRankingChart';

/** The grade bands of 2022 onwards (A 88–100 … E 0–32), as charts receive them. */
export const GRADED_BANDS: readonly ScoreBand[] = [
  { min: 0, max: 32, zone: 'merah', grade: 'E' },
  { min: 32, max: 54, zone: 'merah', grade: 'D' },
  { min: 54, max: 78, zone: 'kuning', grade: 'C' },
  { min: 78, max: 88, zone: 'hijau', grade: 'B' },
  { min: 88, max: 100, zone: 'hijau', grade: 'A' },
];
