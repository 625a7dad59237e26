import { hasDimensionScores, isKnownScore } from '../../domain/aggregate';
import type { CoachingItem, CoachingPlan, DimensionGap } from '../../domain/coaching';
import type { LevelResult } from '../../domain/levels';
import { methodOfYear, type MethodId } from '../../domain/methods';
import type { GradeScale, Score, UnitRecord } from '../../domain/model';
import { unitLevel, type ShownLevel } from '../../domain/shown-level';
import { roundTo } from '../../domain/stats';
import type { CoachingEffectRow } from '../../components/charts/CoachingEffectChart';
import type { CsvTable } from '../../components/ui/chart-export';

/** Where a unit stands against a yardstick, in points at the two decimals Ombudsman publishes. */
export interface Standing {
  side: 'below' | 'above' | 'equal';
  /** Always ≥ 0. */
  points: number;
}

export interface FocusRow {
  key: string;
  label: string;
  /** The dimension's share of the total, in percent (the weight the effect is computed with); null without weights. */
  weightPercent: number | null;
  score: Score;
  mean: Score;
  /** Points the unit is below the entity's dimension mean (> 0). */
  gap: number;
  /** Points the total gains by raising this dimension to the mean; null when the year's weights are unknown. */
  effect: number | null;
}

/** The level just above the unit's and the points still missing, or why there is none. */
export type NextLevelStep =
  { kind: 'step'; points: number; level: LevelResult } | { kind: 'top' } | { kind: 'unknown' };

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
  /** The unit's published quality word (from 2025), else the level of its total. */
  level: ShownLevel | null;
  /** The year's assessment method: names the level the unit is measured against. */
  method: MethodId;
  vsMean: Standing | null;
  vsBest: (Standing & { bestLabel: string; isBest: boolean }) | null;
  nextLevel: NextLevelStep;
  focusState: FocusState;
  /** Below the mean, largest effect first; largest gap first when `weighted` is false. */
  focus: FocusRow[];
  /** The year's dimension weights are known, so each focus row has its effect on the total. */
  weighted: boolean;
  /** Null when the year's weights are unknown. */
  potentialLift: number | null;
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
    weightPercent: gap.share === null ? null : gap.share * 100,
    score: gap.score,
    mean: gap.mean,
    gap: gap.gap,
    effect: gap.effect,
  };
}

function nextLevelStep(item: CoachingItem): NextLevelStep {
  if (item.total === null) return { kind: 'unknown' };
  if (!item.nextLevel) return { kind: 'top' };
  return { kind: 'step', points: item.nextLevel.gap, level: item.nextLevel.level };
}

function focusState(item: CoachingItem): FocusState {
  if (item.focus.length > 0) return 'listed';
  return hasDimensionScores([item.record]) ? 'noneBelow' : 'noDimensions';
}

/** One card per flagged unit, in the plan's order (largest potential lift first). */
export function toCoachingCards(plan: CoachingPlan, year: number, gradeScale?: GradeScale): CoachingCardModel[] {
  const best = plan.best;
  const bestLabel = best ? (best.unitShort ?? best.unit) : '';
  const method = methodOfYear(year).method.id;
  return plan.items.map((item) => {
    const { record, potentialLift } = item;
    const label = record.unitShort ?? record.unit;
    const vsBest = standing(item.gapToBest);
    const card: CoachingCardModel = {
      unit: record.unit,
      label,
      total: item.total,
      level: unitLevel(record, gradeScale),
      method,
      vsMean: standing(item.gapToMean),
      vsBest: vsBest && best ? { ...vsBest, bestLabel, isBest: best.unit === record.unit } : null,
      nextLevel: nextLevelStep(item),
      focusState: focusState(item),
      focus: item.focus.map(toFocusRow),
      weighted: plan.weights.known,
      potentialLift,
      liftedTotal:
        item.total !== null && potentialLift !== null && item.focus.length > 0 ? item.total + potentialLift : null,
      illustrative: record.illustrative,
    };
    if (label !== record.unit) card.fullName = record.unit;
    return card;
  });
}

/**
 * The weighted effect of every focus dimension of the flagged units, unit by unit, for the chart.
 * Without the year's weights there is no effect to draw: no rows.
 */
export function toEffectRows(cards: readonly CoachingCardModel[]): CoachingEffectRow[] {
  return cards.flatMap((card) =>
    card.focus.flatMap((f) =>
      f.effect === null || f.weightPercent === null
        ? []
        : [
            {
              id: `${card.unit}|${f.key}`,
              unitLabel: card.label,
              unitName: card.unit,
              dimensionLabel: f.label,
              effect: f.effect,
              score: f.score,
              mean: f.mean,
              gap: f.gap,
              weightPercent: f.weightPercent,
            },
          ],
    ),
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
