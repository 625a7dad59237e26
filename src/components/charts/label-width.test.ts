import { describe, expect, it } from 'vitest';
import { widestLabel } from './label-width';

// The same estimate at build time and in every browser (the first screen is prerendered).
describe('widestLabel', () => {
  it('is the longest label at an interface font’s average character width', () => {
    expect(widestLabel(['Dinsos', 'Puskesmas Batang III', 'DPMPTSP'], 12)).toBeCloseTo(20 * 12 * 0.62);
  });

  it('grows with the font size', () => {
    expect(widestLabel(['Disdikbud'], 16)).toBeGreaterThan(widestLabel(['Disdikbud'], 12));
  });

  it('is zero for no labels', () => {
    expect(widestLabel([], 12)).toBe(0);
  });
});
