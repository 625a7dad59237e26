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

/** Axis ticks at the band edges, so the grade boundaries (32, 54, 78, 88) can be read off the axis. */
export function bandTicks(bands: readonly ScoreBand[]): number[] {
  return [...new Set([0, 100, ...bands.map((b) => b.min)])].sort((a, b) => a - b);
}

/**
 * One grade band behind horizontal score bars (a Recharts ReferenceArea): its fill, and its name on
 * top — the grade, or for years with zones only (up to 2021) the zone, `zoneName`, so the bands never
 * rely on colour alone.
 */
export function bandAreaProps(band: ScoreBand, zoneName: string) {
  return {
    x1: band.min,
    x2: band.max,
    fill: bandFill(band),
    fillOpacity: 1,
    ifOverflow: 'hidden' as const,
    label: {
      value: band.grade ?? zoneName,
      position: 'top' as const,
      fill: 'var(--chart-axis)',
      fontSize: 12,
      fontWeight: 600,
    },
  };
}

/** The 0–100 value axis under horizontal score bars (a Recharts XAxis), ticked at the band edges. */
export function scoreValueAxisProps(bands: readonly ScoreBand[], formatTick: (value: number) => string) {
  return {
    type: 'number' as const,
    domain: [0, 100] as [number, number],
    ticks: bandTicks(bands),
    tickFormatter: formatTick,
    stroke: 'var(--chart-axis)',
    tick: { fill: 'var(--chart-axis)', fontSize: 12 },
  };
}
