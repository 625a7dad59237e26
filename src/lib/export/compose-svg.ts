// The exported image must stand on its own: title, context, legend, source and the
// illustrative-values note are drawn around the chart as real SVG text.

export interface ExportLegendItem {
  label: string;
  color: string;
  /** Drawn as a dashed line instead of a swatch (reference lines, dashed series). */
  dashed?: boolean;
  /** A text mark shown before the label (▼ for flagged units): meaning never rests on colour. */
  mark?: string;
}

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
const FONT_STACK = "'Inter Variable', Inter, 'Segoe UI', Roboto, Arial, sans-serif";
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

/** Rough text width for laying out legend items (the export font's average glyph is ~0.56 em). */
function approxWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

const LEGEND_ROW = 24;

interface PlacedLegendItem {
  item: ExportLegendItem;
  label: string;
  offset: number;
}

/** Legend items left to right, wrapping onto a new row when the next one would not fit. */
function layoutLegend(items: readonly ExportLegendItem[], available: number): PlacedLegendItem[][] {
  const rows: PlacedLegendItem[][] = [];
  let row: PlacedLegendItem[] = [];
  let offset = 0;
  for (const item of items) {
    const label = item.mark ? `${item.mark} ${item.label}` : item.label;
    const itemWidth = 22 + approxWidth(label, 14);
    if (row.length > 0 && offset + itemWidth > available) {
      rows.push(row);
      row = [];
      offset = 0;
    }
    row.push({ item, label, offset });
    offset += itemWidth + 28;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

const CHART_TOP = 100;

/** Where the chart goes inside the frame; the exporter renders the chart at exactly this size. */
export function frameLayout(frame: Pick<ExportFrame, 'legend' | 'note'>, size: ExportSize = DEFAULT_EXPORT_SIZE) {
  const footerLines = 1 + (frame.note ? 1 : 0);
  const legendRows = layoutLegend(frame.legend, size.width - 2 * MARGIN);
  const legendTop = size.height - 28 - footerLines * 22 - legendRows.length * LEGEND_ROW;
  return {
    legendRows,
    legendTop,
    chartTop: CHART_TOP,
    chartWidth: size.width - 2 * MARGIN,
    chartHeight: Math.max(100, legendTop - CHART_TOP - 8),
  };
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
  root.append(element(doc, 'text', { x: MARGIN, y: 52, 'font-size': 26, 'font-weight': 700, fill: INK }, frame.title));
  root.append(element(doc, 'text', { x: MARGIN, y: 82, 'font-size': 17, fill: MUTED }, frame.subtitle));

  const { legendRows, legendTop, chartTop, chartWidth, chartHeight } = frameLayout(frame, size);

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
      if (item.dashed) {
        root.append(
          element(doc, 'line', {
            x1: x,
            y1: legendY - 5,
            x2: x + 18,
            y2: legendY - 5,
            stroke: item.color,
            'stroke-width': 2,
            'stroke-dasharray': '5 4',
          }),
        );
      } else {
        root.append(element(doc, 'rect', { x, y: legendY - 11, width: 12, height: 12, rx: 2, fill: item.color }));
      }
      root.append(element(doc, 'text', { x: x + 22, y: legendY, 'font-size': 14, fill: INK }, label));
    }
  });

  let footerY = height - 20 - (frame.note ? 22 : 0);
  root.append(element(doc, 'text', { x: MARGIN, y: footerY, 'font-size': 13, fill: MUTED }, frame.sourceLine));
  if (frame.note) {
    footerY += 22;
    root.append(element(doc, 'text', { x: MARGIN, y: footerY, 'font-size': 13, fill: FLAG }, frame.note));
  }
  root.append(
    element(
      doc,
      'text',
      { x: width - MARGIN, y: height - 20, 'font-size': 12, fill: MUTED, 'text-anchor': 'end' },
      frame.credit,
    ),
  );

  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}
