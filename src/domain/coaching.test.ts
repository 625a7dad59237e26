import { describe, expect, it } from 'vitest';
import type { Dataset, UnitRecord } from './model';
import { coachingPlan, dimensionFocus } from './coaching';
import { flaggedUnits, type CoachingRule } from './coaching-rule';
import { BATANG, JATENG, PEMALANG, batang2024, multiEntityMultiYear, unitRecord } from './testing/fixtures';

const unit = (name: string, total: number | null) => unitRecord({ year: 2024, institution: 'X', unit: name, total });
const names = (records: readonly UnitRecord[]) => records.map((r) => r.unit);

describe('flaggedUnits', () => {
  const records = [unit('A', 95), unit('B', 80), unit('C', 90), unit('D', null), unit('E', 85), unit('F', 80)];
  // Mean of known totals: (95 + 80 + 90 + 85 + 80) / 5 = 86

  it('belowMean flags totals strictly below the mean, weakest first, ties by name', () => {
    expect(names(flaggedUnits(records, { kind: 'belowMean' }, 86))).toEqual(['B', 'F', 'E']);
    expect(names(flaggedUnits(records, { kind: 'belowMean' }, 85))).toEqual(['B', 'F']);
  });
  it('belowMean flags nothing against an unknown mean', () => {
    expect(flaggedUnits(records, { kind: 'belowMean' }, null)).toEqual([]);
  });
  it('belowTarget flags totals strictly below the target', () => {
    expect(names(flaggedUnits(records, { kind: 'belowTarget', target: 90 }, null))).toEqual(['B', 'F', 'E']);
    expect(flaggedUnits(records, { kind: 'belowTarget', target: 80 }, null)).toEqual([]);
    expect(flaggedUnits(records, { kind: 'belowTarget', target: Number.NaN }, null)).toEqual([]);
  });
  it('lowestN takes the N lowest known totals, clamped to the count', () => {
    expect(names(flaggedUnits(records, { kind: 'lowestN', n: 1 }, null))).toEqual(['B']);
    expect(names(flaggedUnits(records, { kind: 'lowestN', n: 3 }, null))).toEqual(['B', 'F', 'E']);
    expect(names(flaggedUnits(records, { kind: 'lowestN', n: 99 }, null))).toEqual(['B', 'F', 'E', 'C', 'A']);
    expect(flaggedUnits(records, { kind: 'lowestN', n: 0 }, null)).toEqual([]);
    expect(flaggedUnits(records, { kind: 'lowestN', n: -2 }, null)).toEqual([]);
    expect(names(flaggedUnits(records, { kind: 'lowestN', n: 1.9 }, null))).toEqual(['B']);
  });
  it('never flags an unknown total, and handles no records', () => {
    const rules: CoachingRule[] = [
      { kind: 'belowMean' },
      { kind: 'belowTarget', target: 100 },
      { kind: 'lowestN', n: 10 },
    ];
    for (const rule of rules) {
      expect(names(flaggedUnits(records, rule, 99))).not.toContain('D');
      expect(flaggedUnits([], rule, 99)).toEqual([]);
    }
  });
});

