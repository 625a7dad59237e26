import { describe, expect, it } from 'vitest';
import type { CoachingRule } from '../../domain/coaching-rule';
import { COACH_BELOW_2025 } from '../../domain/methods';
import { patchSearch } from '../../lib/url-state';
import {
  FALLBACK_TARGET,
  decimalText,
  defaultTarget,
  parseDecimalInput,
  parseLowestN,
  parseTarget,
  ruleFromParams,
  ruleToParams,
  sameRule,
} from './coaching-rule-param';

const params = (search: string) => new URLSearchParams(search);

describe('parseDecimalInput', () => {
  it('reads a decimal comma and a decimal point alike', () => {
    expect(parseDecimalInput('90,5')).toBe(90.5);
    expect(parseDecimalInput('90.5')).toBe(90.5);
    expect(parseDecimalInput(' 88 ')).toBe(88);
    expect(parseDecimalInput('93,74')).toBe(93.74);
  });
  it('reads a number still being typed ("90,") as the whole number', () => {
    expect(parseDecimalInput('90,')).toBe(90);
  });
  it('rejects what is not a plain number', () => {
    for (const text of ['', ' ', 'abc', '9,0,1', '1e3', '-5', ',5', '90 5', 'Infinity']) {
      expect(parseDecimalInput(text)).toBeNull();
    }
  });
});

describe('parseTarget and parseLowestN', () => {
  it('keeps a target on the 0–100 scale', () => {
    expect(parseTarget('0')).toBe(0);
    expect(parseTarget('100')).toBe(100);
    expect(parseTarget('95,5')).toBe(95.5);
    expect(parseTarget('100,01')).toBeNull();
    expect(parseTarget('')).toBeNull();
  });
  it('takes a whole count of at least one unit', () => {
    expect(parseLowestN('1')).toBe(1);
    expect(parseLowestN('12')).toBe(12);
    expect(parseLowestN('0')).toBeNull();
    expect(parseLowestN('2,5')).toBeNull();
    expect(parseLowestN('x')).toBeNull();
  });
});

describe('decimalText', () => {
  it('writes the number with the reader’s mark and no padding', () => {
    expect(decimalText(90, ',')).toBe('90');
    expect(decimalText(90.5, ',')).toBe('90,5');
    expect(decimalText(90.5, '.')).toBe('90.5');
  });
});

// A Penilaian Kepatuhan year (default: below the mean) and a Penilaian Maladministrasi one (below 78).
const KEPATUHAN_YEAR = 2024;
const OPINION_YEAR = 2025;

describe('defaultTarget', () => {
  it('is the year’s own target where its default rule has one (below 78), else the fallback', () => {
    expect(defaultTarget(KEPATUHAN_YEAR)).toBe(FALLBACK_TARGET);
    expect(FALLBACK_TARGET).toBe(90);
    expect(defaultTarget(OPINION_YEAR)).toBe(COACH_BELOW_2025);
    expect(COACH_BELOW_2025).toBe(78);
  });
});

