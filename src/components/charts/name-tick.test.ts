import { describe, expect, it } from 'vitest';
import { nameTick } from './name-tick';

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
