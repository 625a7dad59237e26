import { defaultCoachingRule } from '../../domain/coaching';
import type { CoachingRule } from '../../domain/coaching-rule';
import type { ParamPatch } from '../../lib/url-state';

// The coaching rule lives in the query string (`rule`, `target`, `n`) so a copied link reopens it.
// No `rule` means the year's default (from the method registry): below the entity mean up to 2024,
// below 78 from 2025, so a link without one follows the year it is opened on.

export type RuleParam = 'mean' | 'target' | 'lowest';

/** The target the box starts with in a year whose default rule has none (a round figure near grade A). */
export const FALLBACK_TARGET = 90;
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

/** The target a year starts with: its default rule's (78 from 2025), else FALLBACK_TARGET. */
export function defaultTarget(year: number): number {
  const { rule } = defaultCoachingRule(year);
  return rule.kind === 'belowTarget' ? rule.target : FALLBACK_TARGET;
}

/** The rule a link asks for in a year; no rule, or an unknown one, is the year's default, never an error. */
export function ruleFromParams(params: URLSearchParams, year: number): CoachingRule {
  switch (params.get('rule')) {
    case 'mean':
      return { kind: 'belowMean' };
    case 'target':
      return { kind: 'belowTarget', target: parseTarget(params.get('target') ?? '') ?? defaultTarget(year) };
    case 'lowest':
      return { kind: 'lowestN', n: parseLowestN(params.get('n') ?? '') ?? DEFAULT_LOWEST_N };
    default:
      return defaultCoachingRule(year).rule;
  }
}

/**
 * The URL patch for a rule in a year: the year's default clears all three parameters (a clean link
 * that follows the year); another rule sets its own parameter and removes the other one's.
 */
export function ruleToParams(rule: CoachingRule, year: number): ParamPatch {
  const patch: ParamPatch = { rule: null, target: null, n: null };
  if (sameRule(rule, defaultCoachingRule(year).rule)) return patch;
  patch.rule = RULE_PARAM_BY_KIND[rule.kind];
  if (rule.kind === 'belowTarget') patch.target = decimalText(rule.target, '.');
  if (rule.kind === 'lowestN') patch.n = String(rule.n);
  return patch;
}

export function sameRule(a: CoachingRule, b: CoachingRule): boolean {
  if (a.kind === 'belowTarget' && b.kind === 'belowTarget') return a.target === b.target;
  if (a.kind === 'lowestN' && b.kind === 'lowestN') return a.n === b.n;
  return a.kind === b.kind;
}
