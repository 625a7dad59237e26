import { describe, expect, it } from 'vitest';
import { bandShapes, bandTicks, scoreValueAxisProps } from './score-axis';
import type { ScoreBand } from './UnitRankingChart';
import { GRADED_BANDS as GRADED } from '../../testing/score-bands';

describe('score bands behind horizontal bars', () => {
  it('ticks the value axis at every band edge, 0 and 100 once each', () => {
    expect(bandTicks(GRADED)).toEqual([0, 32, 54, 78, 88, 100]);
    expect(scoreValueAxisProps(GRADED, String).ticks).toEqual([0, 32, 54, 78, 88, 100]);
    expect(scoreValueAxisProps([], String).ticks).toEqual([0, 100]);
  });

  // 0–100 over a plot 500 px wide starting at x = 100, as a chart's linear scale would place them.
  const scale = (value: number) => 100 + value * 5;
  const plot = { x: 100, y: 30, width: 500, height: 200 };
  const zoneName = (band: ScoreBand) => `zone ${band.zone}`;

  it('leaves out the name of a band too narrow for it, as the 2025 Tinggi band of a small chart', () => {
    const narrow = (value: number) => 100 + value * 1.5; // 150 px for 0–100: Tinggi gets 15 px
    const names = bandShapes(
      [
        { min: 88, max: 100, quality: 'tertinggi' },
        { min: 78, max: 88, quality: 'tinggi' },
        { min: 0, max: 78, quality: 'sedang' },
      ],
      narrow,
      { x: 100, y: 30, width: 150, height: 200 },
      (band) => band.quality ?? '',
    ).map((s) => s.name);
    expect(names).toEqual(['', '', 'sedang']);
  });

  it('places each band over its stretch of the plot, full height, named centred above the plot', () => {
    const shapes = bandShapes(GRADED, scale, plot, zoneName);
    expect(shapes.map((s) => [s.name, s.x, s.width])).toEqual([
      ['E', 100, 160],
      ['D', 260, 110],
      ['C', 370, 120],
      ['B', 490, 50],
      ['A', 540, 60],
    ]);
    const a = shapes[4]!;
    expect([a.y, a.height, a.nameX]).toEqual([30, 200, 570]);
    expect(a.nameY).toBeLessThan(plot.y);
  });

  it('tells A from B by fill, never by the name alone', () => {
    const [, , , b, a] = bandShapes(GRADED, scale, plot, zoneName);
    expect(a!.fill).not.toBe(b!.fill);
  });

  it('names a zone-only band (up to 2021) by its zone, never by colour alone', () => {
    const [merah] = bandShapes([{ min: 0, max: 50.99, zone: 'merah' }], scale, plot, zoneName);
    expect(merah!.name).toBe('zone merah');
  });

  it('cuts a band to the plot and leaves out one the scale cannot place or that falls outside', () => {
    const narrow = { ...plot, width: 400 }; // the plot ends at 80 on this scale
    const shapes = bandShapes(GRADED, scale, narrow, zoneName);
    expect(shapes.map((s) => s.name)).toEqual(['E', 'D', 'C', 'B']);
    expect(shapes[3]!.x + shapes[3]!.width).toBe(500);
    const partial = (value: number) => (value > 90 ? undefined : scale(value));
    expect(bandShapes(GRADED, partial, plot, zoneName).map((s) => s.name)).toEqual(['E', 'D', 'C', 'B']);
  });

  it('places bands the same way on a reversed scale', () => {
    const reversed = (value: number) => 600 - value * 5;
    const [e] = bandShapes(GRADED, reversed, plot, zoneName);
    expect([e!.x, e!.width]).toEqual([440, 160]);
  });
});
