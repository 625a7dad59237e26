import { describe, expect, it } from 'vitest';
import { bandAreaProps, bandTicks, scoreValueAxisProps } from './score-axis';
import type { ScoreBand } from './UnitRankingChart';

const GRADED: ScoreBand[] = [
  { min: 0, max: 32, zone: 'merah', grade: 'E' },
  { min: 32, max: 54, zone: 'merah', grade: 'D' },
  { min: 54, max: 78, zone: 'kuning', grade: 'C' },
  { min: 78, max: 88, zone: 'hijau', grade: 'B' },
  { min: 88, max: 100, zone: 'hijau', grade: 'A' },
];

describe('score bands behind horizontal bars', () => {
  it('ticks the value axis at every band edge, 0 and 100 once each', () => {
    expect(bandTicks(GRADED)).toEqual([0, 32, 54, 78, 88, 100]);
    expect(scoreValueAxisProps(GRADED, String).ticks).toEqual([0, 32, 54, 78, 88, 100]);
    expect(scoreValueAxisProps([], String).ticks).toEqual([0, 100]);
  });

  it('names a graded band by its grade and tells A from B by fill', () => {
    const a = bandAreaProps(GRADED[4]!, 'Hijau');
    const b = bandAreaProps(GRADED[3]!, 'Hijau');
    expect([a.x1, a.x2, a.label.value]).toEqual([88, 100, 'A']);
    expect(b.label.value).toBe('B');
    expect(a.fill).not.toBe(b.fill);
  });

  it('names a zone-only band (up to 2021) by its zone, never by colour alone', () => {
    expect(bandAreaProps({ min: 0, max: 50.99, zone: 'merah' }, 'Merah').label.value).toBe('Merah');
  });
});
