// Reading exported files the way the program that opens them does: PNG pixels (pngjs, so a file
// that does not decode fails), CSV as a spreadsheet splits it, and a PDF's pages with the links on
// each. Shared by tests/e2e/export.test.ts.
import { PNG } from 'pngjs';

export interface Png {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8Array;
}

export type Rgb = readonly [number, number, number];

/** Decodes PNG bytes; throws on a broken file (bad signature, CRC or zlib data). */
export function readPng(bytes: Uint8Array): Png {
  const png = PNG.sync.read(Buffer.from(bytes));
  return { width: png.width, height: png.height, data: png.data };
}

export function hexToRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

/** `rgb(15, 118, 110)` or `#0f766e` as channels; null for anything else (none, url(#…)). */
export function cssColourToRgb(colour: string): Rgb | null {
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(colour.trim());
  if (rgb) return rgb[4] !== undefined && Number(rgb[4]) < 1 ? null : [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return /^#[0-9a-f]{6}$/i.test(colour.trim()) ? hexToRgb(colour.trim()) : null;
}

export function pixelAt(png: Png, x: number, y: number): [number, number, number, number] {
  const i = (y * png.width + x) * 4;
  const d = png.data;
  return [d[i] ?? -1, d[i + 1] ?? -1, d[i + 2] ?? -1, d[i + 3] ?? -1];
}

export function toHex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b].map((c) => (c ?? 0).toString(16).padStart(2, '0')).join('')}`;
}

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

function near(png: Png, i: number, [r, g, b]: Rgb, tolerance: number): boolean {
  const d = png.data;
  return (
    d[i + 3] === 255 &&
    Math.abs((d[i] ?? 0) - r) <= tolerance &&
    Math.abs((d[i + 1] ?? 0) - g) <= tolerance &&
    Math.abs((d[i + 2] ?? 0) - b) <= tolerance
  );
}

/** How many opaque pixels in `region` (default: all) are within `tolerance` of `colour` on each channel. */
export function countNear(png: Png, colour: Rgb, tolerance: number, region?: Region): number {
  const { x = 0, y = 0, width = png.width, height = png.height } = region ?? {};
  let count = 0;
  for (let row = y; row < Math.min(png.height, y + height); row += 1) {
    for (let col = x; col < Math.min(png.width, x + width); col += 1) {
      if (near(png, (row * png.width + col) * 4, colour, tolerance)) count += 1;
    }
  }
  return count;
}

/** How many different colours the image has (RGBA). A blank or single-colour image has one or two. */
export function distinctColours(png: Png): number {
  const seen = new Set<number>();
  const d = png.data;
  for (let i = 0; i < d.length; i += 4) {
    seen.add((((d[i] ?? 0) << 24) | ((d[i + 1] ?? 0) << 16) | ((d[i + 2] ?? 0) << 8) | (d[i + 3] ?? 0)) >>> 0);
  }
  return seen.size;
}

/**
 * Rows of a CSV file as a spreadsheet reads them: `delimiter`-separated, "quoted" fields with ""
 * for a quote, CRLF or LF line ends. The caller strips the BOM first.
 */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      // CR of a CRLF: the LF ends the row.
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The indirect objects of a PDF (Chromium writes them uncompressed: no object streams), by number. */
function pdfObjects(pdf: string): Map<number, string> {
  const objects = new Map<number, string>();
  for (const match of pdf.matchAll(/(\d+) 0 obj\b([\s\S]*?)\bendobj/g)) {
    // A stream object's dictionary is what comes before `stream`; the binary data is not needed.
    const body = match[2] ?? '';
    const streamAt = body.indexOf('stream');
    objects.set(Number(match[1]), streamAt >= 0 ? body.slice(0, streamAt) : body);
  }
  return objects;
}

function references(list: string): number[] {
  return [...list.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
}

/**
 * The pages of a PDF in order, each with the URIs of the link annotations on it. Chromium turns
 * every `<a href>` into such a link on the page where it is printed.
 */
export function pdfPageLinks(bytes: Uint8Array): string[][] {
  const pdf = Buffer.from(bytes).toString('latin1');
  const objects = pdfObjects(pdf);
  const rootRef = /\/Root (\d+) 0 R/.exec(pdf)?.[1];
  const pagesRef = rootRef ? /\/Pages (\d+) 0 R/.exec(objects.get(Number(rootRef)) ?? '')?.[1] : undefined;
  if (!pagesRef) throw new Error('PDF without a page tree');
  const pages: string[][] = [];
  const walk = (ref: number) => {
    const object = objects.get(ref) ?? '';
    if (/\/Type\s*\/Pages\b/.test(object)) {
      for (const kid of references(/\/Kids\s*\[([^\]]*)\]/.exec(object)?.[1] ?? '')) walk(kid);
    } else if (/\/Type\s*\/Page\b/.test(object)) {
      const annots = references(/\/Annots\s*\[([^\]]*)\]/.exec(object)?.[1] ?? '');
      pages.push(annots.map((a) => /\/URI\s*\(([^)]*)\)/.exec(objects.get(a) ?? '')?.[1] ?? '').filter(Boolean));
    }
  };
  walk(Number(pagesRef));
  return pages;
}

/** The number of page objects in a PDF, counted independently of the page tree. */
export function pdfPageObjectCount(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b(?!s)/g) ?? []
  ).length;
}
