import { LOCALE, type Lang } from './format';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago `fromIso` was, as the language says it: "3 hari yang lalu", "2 hours ago", "sekarang".
 * A time in the future (a clock set wrong) reads as now; an unreadable date as the text itself.
 */
export function relativeAge(fromIso: string, now: number, lang: Lang): string {
  const from = Date.parse(fromIso);
  if (Number.isNaN(from)) return fromIso;
  const elapsed = Math.max(0, now - from);
  const format = new Intl.RelativeTimeFormat(LOCALE[lang], { numeric: 'auto' });
  if (elapsed < MINUTE) return format.format(0, 'second');
  if (elapsed < HOUR) return format.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return format.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 30 * DAY) return format.format(-Math.floor(elapsed / DAY), 'day');
  if (elapsed < 365 * DAY) return format.format(-Math.floor(elapsed / (30 * DAY)), 'month');
  return format.format(-Math.floor(elapsed / (365 * DAY)), 'year');
}