describe('ruleFromParams', () => {
  it('is the year’s default when no rule or an unknown rule is given', () => {
    expect(ruleFromParams(params(''), KEPATUHAN_YEAR)).toEqual({ kind: 'belowMean' });
    expect(ruleFromParams(params('?rule=weird'), KEPATUHAN_YEAR)).toEqual({ kind: 'belowMean' });
    // From 2025: the Ombudsman's advice to regional heads, coach units below 78.
    expect(ruleFromParams(params(''), OPINION_YEAR)).toEqual({ kind: 'belowTarget', target: 78 });
    expect(ruleFromParams(params('?rule=weird'), OPINION_YEAR)).toEqual({ kind: 'belowTarget', target: 78 });
  });
  it('reads the mean rule asked for in any year, ignoring a stray target', () => {
    expect(ruleFromParams(params('?rule=mean&target=80'), KEPATUHAN_YEAR)).toEqual({ kind: 'belowMean' });
    expect(ruleFromParams(params('?rule=mean'), OPINION_YEAR)).toEqual({ kind: 'belowMean' });
  });
  it('reads a target, with either decimal mark', () => {
    expect(ruleFromParams(params('?rule=target&target=95.5'), KEPATUHAN_YEAR)).toEqual({
      kind: 'belowTarget',
      target: 95.5,
    });
    expect(ruleFromParams(params('?rule=target&target=95%2C5'), OPINION_YEAR)).toEqual({
      kind: 'belowTarget',
      target: 95.5,
    });
  });
  it('falls back to the year’s target or the default count when the value is missing or broken', () => {
    expect(ruleFromParams(params('?rule=target'), KEPATUHAN_YEAR)).toEqual({ kind: 'belowTarget', target: 90 });
    expect(ruleFromParams(params('?rule=target&target=150'), KEPATUHAN_YEAR)).toEqual({
      kind: 'belowTarget',
      target: 90,
    });
    expect(ruleFromParams(params('?rule=target&target=x'), OPINION_YEAR)).toEqual({ kind: 'belowTarget', target: 78 });
    expect(ruleFromParams(params('?rule=lowest'), KEPATUHAN_YEAR)).toEqual({ kind: 'lowestN', n: 2 });
    expect(ruleFromParams(params('?rule=lowest&n=0'), KEPATUHAN_YEAR)).toEqual({ kind: 'lowestN', n: 2 });
    expect(ruleFromParams(params('?rule=lowest&n=3'), OPINION_YEAR)).toEqual({ kind: 'lowestN', n: 3 });
  });
});

describe('ruleToParams', () => {
  const cleared = { rule: null, target: null, n: null };
  it('sets the rule’s own value and removes the other', () => {
    expect(ruleToParams({ kind: 'belowTarget', target: 90.5 }, KEPATUHAN_YEAR)).toEqual({
      rule: 'target',
      target: '90.5',
      n: null,
    });
    expect(ruleToParams({ kind: 'lowestN', n: 3 }, OPINION_YEAR)).toEqual({ rule: 'lowest', target: null, n: '3' });
    expect(ruleToParams({ kind: 'belowMean' }, OPINION_YEAR)).toEqual({ rule: 'mean', target: null, n: null });
    expect(ruleToParams({ kind: 'belowTarget', target: 78 }, KEPATUHAN_YEAR)).toEqual({
      rule: 'target',
      target: '78',
      n: null,
    });
  });
  it('clears the parameters for the year’s default, so the link follows the year', () => {
    expect(ruleToParams({ kind: 'belowMean' }, KEPATUHAN_YEAR)).toEqual(cleared);
    expect(ruleToParams({ kind: 'belowTarget', target: 78 }, OPINION_YEAR)).toEqual(cleared);
    const search = patchSearch('?view=coaching&rule=lowest&n=9', ruleToParams({ kind: 'belowMean' }, KEPATUHAN_YEAR));
    expect(search).toBe('?view=coaching');
  });
  it('round-trips through a query string in either method’s year, keeping the rest of the link', () => {
    const rules: CoachingRule[] = [
      { kind: 'belowMean' },
      { kind: 'belowTarget', target: 78 },
      { kind: 'belowTarget', target: 88.25 },
      { kind: 'lowestN', n: 4 },
    ];
    for (const year of [KEPATUHAN_YEAR, OPINION_YEAR]) {
      for (const rule of rules) {
        const search = patchSearch('?view=coaching&rule=lowest&n=9', ruleToParams(rule, year));
        expect(ruleFromParams(params(search), year)).toEqual(rule);
        expect(params(search).get('view')).toBe('coaching');
      }
    }
  });
});

describe('sameRule', () => {
  it('compares kind and value', () => {
    expect(sameRule({ kind: 'belowMean' }, { kind: 'belowMean' })).toBe(true);
    expect(sameRule({ kind: 'belowTarget', target: 90 }, { kind: 'belowTarget', target: 90 })).toBe(true);
    expect(sameRule({ kind: 'belowTarget', target: 90 }, { kind: 'belowTarget', target: 91 })).toBe(false);
    expect(sameRule({ kind: 'lowestN', n: 2 }, { kind: 'belowMean' })).toBe(false);
  });
});
