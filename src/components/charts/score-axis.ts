import type { LevelResult } from '../../domain/levels';
import type { ScoreBand } from './UnitRankingChart';

/** The value axis of a trend chart: where it starts, where it ends and where its ticks sit. */
export interface ScoreAxis {
  min: number;
  max: number;
  ticks: number[];
}

/**
 * Background fill for a band: A and B the two greens, C yellow, D and E red; zone-only bands by zone.
 * Opinion levels (from 2025, no zones) get a ramp of one neutral hue, so no colour hints at a zone.
 */
export function bandFill(band: ScoreBand): string {
  if (band.grade === 'A') return 'var(--chart-band-a)';
  if (band.grade === 'B') return 'var(--chart-band-b)';
  if (band.zone === 'hijau') return 'var(--chart-band-a)';
  if (band.zone === 'kuning') return 'var(--chart-band-c)';
  if (band.zone === 'merah') return 'var(--chart-band-de)';
  return `var(--chart-level-${band.quality ?? 'terendah'})`;
}

/** The bands of a year's levels on the 0–100 axis, highest first (from the method registry via levelsOfYear). */
export function scoreBands(levels: readonly LevelResult[]): ScoreBand[] {
  return levels.map((level) => {
    const band: ScoreBand = { min: level.min, max: level.max };
    if (level.zone !== undefined) band.zone = level.zone;
    if (level.grade !== undefined) band.grade = level.grade;
    if (level.quality !== undefined) band.quality = level.quality;
    return band;
  });
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
/** About the width of a character of a band's name (12 px semibold): a narrower band's name would run into its neighbour's. */
const BAND_NAME_CHAR_WIDTH = 7.5;

/**
 * The grade bands behind horizontal score bars, placed with the value axis's scale and cut to the
 * plot; each is named above the plot by its grade, or for years with zones only (up to 2021) by its
 * zone (`zoneName`), so the bands never rely on colour alone. A band outside the plot is left out.
 */
export function bandShapes(
  bands: readonly ScoreBand[],
  scale: (value: number) => number | undefined,
  plot: PlotBox,
  levelName: (band: ScoreBand) => string,
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
      name: nameThatFits(band.grade ?? levelName(band), right - left),
      nameX: (left + right) / 2,
      nameY: plot.y - BAND_NAME_GAP,
    });
  }
  return shapes;
}

/** A band's name, or '' where the band is too narrow for it (the axis ticks still mark its edges). */
function nameThatFits(name: string, width: number): string {
  return name.length * BAND_NAME_CHAR_WIDTH <= width ? name : '';
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