describe('coachingPlan on Batang 2024', () => {
  const ds = batang2024();
  const plan = coachingPlan(ds, { institution: BATANG, year: 2024 }, { kind: 'belowMean' });

  it('flags exactly Disdikbud and Puskesmas Batang III against the computed mean 93.70', () => {
    expect(plan.entityMean).toBeCloseTo(562.22 / 6, 10);
    expect(plan.items.map((i) => i.record.unitShort).sort()).toEqual(['Disdikbud', 'Puskesmas Batang III']);
  });

  it('points both at exactly Input and Pengaduan', () => {
    for (const item of plan.items) {
      expect(item.focus.map((f) => f.key).sort()).toEqual(['input', 'pengaduan']);
    }
  });

  it('computes the weighted effect of each gap (checked by hand)', () => {
    const disdikbud = plan.items.find((i) => i.record.unitShort === 'Disdikbud');
    // Input mean 90.75, Disdikbud 78.5 → gap 12.25; share 21.85 / 100 → effect 0.2185 × 12.25 = 2.676625.
    // Pengaduan mean 538.73 / 6 = 89.788333…, Disdikbud 76.89 → gap 12.898333…; effect 0.2154 × 12.898333… = 2.778301.
    // Pengaduan therefore comes first although Input has the larger weight.
    expect(disdikbud?.focus.map((f) => f.key)).toEqual(['pengaduan', 'input']);
    const [pengaduan, input] = disdikbud?.focus ?? [];
    expect(input?.gap).toBeCloseTo(12.25, 10);
    expect(input?.share).toBeCloseTo(0.2185, 10);
    expect(input?.effect).toBeCloseTo(2.676625, 10);
    expect(input).toMatchObject({ label: 'Input', weight: 21.85, score: 78.5, mean: 90.75 });
    expect(pengaduan?.gap).toBeCloseTo(12.898333, 6);
    expect(pengaduan?.effect).toBeCloseTo(2.778301, 6);
    expect(disdikbud?.potentialLift).toBeCloseTo(2.676625 + 2.778301, 6);
  });

  it('orders items by potential lift and gives gaps to the mean, the best unit and the next grade', () => {
    const [first, second] = plan.items;
    expect(first?.record.unitShort).toBe('Disdikbud');
    expect(second?.record.unitShort).toBe('Puskesmas Batang III');
    // Puskesmas Batang III: Input 0.2185 × (90.75 − 84) = 1.474875; Pengaduan 0.2154 × (89.788333 − 79.99) = 2.110561.
    expect(second?.potentialLift).toBeCloseTo(1.474875 + 2.110561, 5);
    expect(first?.gapToMean).toBeCloseTo(562.22 / 6 - 89.07, 10);
    expect(first?.gapToBest).toBeCloseTo(97.55 - 89.07, 10);
    expect(plan.best?.unitShort).toBe('DPMPTSP');
    // Already grade A: nothing above.
    expect(first?.nextLevel).toBeNull();
    expect(plan.hasDimensions).toBe(true);
    expect(plan.dimensionMeans.input).toBeCloseTo(90.75, 10);
  });

  it('uses the computed mean, not the reported 93.74', () => {
    // A unit at 93.72 sits between the mean (93.70) and the reported figure (93.74): not below the mean.
    const shifted = batang2024();
    const disdukcapil = shifted.records.find((r) => r.unitShort === 'Disdukcapil');
    if (!disdukcapil) throw new Error('fixture changed');
    disdukcapil.total = 93.72;
    const p = coachingPlan(shifted, { institution: BATANG, year: 2024 }, { kind: 'belowMean' });
    expect(p.entityMean).toBeLessThan(93.72);
    expect(p.items.map((i) => i.record.unitShort)).not.toContain('Disdukcapil');
  });

  it('applies other rules', () => {
    const lowest = coachingPlan(ds, { institution: BATANG, year: 2024 }, { kind: 'lowestN', n: 1 });
    expect(lowest.items.map((i) => i.record.unitShort)).toEqual(['Disdikbud']);
    const target = coachingPlan(ds, { institution: BATANG, year: 2024 }, { kind: 'belowTarget', target: 95.5 });
    expect(target.items.map((i) => i.record.unitShort).sort()).toEqual([
      'Dinsos',
      'Disdikbud',
      'Disdukcapil',
      'Puskesmas Batang III',
    ]);
    expect(target.rule).toEqual({ kind: 'belowTarget', target: 95.5 });
  });

  it('narrows candidates by unit type but keeps the whole entity as the yardstick', () => {
    const p = coachingPlan(ds, { institution: BATANG, year: 2024, unitType: 'Puskesmas' }, { kind: 'belowMean' });
    expect(p.entityMean).toBeCloseTo(plan.entityMean ?? 0, 10);
    expect(p.best?.unitShort).toBe('DPMPTSP');
    expect(p.items.map((i) => i.record.unitShort)).toEqual(['Puskesmas Batang III']);
    expect(p.items[0]?.focus.map((f) => f.key).sort()).toEqual(['input', 'pengaduan']);
  });
});

