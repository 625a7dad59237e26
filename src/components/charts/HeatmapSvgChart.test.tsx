import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../testing/render';
import { ChartHeightContext } from './chart-height';
import { HeatmapSvgChart, type HeatmapSvgCell, type HeatmapSvgColumn, type HeatmapSvgRow } from './HeatmapSvgChart';

/** The headers as the view shapes them for 2024 (weights held) and 2025 (none, names only). */
const WEIGHTED: HeatmapSvgColumn[] = [
  { key: 'input', header: 'Input · 21,85%' },
  { key: 'proses', header: 'Proses · 32,37%' },
  { key: 'output', header: 'Output · 24,24%' },
  { key: 'pengaduan', header: 'Pengaduan · 21,54%' },
];
const UNWEIGHTED: HeatmapSvgColumn[] = WEIGHTED.map((c) => ({ key: c.key, header: c.header.split(' · ')[0] ?? '' }));

const cell = (value: number | null, bucket: number | null, belowMean = false): HeatmapSvgCell => ({
  value,
  bucket,
  belowMean,
});

const rows: HeatmapSvgRow[] = [
  {
    unit: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    label: 'DPMPTSP',
    cells: [cell(98, 4), cell(97.5, 4), cell(97, 4), cell(97.79, 4)],
    total: cell(97.55, 4),
    totalComputed: false,
  },
  {
    unit: 'Puskesmas Comal',
    label: 'Puskesmas Comal',
    cells: [cell(62, 0, true), cell(null, null), cell(75, 1, true), cell(null, null)],
    total: cell(70.4, 0, true),
    totalComputed: true,
  },
];

function renderChart(exportHeight: number | null, columns: readonly HeatmapSvgColumn[] = WEIGHTED) {
  const chart = (
    <HeatmapSvgChart
      columns={columns}
      rows={rows}
      meanCells={[cell(80, 2), cell(97.5, 4), cell(86, 3), cell(97.79, 4)]}
      meanTotal={cell(83.98, 3)}
    />
  );
  return renderWithI18n(<ChartHeightContext value={exportHeight}>{chart}</ChartHeightContext>);
}

describe('HeatmapSvgChart', () => {
  // jsdom lays nothing out: give the chart the width the exporter would.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width: 1200 }));
  });
  afterEach(() => vi.restoreAllMocks());

  it('draws an export surface with the weights in the headers, marks and unknowns as text', () => {
    const { container } = renderChart(540);
    const svg = container.querySelector('svg[data-export-surface]');
    expect(svg?.getAttribute('width')).toBe('1200');
    const texts = Array.from(container.querySelectorAll('text')).map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining(['Input · 21,85%', 'Pengaduan · 21,54%', 'Nilai total', 'Rata-rata instansi']),
    );
    // Row by row: label, four dimensions, total.
    const comal = texts.slice(texts.indexOf('Puskesmas Comal'), texts.indexOf('Puskesmas Comal') + 6);
    expect(comal).toEqual(['Puskesmas Comal', '▼ 62,00', '—', '▼ 75,00', '—', '▼ 70,40*']);
  });

  it('draws the headers it is given, so a year without weights shows none', () => {
    const { container } = renderChart(540, UNWEIGHTED);
    const texts = Array.from(container.querySelectorAll('text')).map((t) => t.textContent);
    expect(texts.slice(0, 6)).toEqual(['Unit', 'Input', 'Proses', 'Output', 'Pengaduan', 'Nilai total']);
    expect(texts.join(' ')).not.toMatch(/%/);
  });

  it('colours a cell by its step and hatches an unknown one, never the palest step', () => {
    const { container } = renderChart(540);
    const fills = Array.from(container.querySelectorAll('g > g > rect')).map((r) => r.getAttribute('fill'));
    expect(fills.slice(0, 5)).toEqual(Array(5).fill('var(--heat-4)'));
    const hatch = container.querySelector('pattern')?.id;
    expect(hatch).toBeTruthy();
    expect(fills.slice(5, 10)).toEqual([
      'var(--heat-0)',
      `url(#${hatch})`,
      'var(--heat-1)',
      `url(#${hatch})`,
      'var(--heat-0)',
    ]);
  });

  it('grows its rows into a taller export, and stays its own height on screen', () => {
    const tall = renderChart(540).container.querySelector('svg');
    const tallHeight = Number(tall?.getAttribute('height'));
    const onScreen = renderChart(null).container.querySelector('svg');
    expect(tallHeight).toBeGreaterThan(Number(onScreen?.getAttribute('height')));
    expect(Number(onScreen?.getAttribute('height'))).toBe(40 + 10 + 3 * 36);
    expect(tallHeight).toBeLessThanOrEqual(540);
  });
});
