import { describe, expect, it } from 'vitest';
import { DEFAULT_DIMENSIONS, weightShares } from './dimensions';
import { weightedTotal } from './totals';

describe('weightShares', () => {
  it('normalises weights that do not sum to 100', () => {
    const shares = weightShares([
      { key: 'a', label: 'A', weight: 1 },
      { key: 'b', label: 'B', weight: 3 },
    ]);
    expect(shares).toEqual({ a: 0.25, b: 0.75 });
  });
  it('gives every share 0 when all weights are 0', () => {
    expect(weightShares([{ key: 'a', label: 'A', weight: 0 }])).toEqual({ a: 0 });
  });
});

describe('weightedTotal', () => {
  it('reproduces the issue example for Disdikbud (89.07)', () => {
    const total = weightedTotal(DEFAULT_DIMENSIONS, { input: 84, proses: 91.63, output: 92.5, pengaduan: 86.5 });
    expect(total).toBeCloseTo(89.07, 2);
  });
  it('is unknown when a weighted dimension is unknown or missing', () => {
    expect(weightedTotal(DEFAULT_DIMENSIONS, { input: 84, proses: null, output: 92.5, pengaduan: 86.5 })).toBeNull();
    expect(weightedTotal(DEFAULT_DIMENSIONS, { input: 84 })).toBeNull();
  });
  it('ignores a zero-weight dimension even when unknown', () => {
    const dims = [
      { key: 'a', label: 'A', weight: 50 },
      { key: 'b', label: 'B', weight: 0 },
    ];
    expect(weightedTotal(dims, { a: 70, b: null })).toBe(70);
  });
  it('is unknown for a dataset without weighted dimensions', () => {
    expect(weightedTotal([], {})).toBeNull();
  });
});
