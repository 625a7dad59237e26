// Coaching from 2025: the Ombudsman's own advice (coach units below 78) and no weighted effects, since
// the weights inside the four dimensions' 70 % were not published. Dimension scores are illustrative.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, Dimension, Score, UnitRecord } from './model';
import { coachingPlan, defaultCoachingRule } from './coaching';
import { flaggedUnits, type CoachingRule } from './coaching-rule';
import { DEFAULT_DIMENSIONS, weightShares } from './dimensions';
import { COACH_BELOW_2025 } from './methods';
import { unitRecord } from './testing/fixtures';

const RUNS = Number(process.env.FC_RUNS ?? 200);
const PROPERTY_TIMEOUT_MS = Math.max(30_000, RUNS * 20);
const ENTITY = 'Kabupaten Contoh';

function unit(name: string, year: number, total: number, dims: Record<string, Score>): UnitRecord {
  return unitRecord({ year, institution: ENTITY, unit: name, total, dimensions: dims, illustrative: true });
}

/** A file without its own dimensions, as validateDataset reads it: the default four, flagged so. */
function defaulted(records: UnitRecord[]): Dataset {
  return { dimensions: DEFAULT_DIMENSIONS.map((d) => ({ ...d })), defaultDimensions: true, institutions: [], records };
}

describe('defaultCoachingRule', () => {
  it('is the Ombudsman’s advice from 2025: coach units below 78 (press: letters to regional heads)', () => {
    expect(COACH_BELOW_2025).toBe(78);
    for (const year of [2025, 2026]) {
      expect(defaultCoachingRule(year)).toEqual({
        rule: { kind: 'belowTarget', target: 78 },
        provenance: { kind: 'press', basis: 'coachBelow78' },
      });
    }
  });

  it('is below the entity’s mean up to 2024, Rapor’s own rule', () => {
    for (const year of [2019, 2022, 2024]) {
      expect(defaultCoachingRule(year)).toEqual({
        rule: { kind: 'belowMean' },
        provenance: { kind: 'rapor', basis: 'coachBelowMean' },
      });
    }
  });
});

describe('coachingPlan for 2025 without weights', () => {
  // Means: input 80, proses 80, output 80, pengaduan 80.
  const ds = defaulted([
    unit('Dinas Sosial', 2025, 92.36, { input: 94, proses: 90, output: 92, pengaduan: 93 }),
    unit('RSUD', 2025, 76.82, { input: 74, proses: 78, output: 70, pengaduan: 76 }),
    unit('SDN 1', 2025, 70, { input: 72, proses: 72, output: 78, pengaduan: 71 }),
  ]);
  const plan = coachingPlan(ds, { institution: ENTITY, year: 2025 }, defaultCoachingRule(2025).rule);

  it('says the weights are unknown, and why', () => {
    expect(plan.weights).toEqual({ known: false, provenance: { kind: 'press', basis: 'weightsUnpublished2025' } });
  });

  it('flags the units below 78, the largest gap to the mean first', () => {
    expect(plan.items.map((i) => i.record.unit)).toEqual(['SDN 1', 'RSUD']);
    expect(plan.items.map((i) => i.potentialLift)).toEqual([null, null]);
  });

  it('gives each focus dimension its gap but no share and no effect, sorted by gap', () => {
    const rsud = plan.items.find((i) => i.record.unit === 'RSUD');
    // Means: input 80, proses 80, output 80, pengaduan 80 → gaps 6, 2, 10, 4.
    expect(rsud?.focus.map((f) => [f.key, f.gap, f.share, f.effect])).toEqual([
      ['output', 10, null, null],
      ['input', 6, null, null],
      ['pengaduan', 4, null, null],
      ['proses', 2, null, null],
    ]);
  });

  it('gives the next level on the 2025 scale: Tinggi from 78', () => {
    const rsud = plan.items.find((i) => i.record.unit === 'RSUD');
    expect(rsud?.nextLevel?.level).toMatchObject({ min: 78, quality: 'tinggi', method: 'maladministrasi' });
    expect(rsud?.nextLevel?.gap).toBeCloseTo(78 - 76.82, 10);
    expect(rsud?.nextLevel?.level).not.toHaveProperty('zone');
  });

  it('weighs the effects with the dimensions a 2025 file gives itself', () => {
    const own: Dimension[] = [
      { key: 'input', label: 'Input', weight: 10 },
      { key: 'proses', label: 'Proses', weight: 20 },
      { key: 'output', label: 'Output', weight: 30 },
      { key: 'pengaduan', label: 'Pengaduan', weight: 10 },
    ];
    const weighed = coachingPlan(
      { ...ds, dimensions: own, defaultDimensions: undefined },
      { institution: ENTITY, year: 2025 },
      { kind: 'belowTarget', target: 78 },
    );
    expect(weighed.weights).toMatchObject({ known: true, from: 'dataset' });
    const rsud = weighed.items.find((i) => i.record.unit === 'RSUD');
    // Shares 1/7, 2/7, 3/7, 1/7; effects 6/7, 4/7, 30/7, 4/7.
    expect(rsud?.focus.map((f) => f.key)).toEqual(['output', 'input', 'proses', 'pengaduan']);
    expect(rsud?.potentialLift).toBeCloseTo(44 / 7, 10);
  });
});

