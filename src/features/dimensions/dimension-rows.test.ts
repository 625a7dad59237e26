import { describe, expect, it } from 'vitest';
import { dimensionsOf, rankUnits, unitsOf } from '../../domain/aggregate';
import { DEFAULT_DIMENSIONS } from '../../domain/dimensions';
import { BATANG, PEMALANG, batang2024, multiEntityMultiYear, unitRecord } from '../../domain/testing/fixtures';
import {
  entityMeans,
  heatBucket,
  heatSteps,
  lowestMeanDimension,
  radarChoices,
  scoreRange,
  toGroupedBarRows,
  toHeatmap,
  trimGroupedBarRows,
  toRadarRows,
  unitsWithDimensions,
} from './dimension-rows';

const dims = DEFAULT_DIMENSIONS;
const batangUnits = () => unitsOf(batang2024(), { institution: BATANG, year: 2024 });

describe('scoreRange', () => {
  it('spans the known scores and ignores unknown ones', () => {
    expect(scoreRange([93.5, null, 78.5, Number.NaN, 98])).toEqual({ min: 78.5, max: 98 });
  });

  it('is null when nothing is known', () => {
    expect(scoreRange([])).toBeNull();
    expect(scoreRange([null, null])).toBeNull();
  });
});

describe('heatBucket', () => {
  const range = { min: 80, max: 100 };

  it('puts the lowest score in the first step and the highest in the last', () => {
    expect(heatBucket(80, range)).toBe(0);
    expect(heatBucket(100, range)).toBe(4);
  });

  it('splits the range into equal steps, a boundary opening the next step', () => {
    expect(heatBucket(83.99, range)).toBe(0);
    expect(heatBucket(84, range)).toBe(1);
    expect(heatBucket(90, range)).toBe(2);
    expect(heatBucket(95.99, range)).toBe(3);
    expect(heatBucket(96, range)).toBe(4);
  });

  it('clamps scores outside the range (a mean from units not shown)', () => {
    expect(heatBucket(70, range)).toBe(0);
    expect(heatBucket(101, range)).toBe(4);
  });

  it('gives unknown scores no step at all, never the lowest', () => {
    expect(heatBucket(null, range)).toBeNull();
    expect(heatBucket(Number.NaN, range)).toBeNull();
    expect(heatBucket(90, null)).toBeNull();
  });

  it('uses the middle step when every score is the same', () => {
    expect(heatBucket(91, { min: 91, max: 91 })).toBe(2);
    expect(heatBucket(91, { min: 91, max: 91 }, 3)).toBe(1);
  });

  it('honours another number of steps', () => {
    expect(heatBucket(90, range, 2)).toBe(1);
    expect(heatBucket(89.9, range, 2)).toBe(0);
    expect(heatBucket(90, range, 0)).toBeNull();
  });
});

describe('entityMeans', () => {
  it('averages each dimension and the totals over the units', () => {
    const means = entityMeans(dims, batangUnits());
    expect(means.dimensions.input).toBeCloseTo(90.75, 10);
    expect(means.dimensions.proses).toBeCloseTo(96.3833, 4);
    expect(means.dimensions.output).toBeCloseTo(96.2667, 4);
    expect(means.dimensions.pengaduan).toBeCloseTo(89.7883, 4);
    expect(means.total).toBeCloseTo(93.7033, 4);
  });
});

