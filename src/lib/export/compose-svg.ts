// The exported image must stand on its own: title, context, legend, source and the
// illustrative-values note are drawn around the chart as real SVG text.
import type { ExportLegendItem } from '../../components/ui/chart-export';
import { measureTextWidth } from '../text-width';

export interface ExportFrame {
  title: string;
  subtitle: string;
  description: string;
  legend: readonly ExportLegendItem[];
  sourceLine: string;
  note?: string;
  /** Small print in the corner: what made the image and when. */
  credit: string;
}

export interface ExportSize {
  width: number;
  height: number;
}

export const DEFAULT_EXPORT_SIZE: ExportSize = { width: 1280, height: 720 };

const SVG_NS = 'http://www.w3.org/2000/svg';
// The page's font (styles.css): the chart was measured in it, and a PNG is drawn in it.
const FONT_STACK = "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const INK = '#15202b';
const MUTED = '#4a5866';
const ACCENT = '#0f766e';
const FLAG = '#b45309';
const MARGIN = 40;

function element(doc: Document, name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  // textContent, never markup: unit names from a file are data, not HTML.
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Text width at `fontSize` in the export font: measured where the browser can, else a rough estimate
 * (an interface font's average glyph is ~0.56 em).
 */
function textWidth(text: string, fontSize: number, weight = 400): number {
  return measureTextWidth(text, `${weight} ${fontSize}px ${FONT_STACK}`) ?? text.length * fontSize * 0.56;
}

const LEGEND_ROW = 24;
const LEGEND_FONT = 14;
const DEFAULT_DASH = '5 4';

type SwatchKind = 'box' | 'line' | 'none';

function swatchOf(item: ExportLegendItem): { kind: SwatchKind; width: number; dash: string | undefined } {
  const kind = item.swatch ?? (item.dash || item.dashed ? 'line' : 'box');
  const dash = item.dash || (item.dashed ? DEFAULT_DASH : undefined);
  // A line sample is long enough to show a whole dash-dot pattern.
  const width = kind === 'line' ? 26 : kind === 'box' ? 12 : 0;
  return { kind, width, dash: kind === 'line' ? dash : undefined };
}

interface PlacedLegendItem {
  item: ExportLegendItem;
  label: string;
  offset: number;
}

/** Where the label starts after the swatch. */
function labelInset(item: ExportLegendItem): number {
  const { width } = swatchOf(item);
  return width === 0 ? 0 : width + 8;
}

/** Legend items left to right, wrapping onto a new row when the next one would not fit. */
function layoutLegend(items: readonly ExportLegendItem[], available: number): PlacedLegendItem[][] {
  const rows: PlacedLegendItem[][] = [];
  let row: PlacedLegendItem[] = [];
  let offset = 0;
  for (const item of items) {
    const label = item.mark ? `${item.mark} ${item.label}` : item.label;
    const itemWidth = labelInset(item) + textWidth(label, LEGEND_FONT);
    if (row.length > 0 && offset + itemWidth > available) {
      rows.push(row);
      row = [];
      offset = 0;
    }
    row.push({ item, label, offset });
    offset += itemWidth + 24;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

const CHART_TOP = 100;
const FOOTER_FONT = 13;
const FOOTER_LINE = 22;
const CREDIT_FONT = 12;

/**
 * Text broken into lines of at most `available` pixels at `fontSize`: at each "\n", then between
 * words. A single word longer than the line stays whole.
 */
export function wrapText(text: string, fontSize: number, available: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && textWidth(candidate, fontSize) > available) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

type FooterFrame = Pick<ExportFrame, 'legend'> & Partial<Pick<ExportFrame, 'note' | 'sourceLine' | 'credit'>>;

/** The footer's lines, top to bottom: the source (wrapped, one or more sources), then the note. */
function footerLines(frame: FooterFrame, size: ExportSize): { text: string; note: boolean }[] {
  // The credit sits at the right of the last line; every line keeps clear of it.
  const available = size.width - 2 * MARGIN - textWidth(frame.credit ?? '', CREDIT_FONT) - 24;
  return [
    ...wrapText(frame.sourceLine ?? '', FOOTER_FONT, available).map((text) => ({ text, note: false })),
    ...wrapText(frame.note ?? '', FOOTER_FONT, available).map((text) => ({ text, note: true })),
  ];
}

/** Where the chart goes inside the frame; the exporter renders the chart at exactly this size. */
export function frameLayout(frame: FooterFrame, size: ExportSize = DEFAULT_EXPORT_SIZE) {
  const footer = footerLines(frame, size);
  const legendRows = layoutLegend(frame.legend, size.width - 2 * MARGIN);
  const legendTop = size.height - 28 - Math.max(1, footer.length) * FOOTER_LINE - legendRows.length * LEGEND_ROW;
  return {
    legendRows,
    legendTop,
    footer,
    chartTop: CHART_TOP,
    chartWidth: size.width - 2 * MARGIN,
    chartHeight: Math.max(100, legendTop - CHART_TOP - 8),
  };
}

/** A font size at which `text` fits `available` pixels, from `size` down to `min`. */
function fittingSize(text: string, size: number, min: number, available: number, weight = 400): number {
  const needed = textWidth(text, size, weight);
  return needed <= available ? size : Math.max(min, Math.floor((size * available) / needed));
}

/**
 * Puts `chart` (already style-inlined) into a fixed-size frame. The chart keeps its own aspect
 * ratio, scaled to fit the space between the title band and the footer.
 */
export function composeExportSvg(
  chart: SVGSVGElement,
  frame: ExportFrame,
  size: ExportSize = DEFAULT_EXPORT_SIZE,
): string {
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const { width, height } = size;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', FONT_STACK);
  root.setAttribute('role', 'img');
  root.setAttribute('aria-labelledby', 'export-title export-desc');

  root.append(element(doc, 'title', { id: 'export-title' }, frame.title));
  root.append(
    element(doc, 'desc', { id: 'export-desc' }, [frame.subtitle, frame.description].filter(Boolean).join(' — ')),
  );
  root.append(element(doc, 'rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  // The title band: an accent rule and the title, so a pasted image says what it is.
  root.append(element(doc, 'rect', { x: 0, y: 0, width, height: 8, fill: ACCENT }));
  // A long title or subtitle gets smaller rather than running off the image.
  const textWidth = width - 2 * MARGIN;
  const titleSize = fittingSize(frame.title, 26, 16, textWidth, 700);
  const subtitleSize = fittingSize(frame.subtitle, 17, 11, textWidth);
  root.append(
    element(doc, 'text', { x: MARGIN, y: 52, 'font-size': titleSize, 'font-weight': 700, fill: INK }, frame.title),
  );
  root.append(element(doc, 'text', { x: MARGIN, y: 82, 'font-size': subtitleSize, fill: MUTED }, frame.subtitle));

  const { legendRows, legendTop, footer, chartTop, chartWidth, chartHeight } = frameLayout(frame, size);

  const sourceWidth = Number(chart.getAttribute('width')) || chart.viewBox.baseVal?.width || chartWidth;
  const sourceHeight = Number(chart.getAttribute('height')) || chart.viewBox.baseVal?.height || chartHeight;
  const nested = doc.importNode<SVGSVGElement>(chart, true);
  nested.setAttribute('x', String(MARGIN));
  nested.setAttribute('y', String(chartTop));
  nested.setAttribute('width', String(chartWidth));
  nested.setAttribute('height', String(chartHeight));
  nested.setAttribute('viewBox', `0 0 ${sourceWidth} ${sourceHeight}`);
  nested.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  nested.removeAttribute('style');
  root.append(nested);

  legendRows.forEach((row, rowIndex) => {
    const legendY = legendTop + 18 + rowIndex * LEGEND_ROW;
    for (const { item, label, offset } of row) {
      const x = MARGIN + offset;
      const swatch = swatchOf(item);
      if (swatch.kind === 'line') {
        root.append(
          element(doc, 'line', {
            x1: x,
            y1: legendY - 5,
            x2: x + swatch.width,
            y2: legendY - 5,
            stroke: item.color,
            'stroke-width': 2.5,
            ...(swatch.dash ? { 'stroke-dasharray': swatch.dash } : {}),
          }),
        );
      } else if (swatch.kind === 'box') {
        // A faint outline, so a swatch as pale as the page (the lowest heat step) still shows.
        root.append(
          element(doc, 'rect', {
            x,
            y: legendY - 11,
            width: 12,
            height: 12,
            rx: 2,
            fill: item.color,
            stroke: INK,
            'stroke-opacity': 0.25,
          }),
        );
      }
      root.append(
        element(doc, 'text', { x: x + labelInset(item), y: legendY, 'font-size': LEGEND_FONT, fill: INK }, label),
      );
    }
  });

  footer.forEach((line, index) => {
    const y = height - 20 - (footer.length - 1 - index) * FOOTER_LINE;
    root.append(
      element(doc, 'text', { x: MARGIN, y, 'font-size': FOOTER_FONT, fill: line.note ? FLAG : MUTED }, line.text),
    );
  });
  root.append(
    element(
      doc,
      'text',
      { x: width - MARGIN, y: height - 20, 'font-size': CREDIT_FONT, fill: MUTED, 'text-anchor': 'end' },
      frame.credit,
    ),
  );

  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}
