import { afterEach, describe, expect, it } from 'vitest';
import { localIsoDate } from './local-date';

// The test projects run with TZ=UTC (vite.config.ts), where the local and UTC days never differ. Node
// re-reads TZ when it is assigned, so each case below sets the zone it needs and puts it back.
const zoneOfTheRun = process.env.TZ;
function inZone(zone: string): void {
  process.env.TZ = zone;
}

describe('localIsoDate', () => {
  afterEach(() => {
    process.env.TZ = zoneOfTheRun;
  });

  it('is the local calendar day, with zero-padded month and day', () => {
    expect(localIsoDate(new Date(2024, 2, 5, 12, 0))).toBe('2024-03-05');
    expect(localIsoDate(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
  });

  it('in Jakarta (UTC+7) is already the new day while UTC is still the old one', () => {
    inZone('Asia/Jakarta');
    const threeInTheMorningInJakarta = new Date(Date.UTC(2024, 11, 31, 20, 0));
    expect(threeInTheMorningInJakarta.getTimezoneOffset()).toBe(-420);
    expect(threeInTheMorningInJakarta.toISOString().slice(0, 10)).toBe('2024-12-31');
    expect(localIsoDate(threeInTheMorningInJakarta)).toBe('2025-01-01');
  });

  it('west of UTC is still the old day while UTC is already the new one', () => {
    inZone('America/Los_Angeles');
    const sevenInTheEveningInLosAngeles = new Date(Date.UTC(2025, 0, 1, 3, 0));
    expect(sevenInTheEveningInLosAngeles.toISOString().slice(0, 10)).toBe('2025-01-01');
    expect(localIsoDate(sevenInTheEveningInLosAngeles)).toBe('2024-12-31');
  });

  it('defaults to now', () => {
    inZone('Asia/Jayapura');
    const now = new Date();
    const expected = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jayapura' }).format(now);
    expect(localIsoDate()).toBe(expected);
  });
});
