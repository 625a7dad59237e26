import { hasDimensionScores, isKnownScore } from '../../domain/aggregate';
import type { CoachingItem, CoachingPlan, DimensionGap } from '../../domain/coaching';
import { gradeOf, type GradeResult } from '../../domain/grades';
import type { GradeScale, Score, UnitRecord, Zone } from '../../domain/model';
import { roundTo } from '../../domain/stats';
import type { CoachingEffectRow } from '../../components/charts/CoachingEffectChart';
import type { CsvTable } from '../../lib/export/csv';

/** Where a unit stands against a yardstick, in points at the two decimals Ombudsman publishes. */
export interface Standing {
  side: 'below' | 'above' | 'equal';
  /** Always ≥ 0. */
  points: number;
}

export interface FocusRow {
  key: string;
  label: string;
  /** The dimension's share of the total, in percent (the weight the effect is computed with). */
  weightPercent: number;
  score: Score;
  mean: Score;
  /** Points the unit is below the entity's dimension mean (> 0). */
  gap: number;
  /** Points the total gains by raising this dimension to the mean. */
  effect: number;
}

export type NextGradeStep =
  | { kind: 'step'; points: number; grade?: string; zone: Zone; min: number }
  | { kind: 'top'; zoneOnly: boolean }
  | { kind: 'unknown' };

/**
 * Why the focus table is or is not there: `listed` (rows follow), `noneBelow` (dimension scores
 * known, none below the mean), `noDimensions` (this unit has no dimension scores).
 */
export type FocusState = 'listed' | 'noneBelow' | 'noDimensions';

export interface CoachingCardModel {
  /** Full unit name: what onOpenUnit takes and the card's key. */
  unit: string;
  /** Short name for headings and sentences. */
  label: string;
  /** The full name when the heading shows a different short one. */
  fullName?: string;
  total: Score;
  grade: GradeResult | null;
  vsMean: Standing | null;
  vsBest: (Standing & { bestLabel: string; isBest: boolean }) | null;
  nextGrade: NextGradeStep;
  focusState: FocusState;
  focus: FocusRow[];
  potentialLift: number;
  /** The total if every focus dimension reached the mean (approximate: totals are rounded). */
  liftedTotal: number | null;
  illustrative: boolean;
}

/** `yardstick − value` as a side and a distance; equal at two decimals counts as equal. */
export function standing(gap: number | null): Standing | null {
  if (gap === null || !Number.isFinite(gap)) return null;
  const points = roundTo(Math.abs(gap), 2);
  if (points === 0) return { side: 'equal', points: 0 };
  return { side: gap > 0 ? 'below' : 'above', points: Math.abs(gap) };
}

export function toFocusRow(gap: DimensionGap): FocusRow {
  return {
    key: gap.key,
    label: gap.label,
    weightPercent: gap.share * 100,
    score: gap.score,
    mean: gap.mean,
    gap: gap.gap,
    effect: gap.effect,
  };
}

function nextGradeStep(item: CoachingItem, grade: GradeResult | null): NextGradeStep {
  if (item.total === null) return { kind: 'unknown' };
  if (!item.nextGrade) return { kind: 'top', zoneOnly: grade?.grade === undefined };
  const { band, gap } = item.nextGrade;
  const step: NextGradeStep = { kind: 'step', points: gap, zone: band.zone, min: band.min };
  if (band.grade !== undefined) step.grade = band.grade;
  return step;
}

function focusState(item: CoachingItem): FocusState {
  if (item.focus.length > 0) return 'listed';
  return hasDimensionScores([item.record]) ? 'noneBelow' : 'noDimensions';
}

/** One card per flagged unit, in the plan's order (largest potential lift first). */
export function toCoachingCards(plan: CoachingPlan, year: number, gradeScale?: GradeScale): CoachingCardModel[] {
  const best = plan.best;
  const bestLabel = best ? (best.unitShort ?? best.unit) : '';
  return plan.items.map((item) => {
    const { record } = item;
    const label = record.unitShort ?? record.unit;
    const grade = gradeOf(item.total, year, gradeScale);
    const vsBest = standing(item.gapToBest);
    const card: CoachingCardModel = {
      unit: record.unit,
      label,
      total: item.total,
      grade,
      vsMean: standing(item.gapToMean),
      vsBest: vsBest && best ? { ...vsBest, bestLabel, isBest: best.unit === record.unit } : null,
      nextGrade: nextGradeStep(item, grade),
      focusState: focusState(item),
      focus: item.focus.map(toFocusRow),
      potentialLift: item.potentialLift,
      liftedTotal: item.total !== null && item.focus.length > 0 ? item.total + item.potentialLift : null,
      illustrative: record.illustrative,
    };
    if (label !== record.unit) card.fullName = record.unit;
    return card;
  });
}

/** The weighted effect of every focus dimension of the flagged units, unit by unit, for the chart. */
export function toEffectRows(cards: readonly CoachingCardModel[]): CoachingEffectRow[] {
  return cards.flatMap((card) =>
    card.focus.map((f) => ({
      id: `${card.unit}|${f.key}`,
      unitLabel: card.label,
      unitName: card.unit,
      dimensionLabel: f.label,
      effect: f.effect,
      score: f.score,
      mean: f.mean,
      gap: f.gap,
      weightPercent: f.weightPercent,
    })),
  );
}

export interface CoachingSummary {
  /** Units the rule could judge: candidates with a known total. */
  judged: number;
  /** Candidates without a known total, never flagged. */
  unknownTotals: number;
  /** Short names of the flagged units, in card order. */
  flaggedLabels: string[];
}

export function coachingSummary(
  candidates: readonly UnitRecord[],
  cards: readonly CoachingCardModel[],
): CoachingSummary {
  const judged = candidates.filter((r) => isKnownScore(r.total)).length;
  return { judged, unknownTotals: candidates.length - judged, flaggedLabels: cards.map((c) => c.label) };
}

/** The effect chart's data for the CSV export: the same rows the chart and its table show. */
export function effectCsv(
  rows: readonly CoachingEffectRow[],
  labels: { unit: string; dimension: string; score: string; mean: string; gap: string; weight: string; effect: string },
): CsvTable {
  return {
    columns: [labels.unit, labels.dimension, labels.score, labels.mean, labels.gap, labels.weight, labels.effect],
    rows: rows.map((r) => [r.unitName, r.dimensionLabel, r.score, r.mean, r.gap, r.weightPercent, r.effect]),
  };
}
