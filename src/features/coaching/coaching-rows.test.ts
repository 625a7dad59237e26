import { describe, expect, it } from 'vitest';
import { unitsOf } from '../../domain/aggregate';
import { coachingPlan } from '../../domain/coaching';
import type { Dataset } from '../../domain/model';
import { BATANG, PEMALANG, batang2024, multiEntityMultiYear, unitRecord } from '../../domain/testing/fixtures';
import { DIY, diy2025 } from '../../domain/testing/fixtures-2025';
import { coachingSummary, effectCsv, standing, toCoachingCards, toEffectRows } from './coaching-rows';

const BATANG_2024 = { institution: BATANG, year: 2024 };
// Mean of the six Batang 2024 totals: 562.22 / 6.
const MEAN = 562.22 / 6;

describe('standing', () => {
  it('says below, above or equal, comparing at two decimals', () => {
    expect(standing(4.63)).toEqual({ side: 'below', points: 4.63 });
    expect(standing(-0.07)).toEqual({ side: 'above', points: 0.07 });
    expect(standing(0.004)).toEqual({ side: 'equal', points: 0 });
    expect(standing(-0.004)).toEqual({ side: 'equal', points: 0 });
    expect(standing(null)).toBeNull();
    expect(standing(Number.NaN)).toBeNull();
  });
});

