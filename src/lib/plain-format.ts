// The few formats the first screen shows, written out for the two interface languages exactly as
// Intl writes them for id-ID and en-GB (plain-format.test.ts checks them against Intl). A page's first
// Intl formatter costs ~20 ms of ICU start-up on an office laptop, on the way to the first chart;
// everything else still goes through Intl, made on first use.
import type { Lang } from './format';

const SEPARATORS: Record<Lang, { decimal: string; group: string }> = {
  id: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/** Beyond this, a value's shortest decimal form may have an exponent: such values go to Intl. */
const LARGEST_PLAIN = 1e15;
/** Below this, a value's shortest decimal form has an exponent ("1e-7"); it rounds to zero at up to 5 decimals. */
const SMALLEST_PLAIN = 1e-6;
const ZERO = '0'.charCodeAt(0);

/**
 * The digits of `abs` (≥ 0) rounded half away from zero at `digits` decimals, as "1234.50". Like
 * Intl, it rounds the number's shortest decimal form, the one it is written as: 1.005 → "1.01", where
 * `toFixed`, rounding the binary value 1.00499…, gives "1.00".
 */
function roundedDigits(abs: number, digits: number): string {
  if (abs < SMALLEST_PLAIN) return (0).toFixed(digits);
  const [whole = '0', fraction = ''] = String(abs).split('.');
  const kept = BigInt(whole + fraction.slice(0, digits).padEnd(digits, '0'));
  const all = (fraction.length > digits && fraction.charCodeAt(digits) >= ZERO + 5 ? kept + 1n : kept).toString();
  if (digits === 0) return all;
  const padded = all.padStart(digits + 1, '0');
  return `${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/**
 * `value` with exactly `digits` (0–5) decimals, rounded half away from zero, thousands grouped, as
 * `Intl.NumberFormat` writes it with minimum and maximum fraction digits both `digits`; null for a
 * value it does not write (not finite, or too large), for the caller to hand to Intl.
 */
export function fixedDecimals(value: number, digits: number, lang: Lang): string | null {
  if (!Number.isFinite(value) || Math.abs(value) >= LARGEST_PLAIN) return null;
  const { decimal, group } = SEPARATORS[lang];
  // Intl keeps the sign of a negative value that rounds to zero ("-0,00"), and of -0.
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const [whole = '', fraction] = roundedDigits(Math.abs(value), digits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}${decimal}${fraction}`;
}

const MONTHS: Record<Lang, readonly string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** ICU switches to the Julian calendar before 15 October 1582; JavaScript dates never do. */
const FIRST_GREGORIAN_YEAR = 1600;

/**
 * A UTC date as "3 Desember 2024" / "3 December 2024" (Intl's day numeric, month long, year numeric);
 * null outside the years 1600–9999, for the caller to hand to Intl.
 */
export function longDate(date: Date, lang: Lang): string | null {
  const year = date.getUTCFullYear();
  if (!(year >= FIRST_GREGORIAN_YEAR && year <= 9999)) return null;
  return `${date.getUTCDate()} ${MONTHS[lang][date.getUTCMonth()]} ${year}`;
}

const LIST_WORDS: Record<Lang, { two: string; last: string }> = {
  id: { two: ' dan ', last: ', dan ' },
  en: { two: ' and ', last: ' and ' },
};

/** Items joined as `Intl.ListFormat` (long, conjunction) joins them: "a, b, dan c" / "a, b and c". */
export function joinedList(items: readonly string[], lang: Lang): string {
  const { two, last } = LIST_WORDS[lang];
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]}${two}${items[1]}`;
  return `${items.slice(0, -1).join(', ')}${last}${items[items.length - 1]}`;
}