describe('coachingPlan edge cases', () => {
  it('flags units without dimension scores with an empty focus (Batang 2023)', () => {
    const ds = multiEntityMultiYear();
    const plan = coachingPlan(ds, { institution: BATANG, year: 2023 }, { kind: 'lowestN', n: 3 });
    const pkm = plan.items.find((i) => i.record.unit === 'Puskesmas Batang III');
    expect(pkm?.focus).toEqual([]);
    expect(pkm?.potentialLift).toBe(0);
    // Dimension means come from the two units that have dimension scores.
    expect(plan.dimensionMeans.input).toBe(85);
    // Disdikbud lifts 0.2185 × 5 + 0.2154 × 5.3 ≈ 2.23, Disdukcapil 0.3237 × 1 + 0.2424 × 0.25 ≈ 0.38, the Puskesmas 0.
    expect(plan.items.map((i) => i.record.unitShort)).toEqual(['Disdikbud', 'Disdukcapil', 'Puskesmas Batang III']);
  });
  it('orders items without dimension scores by the gap to the mean', () => {
    const ds: Dataset = { dimensions: [], institutions: [], records: [unit('A', 95), unit('C', 85), unit('B', 80)] };
    const plan = coachingPlan(ds, { institution: 'X', year: 2024 }, { kind: 'lowestN', n: 2 });
    expect(plan.items.map((i) => [i.record.unit, i.potentialLift])).toEqual([
      ['B', 0],
      ['C', 0],
    ]);
    expect(plan.items[0]?.gapToMean).toBeCloseTo(260 / 3 - 80, 10);
  });
  it('reports the next grade for a unit outside the top band', () => {
    const ds: Dataset = {
      dimensions: [],
      institutions: [],
      records: [unit('A', 95), unit('B', 86.5)],
    };
    const plan = coachingPlan(ds, { institution: 'X', year: 2024 }, { kind: 'belowMean' });
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]?.nextLevel?.level.grade).toBe('A');
    expect(plan.items[0]?.nextLevel?.gap).toBeCloseTo(1.5, 10);
    expect(plan.hasDimensions).toBe(false);
  });
  it('never flags an unknown total (Pemalang 2024) and has no dimensions for totals-only data', () => {
    const plan = coachingPlan(
      multiEntityMultiYear(),
      { institution: PEMALANG, year: 2024 },
      { kind: 'lowestN', n: 10 },
    );
    expect(plan.items.map((i) => i.record.unit)).toEqual(['Puskesmas Comal', 'Disdukcapil']);
    // Dinas Sosial has one dimension score, so the entity does have some.
    expect(plan.hasDimensions).toBe(true);
  });
  it('is empty for an institution-only entity', () => {
    const plan = coachingPlan(multiEntityMultiYear(), { institution: JATENG, year: 2024 }, { kind: 'belowMean' });
    expect(plan).toMatchObject({ entityMean: null, best: null, items: [], hasDimensions: false });
  });
});

describe('dimensionFocus', () => {
  it('ignores unknown scores or means and dimensions at or above the mean', () => {
    const ds = batang2024();
    const record = unitRecord({
      year: 2024,
      institution: 'X',
      unit: 'u',
      total: 80,
      dimensions: { input: 70, proses: 90, output: null },
    });
    const focus = dimensionFocus(ds, record, { input: 80, proses: 90, output: 95, pengaduan: 90 });
    expect(focus.map((f) => f.key)).toEqual(['input']);
    expect(dimensionFocus(ds, record, { input: null, proses: null, output: null, pengaduan: null })).toEqual([]);
  });
  it('normalises weights that do not sum to 100', () => {
    const ds: Dataset = {
      dimensions: [
        { key: 'a', label: 'A', weight: 1 },
        { key: 'b', label: 'B', weight: 3 },
      ],
      institutions: [],
      records: [],
    };
    const record = unitRecord({ year: 2024, institution: 'X', unit: 'u', total: 50, dimensions: { a: 40, b: 40 } });
    // a: 0.25 × 20 = 5; b: 0.75 × 10 = 7.5
    const focus = dimensionFocus(ds, record, { a: 60, b: 50 });
    expect(focus.map((f) => [f.key, f.effect])).toEqual([
      ['b', 7.5],
      ['a', 5],
    ]);
  });
});