describe('toHeatmap', () => {
  it('marks a total exactly where the overview ranking does (the one domain rule)', () => {
    // Totals 93.70, 93.71, 93.70: the mean 93.7033… reads 93,70, so neither 93.70 is below it.
    const units = [93.7, 93.71, 93.7].map((total, i) =>
      unitRecord({ year: 2024, institution: 'X', unit: `U${i}`, total, dimensions: { input: 90 } }),
    );
    const means = entityMeans(dims, units);
    const heatmap = toHeatmap(dims, units, means);
    const ranked = rankUnits(units, { mean: means.total });
    expect(heatmap.rows.map((r) => [r.unit, r.total.belowMean])).toEqual(
      ranked.map((r) => [r.record.unit, r.belowMean]),
    );
    expect(heatmap.rows.some((r) => r.total.belowMean)).toBe(false);
  });

  const units = batangUnits();
  const heatmap = toHeatmap(dims, units, entityMeans(dims, units));
  const row = (label: string) => heatmap.rows.find((r) => r.label === label);

  it('lists units highest total first, named by their short name', () => {
    expect(heatmap.rows.map((r) => r.label)).toEqual([
      'DPMPTSP',
      'Puskesmas Batang I',
      'Dinsos',
      'Disdukcapil',
      'Puskesmas Batang III',
      'Disdikbud',
    ]);
    expect(row('Disdikbud')?.unit).toBe('Dinas Pendidikan dan Kebudayaan');
  });

  it('marks each cell below the entity mean of its own column', () => {
    const disdikbud = row('Disdikbud');
    expect(disdikbud?.cells.map((c) => c.value)).toEqual([78.5, 98, 97.5, 76.89]);
    expect(disdikbud?.cells.map((c) => c.belowMean)).toEqual([true, false, false, true]);
    expect(disdikbud?.total).toMatchObject({ value: 89.07, belowMean: true });
    // Disdukcapil: above the mean on Input and Pengaduan, below it on Proses and Output.
    expect(row('Disdukcapil')?.cells.map((c) => c.belowMean)).toEqual([false, true, true, false]);
    expect(row('Disdukcapil')?.total.belowMean).toBe(false);
  });

  it('colours on a scale stretched over the scores shown', () => {
    expect(heatmap.range).toEqual({ min: 76.89, max: 98 });
    const disdikbud = row('Disdikbud');
    expect(disdikbud?.cells.map((c) => c.bucket)).toEqual([0, 4, 4, 0]);
    // (93.77 − 76.89) / 21.11 = 0.7996 → fourth step.
    expect(row('Disdukcapil')?.total.bucket).toBe(3);
  });

  it('carries the means as a footer row without marks', () => {
    expect(heatmap.meanCells.map((c) => c.value?.toFixed(2))).toEqual(['90.75', '96.38', '96.27', '89.79']);
    expect(heatmap.meanCells.every((c) => !c.belowMean)).toBe(true);
    expect(heatmap.meanTotal.value).toBeCloseTo(93.7033, 4);
  });

  it('keeps the entity means when a filter narrows the units shown', () => {
    const puskesmas = unitsOf(batang2024(), { institution: BATANG, year: 2024, unitType: 'Puskesmas' });
    const filtered = toHeatmap(dims, puskesmas, entityMeans(dims, units));
    expect(filtered.rows.map((r) => r.label)).toEqual(['Puskesmas Batang I', 'Puskesmas Batang III']);
    // 84 is above the two Puskesmas' own mean (90) but below the entity's (90.75).
    expect(filtered.rows[1]?.cells[0]).toMatchObject({ value: 84, belowMean: true });
    expect(filtered.meanCells[0]?.value).toBeCloseTo(90.75, 10);
  });

  it('leaves unknown scores unknown, uncoloured and unmarked', () => {
    const ds = multiEntityMultiYear();
    const pemalang = unitsOf(ds, { institution: PEMALANG, year: 2024 });
    const partial = toHeatmap(dimensionsOf(ds), pemalang, entityMeans(dimensionsOf(ds), pemalang));
    expect(partial.rows.map((r) => r.label)).toEqual(['Disdukcapil', 'Puskesmas Comal', 'Dinas Sosial']);
    const dinsos = partial.rows[2];
    expect(dinsos?.cells.map((c) => c.value)).toEqual([97, null, null, null]);
    expect(dinsos?.cells.map((c) => c.bucket)).toEqual([0, null, null, null]);
    expect(dinsos?.total).toEqual({ value: null, bucket: null, belowMean: false });
    expect(partial.meanCells.map((c) => c.value)).toEqual([97, null, null, null]);
    expect(partial.range).toEqual({ min: 97, max: 98.9 });
  });
});

describe('toGroupedBarRows', () => {
  it('gives one row per unit with a score and a mark for each dimension', () => {
    const units = batangUnits();
    const rows = toGroupedBarRows(dims, units, entityMeans(dims, units));
    expect(rows).toHaveLength(6);
    const last = rows.at(-1);
    expect(last).toEqual({
      id: 'Dinas Pendidikan dan Kebudayaan',
      label: 'Disdikbud',
      fullName: 'Dinas Pendidikan dan Kebudayaan',
      scores: { input: 78.5, proses: 98, output: 97.5, pengaduan: 76.89 },
      below: { input: true, proses: false, output: false, pengaduan: true },
    });
  });

  it('leaves out units without any dimension score and keeps unknown as null', () => {
    const ds = multiEntityMultiYear();
    const pemalang = unitsOf(ds, { institution: PEMALANG, year: 2024 });
    const rows = toGroupedBarRows(dims, pemalang, entityMeans(dims, pemalang));
    expect(rows.map((r) => r.label)).toEqual(['Dinas Sosial']);
    expect(rows[0]?.scores).toEqual({ input: 97, proses: null, output: null, pengaduan: null });
    expect(Object.values(rows[0]?.below ?? {})).toEqual([false, false, false, false]);
  });
});

describe('toRadarRows', () => {
  it('sets the unit against the entity mean on every dimension', () => {
    const units = batangUnits();
    const disdikbud = units.find((u) => u.unitShort === 'Disdikbud');
    if (!disdikbud) throw new Error('fixture changed');
    const rows = toRadarRows(dims, disdikbud, entityMeans(dims, units));
    expect(rows.map((r) => r.label)).toEqual(['Input', 'Proses', 'Output', 'Pengaduan']);
    expect(rows[0]).toMatchObject({ key: 'input', unit: 78.5, mean: 90.75, belowMean: true });
    expect(rows[0]?.difference).toBeCloseTo(-12.25, 10);
    expect(rows[1]?.difference).toBeCloseTo(98 - 96.3833, 4);
    expect(rows[1]?.belowMean).toBe(false);
  });

  it('has no difference where either side is unknown', () => {
    const unit = unitRecord({ year: 2024, institution: 'X', unit: 'A', dimensions: { input: 90 } });
    const rows = toRadarRows(dims, unit, { dimensions: { input: null, proses: 80 }, total: null });
    expect(rows.map((r) => r.difference)).toEqual([null, null, null, null]);
    expect(rows[1]).toMatchObject({ unit: null, mean: 80, belowMean: false });
  });
});

