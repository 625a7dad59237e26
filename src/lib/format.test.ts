import { describe, expect, it } from 'vitest';
import { createFormatters } from './format';

describe('createFormatters', () => {
  const id = createFormatters('id');
  const en = createFormatters('en');

  it('writes scores with a decimal comma in Indonesian and a point in English', () => {
    expect(id.score(93.74)).toBe('93,74');
    expect(en.score(93.74)).toBe('93.74');
    expect(id.score(91.5)).toBe('91,50');
  });
  it('rounds half away from zero like the domain, not the binary value (95.525 → 95,53)', () => {
    expect(id.score(573.15 / 6)).toBe('95,53');
    expect(id.score(1.005)).toBe('1,01');
  });
  it('shows unknown as a dash, never as 0', () => {
    expect(id.score(null)).toBe('—');
    expect(id.score(undefined)).toBe('—');
    expect(id.score(Number.NaN)).toBe('—');
  });
  it('signs differences with a real minus sign', () => {
    expect(id.signed(1.234)).toBe('+1,23');
    expect(id.signed(-0.4)).toBe('−0,40');
    expect(id.signed(0)).toBe('0,00');
  });
  it('groups thousands the Indonesian way', () => {
    expect(id.integer(4107)).toBe('4.107');
    expect(en.integer(4107)).toBe('4,107');
  });
  it('writes dates in the language', () => {
    expect(id.date('2024-12-03')).toBe('3 Desember 2024');
    expect(en.date('2024-12-03')).toBe('3 December 2024');
    expect(id.date('not a date')).toBe('not a date');
  });
  it('writes sizes in megabytes', () => {
    expect(id.megabytes(20_000_000)).toBe('20 MB');
    expect(id.megabytes(1_530_000)).toBe('1,5 MB');
  });
  it('joins lists the way the language does', () => {
    expect(id.list(['Disdikbud', 'Puskesmas Batang III'])).toBe('Disdikbud dan Puskesmas Batang III');
    expect(en.list(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
