import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  describeValue,
  dimensionSchema,
  issuesToProblems,
  optionalText,
  ownProperties,
  recordSchema,
  score,
  sourceSchema,
  year,
} from './schema';

const opts = { reportInput: true } as const;

function problemsOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input, opts);
  if (result.success) throw new Error('expected a failure');
  return issuesToProblems(result.error.issues, { kind: 'record', index: 3 });
}

describe('describeValue', () => {
  it('keeps finite numbers and short text as they are', () => {
    expect(describeValue(93.74)).toBe(93.74);
    expect(describeValue('abc')).toBe('abc');
  });
  it('names non-finite numbers', () => {
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(describeValue(Number.NEGATIVE_INFINITY)).toBe('-Infinity');
  });
  it('shortens long text to 80 characters and an ellipsis', () => {
    const described = describeValue('x'.repeat(500));
    expect(described).toBe(`${'x'.repeat(80)}…`);
  });
  it('names other values by kind without calling their toString', () => {
    const hostile = {
      toString: () => {
        throw new Error('no');
      },
    };
    expect(describeValue(hostile)).toBe('object');
    expect(describeValue(Object.create(null))).toBe('object');
    expect(describeValue([1, 2])).toBe('array');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(true)).toBe('true');
    expect(describeValue(10n)).toBe('10');
    expect(describeValue(Symbol('s'))).toBe('symbol');
    expect(describeValue(() => 1)).toBe('function');
  });
});

describe('ownProperties', () => {
  it('copies own keys onto an object without prototype', () => {
    const copy = ownProperties({ a: 1 }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(copy.a).toBe(1);
    expect(copy.constructor).toBeUndefined();
  });
  it('keeps a JSON `__proto__` key as plain data', () => {
    const copy = ownProperties(JSON.parse('{"__proto__": {"x": 1}}')) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(copy)).toBeNull();
  });
  it('leaves arrays and primitives alone', () => {
    const list = [1];
    expect(ownProperties(list)).toBe(list);
    expect(ownProperties(5)).toBe(5);
    expect(ownProperties(null)).toBeNull();
  });
});

describe('field schemas', () => {
  it('reads blank optional text as not given', () => {
    expect(optionalText.parse('  ')).toBeUndefined();
    expect(optionalText.parse(null)).toBeUndefined();
    expect(optionalText.parse('  Disdikbud ')).toBe('Disdikbud');
  });
  it('accepts the score bounds and null', () => {
    expect(score.parse(0)).toBe(0);
    expect(score.parse(100)).toBe(100);
    expect(score.parse(null)).toBeNull();
  });
  it('accepts years 2000 and 2100 only as integers', () => {
    expect(year.parse(2000)).toBe(2000);
    expect(year.parse(2100)).toBe(2100);
    expect(year.safeParse(2100.5).success).toBe(false);
  });
  it('labels a dimension by its key when no label is given', () => {
    expect(dimensionSchema.parse({ key: ' input ', weight: 0 })).toEqual({ key: 'input', label: 'input', weight: 0 });
  });
  it('drops source members that were not given', () => {
    expect(sourceSchema.parse({ name: 'Ombudsman', url: ' ' })).toEqual({ name: 'Ombudsman' });
    expect(sourceSchema.parse(null)).toBeUndefined();
    expect(sourceSchema.parse({ name: ' ', url: '' })).toBeUndefined();
  });
});

describe('issuesToProblems', () => {
  it('uses the code set on the failing check, with the raw value and the bounds', () => {
    expect(problemsOf(score, 101)).toEqual([
      { place: { kind: 'record', index: 3 }, code: 'outOfRange', params: { value: 101, min: 0, max: 100 } },
    ]);
    expect(problemsOf(year, 1999.5)).toEqual([
      { place: { kind: 'record', index: 3 }, code: 'yearOutOfRange', params: { value: 1999.5, min: 2000, max: 2100 } },
    ]);
  });
  it('joins the path into a dotted field, after the prefix', () => {
    const result = recordSchema(['input']).safeParse(
      { year: 2024, institution: 'A', unit: 'B', dimensions: { input: 'x' } },
      opts,
    );
    if (result.success) throw new Error('expected a failure');
    expect(issuesToProblems(result.error.issues, { kind: 'file' }, ['records', 0])).toEqual([
      { place: { kind: 'file' }, field: 'records.0.dimensions.input', code: 'notNumber', params: { value: 'x' } },
    ]);
  });
  it('names the expected shape for wrongShape', () => {
    expect(problemsOf(recordSchema([]), 'row')).toEqual([
      { place: { kind: 'record', index: 3 }, code: 'wrongShape', params: { value: 'row', expected: 'object' } },
    ]);
  });
  it('falls back to invalid for a check without one of our codes', () => {
    expect(problemsOf(z.number(), 'x')).toEqual([
      { place: { kind: 'record', index: 3 }, code: 'invalid', params: { value: 'x' } },
    ]);
  });
  it('leaves params out when there is nothing to say', () => {
    expect(problemsOf(z.object({ name: optionalText, unit: z.string({ error: 'required' }) }), {})).toEqual([
      { place: { kind: 'record', index: 3 }, field: 'unit', code: 'required' },
    ]);
  });
});
