import { describe, expect, it } from 'vitest';
import type { BenchRun } from './bench.mjs';
import { BUDGETS, median, quantile, summarize } from './bench.mjs';

const interaction = (ms: number) => ({ ms, eventTimingMs: ms - 4, mutations: 1 });

function run(
  overrides: {
    appChart?: number;
    appBytes?: number;
    dimensions?: number;
    national?: number;
    ten?: number;
    tenTask?: number;
    png?: number;
    year?: number;
  } = {},
): BenchRun {
  return {
    bare: { firstChartMs: 400, jsCssGzipBytes: 100_000, jsCssFiles: 1 },
    app: { firstChartMs: overrides.appChart ?? 160, jsCssGzipBytes: overrides.appBytes ?? 120_000, jsCssFiles: 4 },
    dimensions: { ms: overrides.dimensions ?? 560 },
    pngExport: { ms: overrides.png ?? 150, fileName: 'x.png' },
    errors: [],
    national: { firstChartMs: overrides.national ?? 720, longestTaskMs: 120 },
    national10x: { firstChartMs: overrides.ten ?? 1100, longestTaskMs: overrides.tenTask ?? 90 },
    interactions: {
      changeYear: interaction(overrides.year ?? 60),
      changeEntity: interaction(70),
      openCompare: interaction(90),
    },
  };
}

describe('median', () => {
  it('takes the middle value, or the mean of the middle two, ignoring unknowns', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 7, undefined, Number.NaN])).toBe(7);
    expect(median([])).toBeNull();
  });
});

describe('quantile', () => {
  it('interpolates between the sorted values, ignoring unknowns', () => {
    expect(quantile([4, 1, 3, 2, 5], 0.25)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([9, null, Number.NaN], 0.75)).toBe(9);
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe('summarize', () => {
  it('computes app/bare ratios from medians and passes budgets that are met', () => {
    const s = summarize([run(), run({ appChart: 180 }), run({ appChart: 170 })]);
    expect(s.app.firstChartMs).toBe(170);
    // Dimensions, national and 10× against the bare page's first chart (400 ms).
    expect(s.ratios).toEqual({ jsCss: 1.2, firstChart: 0.42, dimensions: 1.4, national: 1.8, national10x: 2.75 });
    expect(Object.values(s.budgets).every(Boolean)).toBe(true);
    // Per run: 160/400, 180/400, 170/400.
    expect(s.firstChartRunRatios).toEqual({ q1: 0.41, median: 0.42, q3: 0.44 });
  });

  it('fails each budget that is missed, and only that one', () => {
    const failing = (r: BenchRun) =>
      Object.entries(summarize([r]).budgets)
        .filter(([, ok]) => !ok)
        .map(([name]) => name);
    expect(failing(run({ appBytes: 126_000 }))).toEqual(['1 JS+CSS ≤ 1.25× bare']);
    expect(failing(run({ appChart: 210 }))).toEqual(['2 first chart ≤ 0.5× bare']);
    expect(failing(run({ dimensions: 620 }))).toEqual(['2b Dimensions clicked at once ≤ 1.5× bare first chart']);
    expect(failing(run({ national: 820 }))).toEqual(['3a national first chart ≤ 2× bare']);
    expect(failing(run({ ten: 1220 }))).toEqual(['3b 10× first chart ≤ 3× bare']);
    expect(failing(run({ tenTask: BUDGETS.national10xLongestTaskMs + 1 }))).toEqual(['3c 10× no task > 100 ms']);
    expect(failing(run({ year: 100 }))).toEqual(['4 interactions < 100 ms']);
    expect(failing(run({ png: 300 }))).toEqual(['5 PNG export < 300 ms']);
  });
});
