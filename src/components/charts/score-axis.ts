import type { ScoreBand } from './UnitRankingChart';

/** The value axis of a trend chart: where it starts, where it ends and where its ticks sit. */
export interface ScoreAxis {
  min: number;
  max: number;
  ticks: number[];
}

/** Background fill for a grade band: A and B the two greens, C yellow, D and E red; zone-only bands by zone. */
export function bandFill(band: ScoreBand): string {
  if (band.grade === 'A') return 'var(--chart-band-a)';
  if (band.grade === 'B') return 'var(--chart-band-b)';
  if (band.zone === 'hijau') return 'var(--chart-band-a)';
  if (band.zone === 'kuning') return 'var(--chart-band-c)';
  return 'var(--chart-band-de)';
}
