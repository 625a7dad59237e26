import { describe, expect, it } from 'vitest';
import { exportLegend, paletteColor, type ChartConfig } from './chart-config';

const config = {
  flagged: { color: 'var(--chart-bar-flagged)', mark: '▼' },
  ok: { color: 'var(--chart-bar)' },
  mean: { color: 'var(--chart-mean)', dash: '5 4' },
} satisfies ChartConfig;

describe('exportLegend', () => {
  it('lists the labelled series in the config’s order, with their colour and key', () => {
    expect(exportLegend(config, { mean: 'Rata-rata 80,00', flagged: 'Di bawah', ok: 'Lainnya' })).toEqual([
      { label: 'Di bawah', color: 'var(--chart-bar-flagged)', mark: '▼' },
      { label: 'Lainnya', color: 'var(--chart-bar)' },
      { label: 'Rata-rata 80,00', color: 'var(--chart-mean)', dash: '5 4' },
    ]);
  });

  it('leaves out a series without a label (not drawn this time)', () => {
    expect(exportLegend(config, { ok: 'Lainnya', mean: undefined }).map((item) => item.label)).toEqual(['Lainnya']);
  });
});

describe('paletteColor', () => {
  it('repeats the palette after its end', () => {
    const palette = ['var(--a)', 'var(--b)'] as const;
    expect([0, 1, 2, 3].map((i) => paletteColor(palette, i))).toEqual(['var(--a)', 'var(--b)', 'var(--a)', 'var(--b)']);
  });
});
