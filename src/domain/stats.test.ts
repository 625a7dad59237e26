import { describe, expect, it } from 'vitest';
import { differsAtTwoDecimals, isBelowMean, meanOf, roundTo } from './stats';

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

describe('isBelowMean', () => {
  it('is below when the published two decimals are lower', () => {
    expect(isBelowMean(78.5, 90.75)).toBe(true);
    expect(isBelowMean(90.74, 90.7533)).toBe(true);
    expect(isBelowMean(91, 90.75)).toBe(false);
  });

  it('is not below when both read the same at two decimals, though the raw score is lower', () => {
    // A unit at 93.70 beside the Batang 2024 mean of the totals, 93.7033…, both shown "93,70".
    const batangMean = meanOf([93.77, 89.07, 95.07, 95.86, 97.55, 90.9]);
    expect(93.7 < (batangMean ?? 0)).toBe(true);
    expect(isBelowMean(93.7, batangMean)).toBe(false);
    expect(isBelowMean(90.75, 90.7533)).toBe(false);
    expect(isBelowMean(80, 80)).toBe(false);
  });

  it('rounds 0.005 up (half away from zero) before comparing', () => {
    // 93.695 is published as 93.70, equal to a mean of 93.70; 93.6949 is published as 93.69.
    expect(isBelowMean(93.695, 93.7)).toBe(false);
    expect(isBelowMean(93.6949, 93.7)).toBe(true);
    // 1.005 has no exact binary form (1.00499…) but is still published as 1.01.
    expect(isBelowMean(1.005, 1.01)).toBe(false);
    expect(isBelowMean(1.004, 1.005)).toBe(true);
    // A mean that rounds up lifts the bar: 80.004 is "80,00" below a mean of 80.005 → "80,01".
    expect(isBelowMean(80.004, 80.005)).toBe(true);
  });

  it('ignores float noise from weighted sums', () => {
    const weighted = 0.15 * 77.3 + 0.35 * 77.3 + 0.5 * 77.3; // 77.29999999999998
    expect(weighted < 77.3).toBe(true);
    expect(isBelowMean(weighted, 77.3)).toBe(false);
  });

  it('is never below when either side is unknown', () => {
    expect(isBelowMean(null, 90)).toBe(false);
    expect(isBelowMean(80, null)).toBe(false);
    expect(isBelowMean(undefined, 90)).toBe(false);
    expect(isBelowMean(80, undefined)).toBe(false);
    expect(isBelowMean(Number.NaN, 90)).toBe(false);
    expect(isBelowMean(80, Number.POSITIVE_INFINITY)).toBe(false);
    expect(isBelowMean(null, null)).toBe(false);
  });
});
