import { describe, expect, it } from 'vitest';
import { relativeAge } from './relative-age';

const NOW = Date.parse('2025-03-10T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('relativeAge', () => {
  it.each([
    [0, 'sekarang', 'now'],
    [59_999, 'sekarang', 'now'],
    [MIN, '1 menit yang lalu', '1 minute ago'],
    [59 * MIN, '59 menit yang lalu', '59 minutes ago'],
    [HOUR, '1 jam yang lalu', '1 hour ago'],
    [23 * HOUR + 59 * MIN, '23 jam yang lalu', '23 hours ago'],
    [DAY, 'kemarin', 'yesterday'],
    [3 * DAY + 5 * HOUR, '3 hari yang lalu', '3 days ago'],
    [29 * DAY, '29 hari yang lalu', '29 days ago'],
    [30 * DAY, 'bulan lalu', 'last month'],
    [200 * DAY, '6 bulan yang lalu', '6 months ago'],
    [365 * DAY, 'tahun lalu', 'last year'],
    [3 * 365 * DAY, '3 tahun yang lalu', '3 years ago'],
  ])('%i ms ago: “%s” / “%s”', (elapsed, id, en) => {
    expect(relativeAge(ago(elapsed), NOW, 'id')).toBe(id);
    expect(relativeAge(ago(elapsed), NOW, 'en')).toBe(en);
  });

  it('reads a time in the future (a wrong clock) as now', () => {
    expect(relativeAge(ago(-5 * DAY), NOW, 'id')).toBe('sekarang');
  });

  it('gives back a date it cannot read as it is', () => {
    expect(relativeAge('kemarin sore', NOW, 'id')).toBe('kemarin sore');
  });
});
