import type { Score } from '../domain/model';
import { roundTo } from '../domain/stats';

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

/**
 * A language's formatters, each `Intl` object made once here. The app takes them from `formattersFor`,
 * which keeps one set per language: an `Intl` object costs far more to make than to use.
 */
export function createFormatters(lang: Lang): Formatters {
  const locale = LOCALE[lang];
  const twoDecimals = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const plain = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 });
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const longDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });

  return {
    // Rounded like the domain grades (half away from zero, no binary artefacts): 95.525 shows as 95,53.
    score: (value) =>
      value === null || value === undefined || !Number.isFinite(value)
        ? UNKNOWN
        : twoDecimals.format(roundTo(value, 2)),
    signed: (value) =>
      value === null || value === undefined || !Number.isFinite(value)
        ? UNKNOWN
        : signed.format(value).replace('-', '−'),
    integer: (value) => integer.format(value),
    percent: (value) => `${twoDecimals.format(value)}%`,
    date: (iso) => {
      const parsed = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) ? iso : longDate.format(parsed);
    },
    dateTime: (iso) => {
      const parsed = new Date(iso);
      return Number.isNaN(parsed.getTime()) ? iso : dateTime.format(parsed);
    },
    list: (items) => list.format(items),
    plain: (value) => plain.format(value),
    megabytes: (bytes) => `${oneDecimal.format(bytes / 1_000_000)} MB`,
  };
}

const made = new Map<Lang, Formatters>();

/** The formatters of a language, made on first use and shared from then on. */
export function formattersFor(lang: Lang): Formatters {
  let formatters = made.get(lang);
  if (formatters === undefined) {
    formatters = createFormatters(lang);
    made.set(lang, formatters);
  }
  return formatters;
}
