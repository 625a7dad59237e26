import { describe, expect, it } from 'vitest';
import { composeExportSvg, frameLayout, wrapText, type ExportFrame } from './compose-svg';

const SVG_NS = 'http://www.w3.org/2000/svg';

function chart(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '600');
  svg.setAttribute('height', '300');
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('fill', '#0f766e');
  rect.setAttribute('width', '100');
  rect.setAttribute('height', '20');
  svg.append(rect);
  return svg;
}

const frame: ExportFrame = {
  title: 'Peringkat unit',
  subtitle: 'Kabupaten Batang, 2024',
  description: 'Diagram batang',
  legend: [{ label: 'Di bawah rata-rata', color: '#c2410c', mark: '▼' }],
  sourceLine: 'Sumber: Tribun Jateng',
  credit: 'Rapor',
};

function parse(svgText: string): Document {
  return new DOMParser().parseFromString(svgText, 'image/svg+xml');
}

describe('composeExportSvg', () => {
  it('frames the chart with title, description, legend and source as text', () => {
    const doc = parse(composeExportSvg(chart(), frame));
    const texts = Array.from(doc.querySelectorAll('text')).map((t) => t.textContent);
    expect(doc.querySelector('title')?.textContent).toBe('Peringkat unit');
    expect(doc.querySelector('desc')?.textContent).toBe('Kabupaten Batang, 2024 — Diagram batang');
    expect(texts).toEqual(
      expect.arrayContaining([
        'Peringkat unit',
        'Kabupaten Batang, 2024',
        '▼ Di bawah rata-rata',
        'Sumber: Tribun Jateng',
      ]),
    );
    expect(doc.documentElement.getAttribute('width')).toBe('1280');
    expect(doc.documentElement.getAttribute('height')).toBe('720');
  });

  it('keeps markup in names as text, never as elements', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const svgText = composeExportSvg(chart(), {
      ...frame,
      title: hostile,
      legend: [{ label: hostile, color: '#000' }],
    });
    const doc = parse(svgText);
    expect(doc.querySelector('img')).toBeNull();
    expect(svgText).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('adds the illustrative note only when given', () => {
    const withNote = parse(composeExportSvg(chart(), { ...frame, note: 'Nilai ilustratif' }));
    const without = parse(composeExportSvg(chart(), frame));
    const has = (doc: Document) =>
      Array.from(doc.querySelectorAll('text')).some((t) => t.textContent === 'Nilai ilustratif');
    expect(has(withNote)).toBe(true);
    expect(has(without)).toBe(false);
  });

  it('places the chart in the space the layout reserves, keeping its aspect ratio', () => {
    const doc = parse(composeExportSvg(chart(), frame));
    const nested = doc.documentElement.querySelector('svg');
    const layout = frameLayout(frame);
    expect(nested?.getAttribute('viewBox')).toBe('0 0 600 300');
    expect(nested?.getAttribute('height')).toBe(String(layout.chartHeight));
    expect(nested?.getAttribute('preserveAspectRatio')).toBe('xMidYMid meet');
  });

  it('wraps a long legend onto more rows and gives the chart less height', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ label: `Unit layanan nomor ${i + 1}`, color: '#123456' }));
    expect(frameLayout({ legend: many }).legendRows.length).toBeGreaterThan(1);
    expect(frameLayout({ legend: many }).chartHeight).toBeLessThan(frameLayout({ legend: [] }).chartHeight);
  });

  it('draws each legend key as asked: a box, a line with the series’ own dash, or only the mark', () => {
    const doc = parse(
      composeExportSvg(chart(), {
        ...frame,
        legend: [
          { label: 'Dimensi Input', color: '#3867b0' },
          { label: '2. Disdikbud', color: '#23895a', dash: '9 5' },
          { label: '1. Dinsos', color: '#a8327a', swatch: 'line' },
          { label: 'Rata-rata', color: '#334155', dashed: true },
          { label: 'di bawah rata-rata', color: '', mark: '▼', swatch: 'none' },
        ],
      }),
    );
    const root = doc.documentElement;
    const legendLines = Array.from(root.querySelectorAll(':scope > line'));
    expect(legendLines.map((l) => [l.getAttribute('stroke'), l.getAttribute('stroke-dasharray')])).toEqual([
      ['#23895a', '9 5'],
      ['#a8327a', null],
      ['#334155', '5 4'],
    ]);
    // Only the box item gets a swatch rect (besides the page and the title band).
    const swatches = Array.from(root.querySelectorAll(':scope > rect')).filter((r) => r.getAttribute('width') === '12');
    expect(swatches.map((r) => r.getAttribute('fill'))).toEqual(['#3867b0']);
    expect(Array.from(root.querySelectorAll('text')).some((t) => t.textContent === '▼ di bawah rata-rata')).toBe(true);
  });

  it('starts a label after its key, or at the key’s place when there is none', () => {
    const labelX = (legend: ExportFrame['legend']) => {
      const doc = parse(composeExportSvg(chart(), { ...frame, legend }));
      const label = legend[0]?.label ?? '';
      return Array.from(doc.querySelectorAll('text'))
        .find((t) => t.textContent?.endsWith(label))
        ?.getAttribute('x');
    };
    expect(labelX([{ label: 'kotak', color: '#000' }])).toBe('60');
    expect(labelX([{ label: 'garis', color: '#000', swatch: 'line' }])).toBe('74');
    expect(labelX([{ label: 'tanda', color: '', mark: '▼', swatch: 'none' }])).toBe('40');
  });

  it('puts each source on its own line, wraps long ones, and gives the chart less height', () => {
    const sources = 'Sumber: Ombudsman RI Perwakilan Jawa Tengah, diambil 3 Desember 2024\nSumber: Contoh';
    const doc = parse(composeExportSvg(chart(), { ...frame, sourceLine: sources, note: 'Nilai ilustratif' }));
    const texts = Array.from(doc.querySelectorAll('text'));
    const y = (text: string) => Number(texts.find((t) => t.textContent === text)?.getAttribute('y'));
    expect(y('Sumber: Contoh')).toBeGreaterThan(
      y('Sumber: Ombudsman RI Perwakilan Jawa Tengah, diambil 3 Desember 2024'),
    );
    expect(y('Nilai ilustratif')).toBeGreaterThan(y('Sumber: Contoh'));
    expect(y('Nilai ilustratif')).toBe(700);
    expect(frameLayout({ ...frame, sourceLine: sources }).chartHeight).toBeLessThan(frameLayout(frame).chartHeight);
  });

  it('shrinks a subtitle too long for the image instead of letting it run off', () => {
    const long = `${'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu '.repeat(3)}· Kabupaten Batang, 2024`;
    const doc = parse(composeExportSvg(chart(), { ...frame, subtitle: long }));
    const subtitle = Array.from(doc.querySelectorAll('text')).find((t) => t.textContent === long);
    const size = Number(subtitle?.getAttribute('font-size'));
    expect(size).toBeLessThan(17);
    expect(long.length * size * 0.56).toBeLessThanOrEqual(1280 - 80);
  });
});

describe('wrapText', () => {
  it('breaks at new lines and between words, keeping each line within the width', () => {
    expect(wrapText('a b c\nd', 10, 1000)).toEqual(['a b c', 'd']);
    const lines = wrapText('satu dua tiga empat lima enam', 10, 60);
    expect(lines.join(' ')).toBe('satu dua tiga empat lima enam');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length * 10 * 0.56).toBeLessThanOrEqual(60);
  });

  it('keeps a word longer than the line whole and drops empty lines', () => {
    expect(wrapText('Disdukcapil', 10, 20)).toEqual(['Disdukcapil']);
    expect(wrapText('', 10, 100)).toEqual([]);
  });
});