describe('radarChoices', () => {
  it('offers units with dimension scores and opens on the weakest total', () => {
    const ds = multiEntityMultiYear();
    const batang2023 = unitsOf(ds, { institution: BATANG, year: 2023 });
    const choices = radarChoices(batang2023);
    // Puskesmas Batang III 2023 (total 90) has no dimension scores, so Disdikbud (88.40) is the weakest shown.
    expect(choices.units.map((u) => u.unitShort)).toEqual(['Disdukcapil', 'Disdikbud']);
    expect(choices.weakest).toBe('Dinas Pendidikan dan Kebudayaan');
  });

  it('has no weakest when no total is known', () => {
    const ds = multiEntityMultiYear();
    const choices = radarChoices(unitsOf(ds, { institution: PEMALANG, year: 2024 }));
    expect(choices.units.map((u) => u.unit)).toEqual(['Dinas Sosial']);
    expect(choices.weakest).toBeNull();
  });

  it('is empty for totals-only data', () => {
    const ds = multiEntityMultiYear();
    expect(radarChoices(unitsOf(ds, { institution: PEMALANG, year: 2023 }))).toEqual({ units: [], weakest: null });
    expect(unitsWithDimensions(unitsOf(ds, { institution: PEMALANG, year: 2023 }))).toEqual([]);
  });
});

describe('lowestMeanDimension', () => {
  it('finds the dimension with the lowest entity mean', () => {
    const lowest = lowestMeanDimension(dims, entityMeans(dims, batangUnits()));
    expect(lowest?.dimension.key).toBe('pengaduan');
    expect(lowest?.mean).toBeCloseTo(89.7883, 4);
  });

  it('keeps the first dimension on a tie at two decimals and skips unknown means', () => {
    const means = { dimensions: { input: null, proses: 85.001, output: 85.004, pengaduan: 90 }, total: null };
    expect(lowestMeanDimension(dims, means)?.dimension.key).toBe('proses');
  });

  it('is null when no mean is known', () => {
    expect(lowestMeanDimension(dims, { dimensions: {}, total: null })).toBeNull();
  });
});

describe('heatSteps', () => {
  it('slices the range into the steps heatBucket uses, the last one closed', () => {
    const steps = heatSteps({ min: 80, max: 100 });
    expect(steps.map((s) => [s.bucket, s.min, s.max])).toEqual([
      [0, 80, 84],
      [1, 84, 88],
      [2, 88, 92],
      [3, 92, 96],
      [4, 96, 100],
    ]);
    // Every step's lower edge lands in that step; the top of the range in the last.
    for (const step of steps) expect(heatBucket(step.min, { min: 80, max: 100 })).toBe(step.bucket);
    expect(heatBucket(100, { min: 80, max: 100 })).toBe(4);
  });

  it('has one middle step when every score is equal, none without scores', () => {
    expect(heatSteps({ min: 90, max: 90 })).toEqual([{ bucket: 2, min: 90, max: 90 }]);
    expect(heatSteps(null)).toEqual([]);
  });
});

describe('trimGroupedBarRows', () => {
  const units = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      unitRecord({
        year: 2024,
        institution: 'X',
        unit: `Unit ${String(i + 1).padStart(2, '0')}`,
        total: 95 - i,
        dimensions: { input: 95 - i, proses: 90, output: 90, pengaduan: 90 },
      }),
    );
  const rowsOf = (count: number) => {
    const all = units(count);
    return toGroupedBarRows(DEFAULT_DIMENSIONS, all, entityMeans(DEFAULT_DIMENSIONS, all));
  };

  it('draws every unit of an entity with up to 25', () => {
    const rows = rowsOf(25);
    expect(trimGroupedBarRows(rows, String)).toEqual({ rows, hidden: 0 });
  });

  it('keeps the ten highest and ten lowest totals of 30 units, one bar-less row for the rest', () => {
    const trimmed = trimGroupedBarRows(rowsOf(30), (count) => `⋯ ${count}`);
    expect(trimmed.hidden).toBe(10);
    expect(trimmed.rows.map((r) => r.label)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `Unit ${String(i + 1).padStart(2, '0')}`),
      '⋯ 10',
      ...Array.from({ length: 10 }, (_, i) => `Unit ${String(i + 21).padStart(2, '0')}`),
    ]);
    expect(trimmed.rows[10]).toMatchObject({ scores: {}, below: {}, hiddenCount: 10 });
    // The weakest unit keeps its marks: input 66 is below the entity's input mean (80.5).
    expect(trimmed.rows.at(-1)?.below.input).toBe(true);
  });
});
