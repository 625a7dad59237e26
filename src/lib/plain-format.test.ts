import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LOCALE, type Lang } from './format';
import { fixedDecimals, joinedList, longDate } from './plain-format';

const LANGS: Lang[] = ['id', 'en'];

const intlFixed = (value: number, digits: number, lang: Lang) =>
  new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

describe('fixedDecimals', () => {
  it('writes decimals and thousands as each language does', () => {
    expect(fixedDecimals(93.74, 2, 'id')).toBe('93,74');
    expect(fixedDecimals(93.74, 2, 'en')).toBe('93.74');
    expect(fixedDecimals(4107, 0, 'id')).toBe('4.107');
    expect(fixedDecimals(1234567.891, 2, 'en')).toBe('1,234,567.89');
    expect(fixedDecimals(-0.001, 2, 'id')).toBe('-0,00');
  });

  it('writes what Intl writes, for scores, whole numbers and any other value it takes', () => {
    const scores = fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100);
    const values = fc.oneof(
      scores,
      fc.integer({ min: -1e14, max: 1e14 }),
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      fc.double({ min: -1, max: 1, noNaN: true }),
      fc.constantFrom(0, -0, 0.5, 1.5, 2.5, -2.5, 0.125, 1.005, 999.995, 999_999.5),
    );
    fc.assert(
      fc.property(values, fc.constantFrom(0, 1, 2, 5), fc.constantFrom(...LANGS), (value, digits, lang) => {
        expect(fixedDecimals(value, digits, lang)).toBe(intlFixed(value, digits, lang));
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves values it does not write to Intl', () => {
    expect(fixedDecimals(Number.NaN, 2, 'id')).toBeNull();
    expect(fixedDecimals(Number.POSITIVE_INFINITY, 0, 'id')).toBeNull();
    expect(fixedDecimals(1e15, 0, 'en')).toBeNull();
  });
});

describe('longDate', () => {
  it('writes the day, the month by name and the year', () => {
    expect(longDate(new Date('2024-12-03T00:00:00Z'), 'id')).toBe('3 Desember 2024');
    expect(longDate(new Date('2024-12-03T00:00:00Z'), 'en')).toBe('3 December 2024');
  });

  it('writes what Intl writes, for any day from 1600 to 9999', () => {
    const days = fc.date({
      min: new Date('1600-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(days, fc.constantFrom(...LANGS), (date, lang) => {
        const intl = new Intl.DateTimeFormat(LOCALE[lang], {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        });
        expect(longDate(date, lang)).toBe(intl.format(date));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves dates before the Gregorian calendar to Intl', () => {
    expect(longDate(new Date('1500-06-01T00:00:00Z'), 'id')).toBeNull();
  });
});

describe('joinedList', () => {
  it('joins with "dan" in Indonesian (with a comma before it from three items) and "and" in English', () => {
    expect(joinedList(['Disdikbud', 'Puskesmas Batang III'], 'id')).toBe('Disdikbud dan Puskesmas Batang III');
    expect(joinedList(['a', 'b', 'c'], 'id')).toBe('a, b, dan c');
    expect(joinedList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(joinedList(['a'], 'en')).toBe('a');
    expect(joinedList([], 'id')).toBe('');
  });

  it('joins as Intl.ListFormat does', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 6 }), fc.constantFrom(...LANGS), (items, lang) => {
        const intl = new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' });
        expect(joinedList(items, lang)).toBe(intl.format(items));
      }),
    );
  });
});
