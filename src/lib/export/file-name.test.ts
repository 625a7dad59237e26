import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from './file-name';

describe('slug', () => {
  it('keeps lowercase ASCII letters and digits only', () => {
    expect(slug('Kabupaten Batang')).toBe('kabupaten-batang');
    expect(slug('Dinas Sosial (Dinsos)')).toBe('dinas-sosial-dinsos');
    expect(slug('Peringkat unit — nilai total')).toBe('peringkat-unit-nilai-total');
  });
  it('strips accents and drops markup characters', () => {
    expect(slug('Café <img src=x onerror=alert(1)>')).toBe('cafe-img-src-x-onerror-alert-1');
  });
});

describe('exportFileName', () => {
  it('names the entity, year and chart', () => {
    expect(exportFileName({ entity: 'Kabupaten Batang', year: 2024, chart: 'Peringkat unit' }, 'png')).toBe(
      'kabupaten-batang-2024-peringkat-unit.png',
    );
  });
  it('falls back to "rapor" when nothing is left', () => {
    expect(exportFileName({ chart: '***' }, 'svg')).toBe('rapor.svg');
  });
  it('caps very long names', () => {
    const name = exportFileName({ entity: 'x'.repeat(300), chart: 'c' }, 'csv');
    expect(name.length).toBeLessThanOrEqual(124);
    expect(name.endsWith('.csv')).toBe(true);
  });
  it('never ends in a hyphen where the cap cuts between words', () => {
    // 119 letters, then the hyphen before the year: the cut at 120 falls right after it.
    expect(exportFileName({ entity: 'x'.repeat(119), year: 2024, chart: 'c' }, 'png')).toBe(`${'x'.repeat(119)}.png`);
  });
});
