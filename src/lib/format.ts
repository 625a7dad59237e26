import type { Score } from '../domain/model';
import { roundTo } from '../domain/stats';
import { fixedDecimals, joinedList, longDate } from './plain-format';

export type Lang = 'id' | 'en';

export const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** The placeholder for an unknown value: a dash, never 0. */
export const UNKNOWN = '—';

export interface Formatters {
  /** A score with two decimals: 93,74 (id) or 93.74 (en); unknown → "—". */
  score: (value: Score | undefined) => string;
  /** A signed difference with two decimals and a real minus sign: +1,23 / −0,40. */
  signed: (value: number | null | undefined) => string;
  /** A whole number with grouping: 4.107 (id). */
  integer: (value: number) => string;
  /** A weight in percent: 21,85%. */
  percent: (value: number) => string;
  /** An ISO date (YYYY-MM-DD) as a long date: 3 Desember 2024. */
  date: (iso: string) => string;
  /** An ISO date-time as date and time. */
  dateTime: (iso: string) => string;
  /** A list joined the way the language does: "a, b, dan c". */
  list: (items: readonly string[]) => string;
  /** A byte count in megabytes: 20 MB, 1,5 MB. */
  megabytes: (bytes: number) => string;
  /** A number as typed, without grouping: 2024,5 (id). */
  plain: (value: number) => string;
}

/** Builds `create()` on first call, then returns the same one: an Intl formatter costs milliseconds to make. */
function onFirstUse<T>(create: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= create());
}

export function createFormatters(lang: Lang): Formatters {
  const locale = LOCALE[lang];
  // Each Intl formatter is made when first used, and the first screen's formats (scores, whole numbers,
  // long dates, lists) are written without one (plain-format.ts): a page's first Intl object costs
  // ~20 ms of ICU start-up.
  const twoDecimals = onFirstUse(
    () => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  );
  const signed = onFirstUse(
    () =>
      new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }),
  );
  const integer = onFirstUse(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
  const plain = onFirstUse(() => new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 }));
  const oneDecimal = onFirstUse(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
  const intlLongDate = onFirstUse(
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  const dateTime = onFirstUse(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));

  return {
    // Rounded like the domain grades (half away from zero, no binary artefacts): 95.525 shows as 95,53.
    score: (value) => {
      if (value === null || value === undefined || !Number.isFinite(value)) return UNKNOWN;
      const rounded = roundTo(value, 2);
      return fixedDecimals(rounded, 2, lang) ?? twoDecimals().format(rounded);
    },
    signed: (value) =>
      value === null || value === undefined || !Number.isFinite(value)
        ? UNKNOWN
        : signed().format(value).replace('-', '−'),
    integer: (value) => fixedDecimals(value, 0, lang) ?? integer().format(value),
    percent: (value) => `${fixedDecimals(value, 2, lang) ?? twoDecimals().format(value)}%`,
    date: (iso) => {
      const parsed = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) ? iso : (longDate(parsed, lang) ?? intlLongDate().format(parsed));
    },
    dateTime: (iso) => {
      const parsed = new Date(iso);
      return Number.isNaN(parsed.getTime()) ? iso : dateTime().format(parsed);
    },
    list: (items) => joinedList(items, lang),
    plain: (value) => plain().format(value),
    megabytes: (bytes) => `${oneDecimal().format(bytes / 1_000_000)} MB`,
  };
}
