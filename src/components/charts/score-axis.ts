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

/** The plot area of a chart, in pixels. */
export interface PlotBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A grade band as drawn: its rectangle over the plot, its fill, and its name centred above the plot. */
export interface BandShape {
  key: number;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  name: string;
  nameX: number;
  nameY: number;
}

/** Gap between the top of the plot and the baseline of a band's name. */
const BAND_NAME_GAP = 6;

/**
 * The grade bands behind horizontal score bars, placed with the value axis's scale and cut to the
 * plot; each is named above the plot by its grade, or for years with zones only (up to 2021) by its
 * zone (`zoneName`), so the bands never rely on colour alone. A band outside the plot is left out.
 */
export function bandShapes(
  bands: readonly ScoreBand[],
  scale: (value: number) => number | undefined,
  plot: PlotBox,
  zoneName: (band: ScoreBand) => string,
): BandShape[] {
  const shapes: BandShape[] = [];
  for (const band of bands) {
    const from = scale(band.min);
    const to = scale(band.max);
    if (from === undefined || to === undefined) continue;
    const left = Math.max(plot.x, Math.min(from, to));
    const right = Math.min(plot.x + plot.width, Math.max(from, to));
    if (right <= left) continue;
    shapes.push({
      key: band.min,
      x: left,
      y: plot.y,
      width: right - left,
      height: plot.height,
      fill: bandFill(band),
      name: band.grade ?? zoneName(band),
      nameX: (left + right) / 2,
      nameY: plot.y - BAND_NAME_GAP,
    });
  }
  return shapes;
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
