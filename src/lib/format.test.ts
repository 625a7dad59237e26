import { describe, expect, it } from 'vitest';
import { createFormatters, formattersFor } from './format';

describe('createFormatters', () => {
  const id = createFormatters('id');
  const en = createFormatters('en');

  it('writes scores with a decimal comma in Indonesian and a point in English', () => {
    expect(id.score(93.74)).toBe('93,74');
    expect(en.score(93.74)).toBe('93.74');
    expect(id.score(91.5)).toBe('91,50');
    expect(id.score(100)).toBe('100,00');
    expect(en.score(0)).toBe('0.00');
  });
  it('groups thousands in scores and percentages, with each language its own separators', () => {
    expect(en.score(1234567.891)).toBe('1,234,567.89');
    expect(id.score(1234567.891)).toBe('1.234.567,89');
    expect(id.percent(21.85)).toBe('21,85%');
    expect(en.percent(1234.5)).toBe('1,234.50%');
  });
  it('writes negative values with a hyphen-minus, also one that rounds to zero', () => {
    expect(id.score(-2.5)).toBe('-2,50');
    expect(en.integer(-4107)).toBe('-4,107');
    expect(id.score(-0.001)).toBe('-0,00');
  });
  it('rounds half away from zero like the domain, not the binary value (95.525 → 95,53)', () => {
    expect(id.score(573.15 / 6)).toBe('95,53');
    expect(id.score(1.005)).toBe('1,01');
    expect(en.score(999.995)).toBe('1,000.00');
    expect(id.integer(2.5)).toBe('3');
    expect(id.integer(-2.5)).toBe('-3');
    expect(en.integer(999_999.5)).toBe('1,000,000');
  });
  it('shows unknown as a dash, never as 0', () => {
    expect(id.score(null)).toBe('—');
    expect(id.score(undefined)).toBe('—');
    expect(id.score(Number.NaN)).toBe('—');
    expect(id.signed(null)).toBe('—');
    expect(en.signed(undefined)).toBe('—');
  });
  it('signs differences with a real minus sign', () => {
    expect(id.signed(1.234)).toBe('+1,23');
    expect(id.signed(-0.4)).toBe('−0,40');
    expect(id.signed(0)).toBe('0,00');
  });
  it('groups thousands the Indonesian way', () => {
    expect(id.integer(4107)).toBe('4.107');
    expect(en.integer(4107)).toBe('4,107');
    expect(id.integer(1_234_567)).toBe('1.234.567');
    expect(id.integer(999)).toBe('999');
  });
  it('writes dates in the language', () => {
    expect(id.date('2024-12-03')).toBe('3 Desember 2024');
    expect(en.date('2024-12-03')).toBe('3 December 2024');
    expect(en.date('2025-01-09')).toBe('9 January 2025');
    expect(id.date('2025-08-17')).toBe('17 Agustus 2025');
    expect(id.date('not a date')).toBe('not a date');
  });
  it('writes sizes in megabytes', () => {
    expect(id.megabytes(20_000_000)).toBe('20 MB');
    expect(id.megabytes(1_530_000)).toBe('1,5 MB');
  });
  it('joins lists the way the language does', () => {
    expect(id.list(['Disdikbud', 'Puskesmas Batang III'])).toBe('Disdikbud dan Puskesmas Batang III');
    expect(en.list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(id.list(['a', 'b', 'c'])).toBe('a, b, dan c');
    expect(en.list(['a', 'b'])).toBe('a and b');
    expect(id.list(['a'])).toBe('a');
    expect(id.list([])).toBe('');
  });
  it('makes one set of formatters per language and gives the same one again', () => {
    expect(formattersFor('id')).toBe(formattersFor('id'));
    expect(formattersFor('en')).not.toBe(formattersFor('id'));
    expect(formattersFor('en').score(93.74)).toBe('93.74');
  });
});
