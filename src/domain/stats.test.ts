import { describe, expect, it } from 'vitest';
import { differsAtTwoDecimals, meanOf, roundTo } from './stats';

describe('meanOf', () => {
  it('averages the Batang 2024 unit totals to 93.70, not the reported 93.74', () => {
    const mean = meanOf([93.77, 89.07, 95.07, 95.86, 97.55, 90.9]);
    expect(mean).not.toBeNull();
    expect(roundTo(mean ?? 0, 2)).toBe(93.7);
  });
  it('ignores unknown values instead of counting them as 0', () => {
    expect(meanOf([80, null, 90])).toBe(85);
  });
  it('is unknown when nothing is known', () => {
    expect(meanOf([])).toBeNull();
    expect(meanOf([null, null])).toBeNull();
  });
  it('skips non-finite values', () => {
    expect(meanOf([Number.NaN, 50])).toBe(50);
  });
});

describe('roundTo', () => {
  it('rounds half away from zero without binary artefacts', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(98.5925, 2)).toBe(98.59);
    expect(roundTo(-2.345, 2)).toBe(-2.35);
    expect(roundTo(0, 2)).toBe(0);
  });
});

describe('differsAtTwoDecimals', () => {
  it('tells 93.74 from 93.7033 but not 98.593 from 98.59', () => {
    expect(differsAtTwoDecimals(93.74, 93.7033)).toBe(true);
    expect(differsAtTwoDecimals(98.593, 98.59)).toBe(false);
  });
});
