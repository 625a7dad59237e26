import { describe, expect, it } from 'vitest';
import { nameTick, withShortTailKept } from './name-tick';

describe('nameTick', () => {
  it('gives the size as an attribute and again as a CSS length, which Recharts measures names in', () => {
    expect(nameTick('var(--chart-axis)')).toEqual({
      fill: 'var(--chart-axis)',
      fontSize: 12,
      style: { fontSize: '12px' },
    });
    expect(nameTick('#000', 11).style.fontSize).toBe('11px');
  });
});

describe('withShortTailKept', () => {
  it('joins a last word of up to three characters to the word before it with a no-break space', () => {
    expect(withShortTailKept('Puskesmas Batang I')).toBe('Puskesmas Batang\u00a0I');
    expect(withShortTailKept('Puskesmas Batang III')).toBe('Puskesmas Batang\u00a0III');
    expect(withShortTailKept('▼ Puskesmas Batang III')).toBe('▼ Puskesmas Batang\u00a0III');
  });

  it('leaves longer last words and one-word names as they are', () => {
    expect(withShortTailKept('Dinas Sosial')).toBe('Dinas Sosial');
    expect(withShortTailKept('DPMPTSP')).toBe('DPMPTSP');
    expect(withShortTailKept('')).toBe('');
  });
});
