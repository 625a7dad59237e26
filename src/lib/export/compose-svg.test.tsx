import { describe, expect, it } from 'vitest';
import { composeExportSvg, frameLayout, type ExportFrame } from './compose-svg';

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
});
