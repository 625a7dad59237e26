import type { CoachingRule } from '../../domain/coaching';
import type { ParamPatch } from '../../lib/url-state';

// The coaching rule lives in the query string (`rule`, `target`, `n`) so a copied link reopens it.

export type RuleParam = 'mean' | 'target' | 'lowest';

export const DEFAULT_TARGET = 90;
export const DEFAULT_LOWEST_N = 2;

const RULE_PARAM_BY_KIND: Record<CoachingRule['kind'], RuleParam> = {
  belowMean: 'mean',
  belowTarget: 'target',
  lowestN: 'lowest',
};

/**
 * A number as a person types it: "90", "90,5" (Indonesian decimal comma) or "90.5"; a trailing
 * mark ("90,") is read as the whole number so typing is not interrupted. Anything else → null.
 */
export function parseDecimalInput(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+([.,]\d*)?$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** A target score the rule can use: a number on the 0–100 scale. */
export function parseTarget(text: string): number | null {
  const value = parseDecimalInput(text);
  return value !== null && value >= 0 && value <= 100 ? value : null;
}

/** A unit count the rule can use: a whole number of at least 1. */
export function parseLowestN(text: string): number | null {
  const value = parseDecimalInput(text);
  return value !== null && Number.isInteger(value) && value >= 1 ? value : null;
}

/** A number written back with the reader's decimal mark, without padding: 90, 90,5. */
export function decimalText(value: number, decimalMark: ',' | '.'): string {
  return String(value).replace('.', decimalMark);
}

/** The rule a link asks for; a missing or broken value falls back to its default, never to an error. */
export function ruleFromParams(params: URLSearchParams): CoachingRule {
  switch (params.get('rule')) {
    case 'target':
      return { kind: 'belowTarget', target: parseTarget(params.get('target') ?? '') ?? DEFAULT_TARGET };
    case 'lowest':
      return { kind: 'lowestN', n: parseLowestN(params.get('n') ?? '') ?? DEFAULT_LOWEST_N };
    default:
      return { kind: 'belowMean' };
  }
}

/** The URL patch for a rule: its own parameter is set, the other rule's parameter removed. */
export function ruleToParams(rule: CoachingRule): ParamPatch {
  const patch: ParamPatch = { rule: RULE_PARAM_BY_KIND[rule.kind], target: null, n: null };
  if (rule.kind === 'belowTarget') patch.target = decimalText(rule.target, '.');
  if (rule.kind === 'lowestN') patch.n = String(rule.n);
  return patch;
}

export function sameRule(a: CoachingRule, b: CoachingRule): boolean {
  if (a.kind === 'belowTarget' && b.kind === 'belowTarget') return a.target === b.target;
  if (a.kind === 'lowestN' && b.kind === 'lowestN') return a.n === b.n;
  return a.kind === b.kind;
}
