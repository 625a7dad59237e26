import { describe, expect, it } from 'vitest';
import type { CoachingRule } from '../../domain/coaching';
import { patchSearch } from '../../lib/url-state';
import {
  decimalText,
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

describe('ruleFromParams', () => {
  it('defaults to the entity mean when no rule is given or the rule is unknown', () => {
    expect(ruleFromParams(params(''))).toEqual({ kind: 'belowMean' });
    expect(ruleFromParams(params('?rule=mean&target=80'))).toEqual({ kind: 'belowMean' });
    expect(ruleFromParams(params('?rule=weird'))).toEqual({ kind: 'belowMean' });
  });
  it('reads a target, with either decimal mark', () => {
    expect(ruleFromParams(params('?rule=target&target=95.5'))).toEqual({ kind: 'belowTarget', target: 95.5 });
    expect(ruleFromParams(params('?rule=target&target=95%2C5'))).toEqual({ kind: 'belowTarget', target: 95.5 });
  });
  it('falls back to the default target or count when the value is missing or broken', () => {
    expect(ruleFromParams(params('?rule=target'))).toEqual({ kind: 'belowTarget', target: 90 });
    expect(ruleFromParams(params('?rule=target&target=150'))).toEqual({ kind: 'belowTarget', target: 90 });
    expect(ruleFromParams(params('?rule=lowest'))).toEqual({ kind: 'lowestN', n: 2 });
    expect(ruleFromParams(params('?rule=lowest&n=0'))).toEqual({ kind: 'lowestN', n: 2 });
    expect(ruleFromParams(params('?rule=lowest&n=3'))).toEqual({ kind: 'lowestN', n: 3 });
  });
});

describe('ruleToParams', () => {
  it('sets the rule’s own value and removes the other', () => {
    expect(ruleToParams({ kind: 'belowTarget', target: 90.5 })).toEqual({ rule: 'target', target: '90.5', n: null });
    expect(ruleToParams({ kind: 'lowestN', n: 3 })).toEqual({ rule: 'lowest', target: null, n: '3' });
    expect(ruleToParams({ kind: 'belowMean' })).toEqual({ rule: 'mean', target: null, n: null });
  });
  it('round-trips through a query string, keeping the rest of the link', () => {
    const rules: CoachingRule[] = [
      { kind: 'belowMean' },
      { kind: 'belowTarget', target: 88.25 },
      { kind: 'lowestN', n: 4 },
    ];
    for (const rule of rules) {
      const search = patchSearch('?view=coaching&rule=lowest&n=9', ruleToParams(rule));
      expect(ruleFromParams(params(search))).toEqual(rule);
      expect(params(search).get('view')).toBe('coaching');
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