describe('toCoachingCards on Batang 2024, default rule', () => {
  const ds = batang2024();
  const cards = toCoachingCards(coachingPlan(ds, BATANG_2024, { kind: 'belowMean' }), 2024);

  it('gives Disdikbud then Puskesmas Batang III, with short and full names', () => {
    expect(cards.map((c) => c.label)).toEqual(['Disdikbud', 'Puskesmas Batang III']);
    expect(cards[0]).toMatchObject({
      unit: 'Dinas Pendidikan dan Kebudayaan',
      fullName: 'Dinas Pendidikan dan Kebudayaan',
    });
    // A short name equal to the full one is not repeated.
    expect(cards[1]?.fullName).toBeUndefined();
  });

  it('places Disdikbud against the mean, the best unit and the grade scale', () => {
    const disdikbud = cards[0];
    expect(disdikbud?.total).toBe(89.07);
    expect(disdikbud?.level).toMatchObject({
      origin: 'derived',
      level: { grade: 'A', zone: 'hijau', basis: 'official' },
    });
    expect(disdikbud?.method).toBe('kepatuhan');
    expect(disdikbud?.vsMean?.side).toBe('below');
    expect(disdikbud?.vsMean?.points).toBeCloseTo(MEAN - 89.07, 10);
    expect(disdikbud?.vsBest).toMatchObject({ side: 'below', bestLabel: 'DPMPTSP', isBest: false });
    expect(disdikbud?.vsBest?.points).toBeCloseTo(97.55 - 89.07, 10);
    expect(disdikbud?.nextLevel).toEqual({ kind: 'top' });
  });

  it('lists the focus dimensions with their share in percent, largest effect first', () => {
    const disdikbud = cards[0];
    expect(disdikbud?.focusState).toBe('listed');
    expect(disdikbud?.weighted).toBe(true);
    expect(disdikbud?.focus.map((f) => f.key)).toEqual(['pengaduan', 'input']);
    const [pengaduan, input] = disdikbud?.focus ?? [];
    expect(pengaduan?.weightPercent).toBeCloseTo(21.54, 10);
    expect(input?.weightPercent).toBeCloseTo(21.85, 10);
    // Input: mean 90.75, score 78.5 → 0.2185 × 12.25.
    expect(input?.effect).toBeCloseTo(2.676625, 10);
    expect(disdikbud?.potentialLift).toBeCloseTo(2.676625 + 0.2154 * (538.73 / 6 - 76.89), 10);
    expect(disdikbud?.liftedTotal).toBeCloseTo(89.07 + (disdikbud?.potentialLift ?? 0), 10);
    expect(disdikbud?.illustrative).toBe(true);
  });

  it('flattens the focus rows unit by unit for the effect chart', () => {
    const rows = toEffectRows(cards);
    expect(rows.map((r) => `${r.unitLabel}/${r.dimensionLabel}`)).toEqual([
      'Disdikbud/Pengaduan',
      'Disdikbud/Input',
      'Puskesmas Batang III/Pengaduan',
      'Puskesmas Batang III/Input',
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(4);
    // Puskesmas Batang III, Input: 0.2185 × (90.75 − 84).
    expect(rows[3]?.effect).toBeCloseTo(1.474875, 10);
    expect(rows[3]).toMatchObject({ score: 84, unitName: 'Puskesmas Batang III' });
  });
});

describe('effectCsv', () => {
  it('exports exactly the chart rows, full unit names and raw numbers', () => {
    const ds = batang2024();
    const rows = toEffectRows(toCoachingCards(coachingPlan(ds, BATANG_2024, { kind: 'belowMean' }), 2024));
    const labels = { unit: 'U', dimension: 'D', score: 'S', mean: 'M', gap: 'G', weight: 'W', effect: 'E' };
    const csv = effectCsv(rows, labels);
    expect(csv.columns).toEqual(['U', 'D', 'S', 'M', 'G', 'W', 'E']);
    expect(csv.rows).toHaveLength(4);
    const [unit, dimension, score, mean, gap, weight, effect] = csv.rows[1] ?? [];
    expect([unit, dimension, score, mean]).toEqual(['Dinas Pendidikan dan Kebudayaan', 'Input', 78.5, 90.75]);
    expect(gap).toBeCloseTo(12.25, 10);
    expect(weight).toBeCloseTo(21.85, 10);
    expect(effect).toBeCloseTo(2.676625, 10);
  });
});

describe('toCoachingCards, other situations', () => {
  it('says when a flagged unit is the best one and has no dimension below the mean', () => {
    const ds = batang2024();
    const cards = toCoachingCards(coachingPlan(ds, BATANG_2024, { kind: 'lowestN', n: 6 }), 2024);
    const best = cards.find((c) => c.label === 'DPMPTSP');
    expect(best?.vsBest).toMatchObject({ side: 'equal', isBest: true });
    expect(best?.vsMean?.side).toBe('above');
    expect(best?.focusState).toBe('noneBelow');
    expect(best?.liftedTotal).toBeNull();
  });

  it('gives the points to the next grade for a unit below grade A', () => {
    const ds = batang2024();
    const disdikbud = ds.records.find((r) => r.unitShort === 'Disdikbud');
    if (!disdikbud) throw new Error('fixture changed');
    disdikbud.total = 85.5;
    const [card] = toCoachingCards(coachingPlan(ds, BATANG_2024, { kind: 'lowestN', n: 1 }), 2024);
    expect(card?.level?.level.grade).toBe('B');
    expect(card?.nextLevel).toMatchObject({
      kind: 'step',
      level: { grade: 'A', zone: 'hijau', min: 88, basis: 'official' },
    });
    expect(card?.nextLevel.kind === 'step' && card.nextLevel.points).toBeCloseTo(2.5, 10);
  });

  it('speaks of zones for years graded by zone only', () => {
    const ds: Dataset = {
      dimensions: [],
      institutions: [],
      records: [
        unitRecord({ year: 2021, institution: 'X', unit: 'A', total: 85 }),
        unitRecord({ year: 2021, institution: 'X', unit: 'B', total: 70 }),
      ],
    };
    const cards = toCoachingCards(coachingPlan(ds, { institution: 'X', year: 2021 }, { kind: 'lowestN', n: 2 }), 2021);
    expect(cards.find((c) => c.label === 'A')).toMatchObject({ nextLevel: { kind: 'top' }, method: 'zona' });
    const b = cards.find((c) => c.label === 'B');
    expect(b?.nextLevel).toMatchObject({ kind: 'step', level: { zone: 'hijau', min: 81 } });
    expect(b?.nextLevel.kind === 'step' && b.nextLevel.level.grade).toBe(undefined);
    expect(b?.focusState).toBe('noDimensions');
  });

  it('marks a unit with only a total as having no dimension scores, beside units that have them', () => {
    const ds = multiEntityMultiYear();
    const plan = coachingPlan(ds, { institution: BATANG, year: 2023 }, { kind: 'lowestN', n: 3 });
    expect(plan.hasDimensions).toBe(true);
    const cards = toCoachingCards(plan, 2023);
    expect(cards.find((c) => c.label === 'Puskesmas Batang III')?.focusState).toBe('noDimensions');
    expect(cards.find((c) => c.label === 'Disdikbud')?.focusState).toBe('listed');
  });
});

describe('coachingSummary', () => {
  it('counts the units the rule could judge apart from those without a total', () => {
    const ds = multiEntityMultiYear();
    const query = { institution: PEMALANG, year: 2024 };
    const cards = toCoachingCards(coachingPlan(ds, query, { kind: 'belowMean' }), 2024);
    const summary = coachingSummary(unitsOf(ds, query), cards);
    // Disdukcapil 98.9 and Puskesmas Comal 98.2 known; Dinas Sosial has no total. Mean 98.55.
    expect(summary).toEqual({ judged: 2, unknownTotals: 1, flaggedLabels: ['Puskesmas Comal'] });
  });
});

describe('toCoachingCards from 2025 (Penilaian Maladministrasi)', () => {
  const DIY_2025 = { institution: DIY, year: 2025 };

  it('shows each unit’s published quality word and measures the next level on inferred cut points', () => {
    const cards = toCoachingCards(coachingPlan(diy2025(), DIY_2025, { kind: 'belowTarget', target: 84 }), 2025);
    // 83.63, 83.58 and 81.53 are below 84; the largest gap to the mean (85.998) first.
    expect(cards.map((c) => c.label)).toEqual(['SMAN 1 Yogyakarta', 'Disdikpora', 'Dinas Kesehatan']);
    const [sman] = cards;
    expect(sman?.method).toBe('maladministrasi');
    expect(sman?.level).toMatchObject({ origin: 'published', unitWord: 'baik', level: { quality: 'tinggi' } });
    expect(sman?.level?.level.zone).toBeUndefined();
    expect(sman?.nextLevel).toMatchObject({
      kind: 'step',
      level: { quality: 'tertinggi', min: 88, basis: 'inferred' },
    });
    expect(sman?.nextLevel.kind === 'step' && sman.nextLevel.points).toBeCloseTo(88 - 81.53, 10);
  });

  it('has no weights, no effect and no lift, and says the unit has no dimension scores', () => {
    const plan = coachingPlan(diy2025(), DIY_2025, { kind: 'belowTarget', target: 85 });
    expect(plan.weights.known).toBe(false);
    const cards = toCoachingCards(plan, 2025);
    expect(cards).toHaveLength(4);
    for (const card of cards) {
      expect(card).toMatchObject({
        weighted: false,
        potentialLift: null,
        liftedTotal: null,
        focusState: 'noDimensions',
      });
    }
    expect(toEffectRows(cards)).toEqual([]);
  });

  it('lists the focus by gap, without weights or effects, when 2025 dimension scores are given', () => {
    const ds = diy2025();
    ds.records = [
      unitRecord({ year: 2025, institution: DIY, unit: 'A', total: 74.8, dimensions: { input: 70, proses: 80 } }),
      unitRecord({ year: 2025, institution: DIY, unit: 'B', total: 90, dimensions: { input: 90, proses: 84 } }),
    ];
    const [a] = toCoachingCards(coachingPlan(ds, DIY_2025, { kind: 'belowTarget', target: 78 }), 2025);
    expect(a?.weighted).toBe(false);
    // Input 10 below the mean of 80, Proses 2 below 82: the larger gap first.
    expect(a?.focus.map((f) => [f.key, f.gap, f.weightPercent, f.effect])).toEqual([
      ['input', 10, null, null],
      ['proses', 2, null, null],
    ]);
    expect(a?.nextLevel).toMatchObject({ kind: 'step', level: { quality: 'tinggi', min: 78, basis: 'inferred' } });
    expect(a?.nextLevel.kind === 'step' && a.nextLevel.points).toBeCloseTo(3.2, 10);
    expect(a?.level).toMatchObject({ origin: 'derived', subject: 'unit', level: { quality: 'sedang' } });
    expect(toEffectRows(a ? [a] : [])).toEqual([]);
  });
});
