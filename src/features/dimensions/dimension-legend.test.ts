import { describe, expect, it } from 'vitest';
import { dimensionsOf, unitsOf } from '../../domain/aggregate';
import { DEFAULT_DIMENSIONS } from '../../domain/dimensions';
import { BATANG, PEMALANG, batang2024, multiEntityMultiYear } from '../../domain/testing/fixtures';
import { createFormatters } from '../../lib/format';
import { groupedBarLegend, heatmapLegend } from './dimension-legend';
import { entityMeans, toHeatmap } from './dimension-rows';

const fmt = createFormatters('id');
const words = {
  belowMean: 'di bawah rata-rata instansi pada kolom itu',
  scale: 'Warna relatif terhadap nilai di tabel ini:',
  unknown: 'tidak ada nilai',
  computedTotal: 'dihitung dari dimensi',
};

describe('heatmapLegend', () => {
  it('names ▼ and each colour step with the scores it stands for', () => {
    const units = unitsOf(batang2024(), { institution: BATANG, year: 2024 });
    const legend = heatmapLegend(
      toHeatmap(DEFAULT_DIMENSIONS, units, entityMeans(DEFAULT_DIMENSIONS, units)),
      words,
      fmt.score,
    );
    expect(legend.map((l) => (l.mark ? `${l.mark} ${l.label}` : l.label))).toEqual([
      '▼ di bawah rata-rata instansi pada kolom itu',
      'Warna relatif terhadap nilai di tabel ini:',
      // The range is 76,89–98,00 in five equal steps.
      '76,89–81,11',
      '81,11–85,33',
      '85,33–89,56',
      '89,56–93,78',
      '93,78–98,00',
    ]);
    expect(legend.slice(2).map((l) => l.color)).toEqual([0, 1, 2, 3, 4].map((b) => `var(--heat-${b})`));
    expect(legend.slice(0, 2).every((l) => l.swatch === 'none')).toBe(true);
  });

  it('adds “—” for unknown cells and “*” for computed totals only when shown', () => {
    const ds = multiEntityMultiYear();
    const dims = dimensionsOf(ds);
    const pemalang = unitsOf(ds, { institution: PEMALANG, year: 2024 });
    const legend = heatmapLegend(toHeatmap(dims, pemalang, entityMeans(dims, pemalang)), words, fmt.score);
    expect(legend.find((l) => l.mark === '—')).toMatchObject({
      label: 'tidak ada nilai',
      color: 'var(--rapor-sunken)',
    });
    expect(legend.some((l) => l.mark === '*')).toBe(false);
    const computed = pemalang.map((u, i) => (i === 0 ? { ...u, totalComputed: true } : u));
    const withStar = heatmapLegend(toHeatmap(dims, computed, entityMeans(dims, computed)), words, fmt.score);
    expect(withStar.at(-1)).toMatchObject({ mark: '*', label: 'dihitung dari dimensi', swatch: 'none' });
  });
});

describe('groupedBarLegend', () => {
  it('gives each dimension its bar colour and ▼ only when some bar has it', () => {
    const legend = groupedBarLegend(DEFAULT_DIMENSIONS, true, 'di bawah rata-rata');
    expect(legend.map((l) => [l.label, l.color])).toEqual([
      ['Input', 'var(--chart-dim-1)'],
      ['Proses', 'var(--chart-dim-2)'],
      ['Output', 'var(--chart-dim-3)'],
      ['Pengaduan', 'var(--chart-dim-4)'],
      ['di bawah rata-rata', ''],
    ]);
    expect(legend.at(-1)).toMatchObject({ mark: '▼', swatch: 'none' });
    expect(groupedBarLegend(DEFAULT_DIMENSIONS, false, 'x')).toHaveLength(4);
  });
});