// Random entity-years: 1–6 units, each total and dimension score known or not.
const maybeScore = fc.oneof({ weight: 4, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) }, fc.constant(null));
const unitArb = fc.record({
  total: fc.double({ min: 0, max: 100, noNaN: true }),
  input: maybeScore,
  proses: maybeScore,
  output: maybeScore,
  pengaduan: maybeScore,
});
const ruleArb: fc.Arbitrary<CoachingRule> = fc.oneof(
  fc.constant({ kind: 'belowMean' as const }),
  fc.double({ min: 0, max: 100, noNaN: true }).map((target) => ({ kind: 'belowTarget' as const, target })),
  fc.integer({ min: 0, max: 6 }).map((n) => ({ kind: 'lowestN' as const, n })),
);

type RandomUnit = { total: number } & Record<'input' | 'proses' | 'output' | 'pengaduan', Score>;

function randomDataset(year: number, units: readonly RandomUnit[], flagged: boolean): Dataset {
  const records = units.map(({ total, ...dims }, i) => unit(`Unit ${i + 1}`, year, total, dims));
  const ds = defaulted(records);
  return flagged ? ds : { ...ds, defaultDimensions: undefined };
}

describe('coachingPlan: laws', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('for 2024, every effect is share × gap and the potential lift is their sum (property)', () => {
    const shares = weightShares(DEFAULT_DIMENSIONS);
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 1, maxLength: 6 }), ruleArb, fc.boolean(), (units, rule, flagged) => {
        const plan = coachingPlan(randomDataset(2024, units, flagged), { institution: ENTITY, year: 2024 }, rule);
        expect(plan.weights.known).toBe(true);
        for (const item of plan.items) {
          let sum = 0;
          for (const f of item.focus) {
            expect(f.gap).toBeGreaterThan(0);
            expect(f.gap).toBeCloseTo((f.mean ?? Number.NaN) - (f.score ?? Number.NaN), 9);
            expect(f.share).toBe(shares[f.key]);
            expect(f.effect).toBe((f.share ?? Number.NaN) * f.gap);
            sum += f.effect ?? Number.NaN;
          }
          expect(item.potentialLift).toBeCloseTo(sum, 9);
          // Largest effect first.
          const effects = item.focus.map((f) => f.effect ?? 0);
          expect(effects).toEqual([...effects].sort((a, b) => b - a));
        }
        const lifts = plan.items.map((i) => i.potentialLift ?? 0);
        expect(lifts).toEqual([...lifts].sort((a, b) => b - a));
      }),
      { numRuns: RUNS },
    );
  });

  it('from 2025 without the file’s own dimensions, no effect and no lift anywhere, largest gap first (property)', () => {
    fc.assert(
      fc.property(
        fc.array(unitArb, { minLength: 1, maxLength: 6 }),
        ruleArb,
        fc.integer({ min: 2025, max: 2027 }),
        (units, rule, year) => {
          const plan = coachingPlan(randomDataset(year, units, true), { institution: ENTITY, year }, rule);
          expect(plan.weights.known).toBe(false);
          for (const item of plan.items) {
            expect(item.potentialLift).toBeNull();
            expect(item.focus.every((f) => f.share === null && f.effect === null && f.gap > 0)).toBe(true);
            const gaps = item.focus.map((f) => f.gap);
            expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
          }
          // Without lifts, units are ordered by their gap to the mean.
          const gapsToMean = plan.items.map((i) => i.gapToMean ?? Number.NEGATIVE_INFINITY);
          expect(gapsToMean).toEqual([...gapsToMean].sort((a, b) => b - a));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('the 2025 threshold is judged at two decimals', () => {
  it('does not flag 77.996 (shown 78,00) and flags 77.99', () => {
    const records = [
      unitRecord({ year: 2025, institution: 'K', unit: 'a', total: 77.996 }),
      unitRecord({ year: 2025, institution: 'K', unit: 'b', total: 77.99 }),
    ];
    expect(flaggedUnits(records, { kind: 'belowTarget', target: 78 }, null).map((r) => r.unit)).toEqual(['b']);
  });
});
