import { describe, expect, it } from 'vitest';
import { plainAttributeValue } from './inline-styles';

describe('plainAttributeValue', () => {
  it('drops px from lengths, keeping every number of a dash pattern', () => {
    expect(plainAttributeValue('stroke-width', '2.5px')).toBe('2.5');
    expect(plainAttributeValue('stroke-dasharray', '6px, 4px')).toBe('6, 4');
    expect(plainAttributeValue('stroke-dasharray', '10px, 3px, 2px, 3px')).toBe('10, 3, 2, 3');
    expect(plainAttributeValue('font-size', '12px')).toBe('12');
  });

  it('unquotes paint references', () => {
    expect(plainAttributeValue('fill', 'url("#heat-hatch")')).toBe('url(#heat-hatch)');
    expect(plainAttributeValue('fill', "url('#a')")).toBe('url(#a)');
  });

  it('leaves colours, keywords and font names alone', () => {
    expect(plainAttributeValue('fill', 'rgb(15, 118, 110)')).toBe('rgb(15, 118, 110)');
    expect(plainAttributeValue('stroke-dasharray', 'none')).toBe('none');
    expect(plainAttributeValue('font-family', '"Inter 2px", sans-serif')).toBe('"Inter 2px", sans-serif');
  });
});
