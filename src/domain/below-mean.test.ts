import { describe, expect, it } from 'vitest';
import { rankUnits, unitsOf } from './aggregate';
import { coachingPlan, dimensionFocus } from './coaching';
import { flaggedUnits } from './coaching-rule';
import type { Dataset } from './model';
import { meanOf } from './stats';
import { unitDetail } from './unit-detail';
import { unitRecord } from './testing/fixtures';

// Three units whose totals average 93.7033…, shown "93,70". Unit A is at 93.70: below the mean on
// the raw figures, equal to it as published. Every place that says "below the mean" must agree.
const INSTITUTION = 'Kabupaten Contoh';
const YEAR = 2024;
const unit = (name: string, total: number, input: number, proses: number) =>
  unitRecord({ year: YEAR, institution: INSTITUTION, unit: name, total, dimensions: { input, proses } });

const dataset: Dataset = {
  dimensions: [
    { key: 'input', label: 'Input', weight: 50 },
    { key: 'proses', label: 'Proses', weight: 50 },
  ],
  institutions: [],
  records: [unit('A', 93.7, 90, 80), unit('B', 93.71, 90.01, 90), unit('C', 93.7, 90, 90)],
};
const records = () => unitsOf(dataset, { institution: INSTITUTION, year: YEAR });
const mean = () => meanOf(records().map((r) => r.total));

describe('one "below the mean" rule across the domain', () => {
  it('has a mean that is above 93.70 raw but reads 93.70', () => {
    expect(mean()).toBeCloseTo(93.70333, 5);
    expect(93.7 < (mean() ?? 0)).toBe(true);
  });

  it('overview ranking: a unit equal to the mean at two decimals is not below it', () => {
    const ranked = rankUnits(records(), { mean: mean(), coachingRule: { kind: 'belowMean' } });
    expect(ranked.map((r) => [r.record.unit, r.belowMean, r.needsCoaching])).toEqual([
      ['B', false, false],
      ['A', false, false],
      ['C', false, false],
    ]);
  });

  it('coaching rule and plan: nobody is flagged below the mean', () => {
    expect(flaggedUnits(records(), { kind: 'belowMean' }, mean())).toEqual([]);
    expect(coachingPlan(dataset, { institution: INSTITUTION, year: YEAR }, { kind: 'belowMean' }).items).toEqual([]);
    // One hundredth lower is below.
    expect(flaggedUnits(records(), { kind: 'belowMean' }, 93.71).map((r) => r.unit)).toEqual(['A', 'C']);
  });

  it('unit detail: the total and a dimension equal at two decimals are not below; a real gap is', () => {
    const detail = unitDetail(dataset, { institution: INSTITUTION, year: YEAR, unit: 'A' });
    expect(detail?.belowMean).toBe(false);
    // Input 90 against a mean of 90.0033… ("90,00"); Proses 80 against 86.67.
    expect(detail?.dimensions.map((d) => [d.key, d.below])).toEqual([
      ['input', false],
      ['proses', true],
    ]);
    expect(detail?.focus.map((f) => f.key)).toEqual(['proses']);
  });

  it('coaching focus lists only dimensions below the mean as published', () => {
    const [a] = records();
    expect(a).toBeDefined();
    if (!a) return;
    const focus = dimensionFocus(dataset, a, { input: 90.004, proses: 80.006 });
    // 90 vs 90.004 ("90,00") is no gap; 80 vs 80.006 ("80,01") is.
    expect(focus.map((f) => f.key)).toEqual(['proses']);
    expect(focus[0]?.gap).toBeCloseTo(0.006, 10);
  });
});
