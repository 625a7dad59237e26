// Exports from the built app, checked as files: each chart's PNG, SVG and CSV, the clipboard, the
// ZIP of all charts, the printed report (PDF) and the canonical JSON. Every file of a run is kept in
// tests/e2e/artifacts/exports/ (one folder per case) so a person can look at them; each SVG is also
// kept rendered by Chromium as <name>.svg.rendered.png.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { dimensionMeans, dimensionsOf, rankUnits, summarizeEntity, unitsOf } from '../../src/domain/aggregate';
import { compareKeysToParam } from '../../src/domain/compare-keys';
import type { Dataset, UnitRecord } from '../../src/domain/model';
import { roundTo } from '../../src/domain/stats';
import { validateDataset } from '../../src/domain/validate';
import { slug } from '../../src/lib/export/file-name';
import { createFormatters } from '../../src/lib/format';
import { DESKTOP, PHONE, artifactsDir, expectNoConsoleErrors, launchBrowser, newPage } from './support/browser';
import type { NewPageOptions } from './support/browser';
import {
  countNear,
  cssColourToRgb,
  distinctColours,
  hexToRgb,
  parseCsv,
  pdfPageLinks,
  pdfPageObjectCount,
  pixelAt,
  readPng,
  toHex,
} from './support/exported-files';
import type { Png, Region, Rgb } from './support/exported-files';
import { barChartRows, chartsDrawn, loaded } from './support/page-helpers';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUNDLED_FILE = join(root, 'public', 'data', 'rapor-default.json');
const BUNDLED = datasetFrom(BUNDLED_FILE);
const HOSTILE_FILE = join(root, 'tests', 'fixtures', 'hostile', 'xss-names.json');
const EXPORTS = join(artifactsDir, 'exports');

const BATANG = 'Kabupaten Batang';
const YEAR = 2024;
const fmt = createFormatters('id');

/** The promised export: 1280×720 CSS px (16:9) at 2× pixel density. */
const PNG_SIZE = { width: 2560, height: 1440 };
const WHITE: Rgb = [255, 255, 255];
/** The light palette (src/app/styles.css :root), which every export uses, and the dark one it must not. */
const ACCENT = hexToRgb('#0f766e');
const BAR_OK = hexToRgb('#0f766e');
const BAR_FLAGGED = hexToRgb('#c2410c');
const DARK_BAR_OK = hexToRgb('#2dd4bf');
const DARK_BAR_FLAGGED = hexToRgb('#fb923c');
/** Per channel: what PNG encoding and the canvas leave of a flat fill is exact; edges are not counted anyway. */
const TOLERANCE = 6;

/** Per channel: more than this between two screenshots is a change a person could see. */
const VISIBLE_DIFFERENCE = 16;

/** A4 portrait with the report's 12 mm margins, in CSS px (96 per inch). */
const MM = 96 / 25.4;
const A4_CONTENT = { width: (210 - 24) * MM, height: (297 - 24) * MM };

/** An element each view shows once it has rendered its data (the report: its last chart). */
const READY = {
  overview: '[data-testid="entity-score-value"]',
  dimensions: '[data-testid="dimension-heatmap"]',
  coaching: '[data-testid="chart-coaching-effect"]',
  trends: '[data-testid="chart-entity-trend"]',
  compare: '[data-testid="compare-result"]',
  report: '[data-testid="report"] [data-testid="chart-peers"]',
} as const;

const EXPORT_MENU = /^(Ekspor grafik|Export chart) “/;
/** Every card with an export menu: the chart figures and the heatmap (an HTML table with an SVG export). */
const EXPORTABLE_CARD = 'figure, [data-testid="dimension-heatmap"]';

function datasetFrom(path: string): Dataset {
  const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${path} is not a valid dataset: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

const shortName = (r: UnitRecord): string => r.unitShort ?? r.unit;

function batangRanking(ds: Dataset = BUNDLED) {
  const mean = summarizeEntity(ds, BATANG, YEAR).computedMean;
  return rankUnits(unitsOf(ds, { institution: BATANG, year: YEAR }), { mean });
}

/** `<entity>-<year>-<chart>.<ext>`, lowercase ASCII, as the issue asks. */
const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:png|svg|csv|zip|json)$/;
const batangFile = (title: string, extension: string) => `kabupaten-batang-2024-${slug(title)}.${extension}`;

interface Saved {
  name: string;
  path: string;
  bytes: Buffer;
}

interface SvgReading {
  parseError: string | null;
  rootName: string;
  width: string | null;
  height: string | null;
  title: string | null;
  desc: string | null;
  /** The text of every <text> element, whitespace removed (wrapped labels are split into tspans). */
  texts: string[];
  /** Elements that have no place in a chart image: script, foreignObject, HTML. */
  foreign: number;
  /** Fills and strokes of the legend swatches drawn by the frame. */
  legendColours: string[];
  /** Where the chart sits inside the frame (the nested <svg>), in frame units. */
  chartBox: Region | null;
  decodedSize: [number, number] | null;
}

describe('export: the files themselves', () => {
  let browser: Browser | undefined;
  const pages: Page[] = [];

  beforeAll(async () => {
    rmSync(EXPORTS, { recursive: true, force: true });
    mkdirSync(EXPORTS, { recursive: true });
    browser = await launchBrowser();
  });

  afterEach(async () => {
    for (const page of pages.splice(0)) await page.context().close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function blankPage(options: NewPageOptions = DESKTOP): Promise<Page> {
    if (!browser) throw new Error('Chromium did not start');
    const page = await newPage(browser, options);
    page.setDefaultTimeout(30_000);
    pages.push(page);
    return page;
  }

  async function open(search: string, options: NewPageOptions = DESKTOP, page?: Page): Promise<Page> {
    const target = page ?? (await blankPage(options));
    await target.goto(`${inject('appUrl')}${search}`);
    const view = (new URLSearchParams(search).get('view') ?? 'overview') as keyof typeof READY;
    await target.locator(READY[view]).first().waitFor();
    await chartsDrawn(target);
    return target;
  }

  /** Runs `trigger` and keeps the download it starts in exports/<folder>/. */
  async function saveDownload(page: Page, folder: string, trigger: () => Promise<void>): Promise<Saved> {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), trigger()]);
    const name = download.suggestedFilename();
    const dir = join(EXPORTS, folder);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, name);
    await download.saveAs(path);
    expect(await download.failure()).toBeNull();
    return { name, path, bytes: readFileSync(path) };
  }

  const exportButton = (card: Locator) => card.getByRole('button', { name: EXPORT_MENU });

  /** Opens the card's "Ekspor ▾" menu and picks a format, as a person does with the mouse. */
  function exportFrom(page: Page, card: Locator, format: 'png' | 'svg' | 'csv', folder: string): Promise<Saved> {
    return saveDownload(page, folder, async () => {
      await exportButton(card).click();
      await card.locator(`[data-export="${format}"]`).click();
    });
  }

  /** Parses the SVG with the browser's XML parser and decodes it as an image, in a fresh blank page. */
  async function readSvg(svg: string): Promise<SvgReading> {
    const page = await blankPage();
    return page.evaluate(async (text): Promise<SvgReading> => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const rootElement = doc.documentElement;
      const parseError = doc.querySelector('parsererror')?.textContent ?? null;
      const own = (name: string) =>
        Array.from(rootElement.children).find((c) => c.localName === name)?.textContent ?? null;
      const legendColours = Array.from(rootElement.children).flatMap((c) => {
        if (c.localName === 'rect' && c.getAttribute('width') === '12') return [c.getAttribute('fill') ?? ''];
        if (c.localName === 'line') return [c.getAttribute('stroke') ?? ''];
        return [];
      });
      const nested = Array.from(rootElement.children).find((c) => c.localName === 'svg');
      const chartBox = nested
        ? {
            x: Number(nested.getAttribute('x')),
            y: Number(nested.getAttribute('y')),
            width: Number(nested.getAttribute('width')),
            height: Number(nested.getAttribute('height')),
          }
        : null;
      let decodedSize: [number, number] | null = null;
      const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      try {
        const image = new Image();
        image.src = url;
        await image.decode();
        decodedSize = [image.naturalWidth, image.naturalHeight];
      } catch {
        decodedSize = null;
      } finally {
        URL.revokeObjectURL(url);
      }
      return {
        parseError,
        rootName: rootElement.localName,
        width: rootElement.getAttribute('width'),
        height: rootElement.getAttribute('height'),
        title: own('title'),
        desc: own('desc'),
        texts: Array.from(doc.getElementsByTagName('text'), (t) => (t.textContent ?? '').replace(/\s+/g, '')),
        foreign:
          doc.querySelectorAll('script, foreignObject').length +
          doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', '*').length,
        legendColours,
        chartBox,
        decodedSize,
      };
    }, svg);
  }

  /** Opens the SVG file on its own, as a browser does from disk, and keeps a screenshot beside it. */
  async function renderSvgFile(saved: Saved): Promise<void> {
    const page = await blankPage({ width: 1280, height: 720 });
    await page.goto(pathToFileURL(saved.path).href);
    await page.screenshot({ path: `${saved.path}.rendered.png` });
  }

  /**
   * Two screenshots of the window, pixel for pixel, but for rasterisation noise (Chromium may
   * re-raster a layer with ±2 on a few anti-aliased pixels); on a difference, where it is.
   */
  function expectSameWindow(before: Buffer, after: Buffer, label: string): void {
    const a = readPng(before);
    const b = readPng(after);
    let box: Region | null = null;
    for (let y = 0; y < a.height; y += 1) {
      for (let x = 0; x < a.width; x += 1) {
        const i = (y * a.width + x) * 4;
        const difference = Math.max(...[0, 1, 2].map((c) => Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0))));
        if (difference <= VISIBLE_DIFFERENCE) continue;
        box = box
          ? {
              x: Math.min(box.x, x),
              y: Math.min(box.y, y),
              width: Math.max(box.x + box.width, x + 1) - Math.min(box.x, x),
              height: Math.max(box.y + box.height, y + 1) - Math.min(box.y, y),
            }
          : { x, y, width: 1, height: 1 };
      }
    }
    if (box) {
      writeFileSync(join(EXPORTS, `${slug(label)}-before.png`), before);
      writeFileSync(join(EXPORTS, `${slug(label)}-after.png`), after);
    }
    expect(box, `${label}: changed area`).toBeNull();
  }

  /** What every exported PNG promises: size, white ground, the accent rule on top, real content. */
  function expectFramedPng(png: Png, label: string): void {
    expect([png.width, png.height], `${label}: pixel size`).toEqual([PNG_SIZE.width, PNG_SIZE.height]);
    const { width, height } = png;
    // The top corners are in the accent rule; the bottom corners and the sides below it are page.
    for (const [x, y] of [
      [0, height - 1],
      [width - 1, height - 1],
      [0, 40],
      [width - 1, 40],
      [width >> 1, height - 4],
    ] as const) {
      expect(toHex(pixelAt(png, x, y)), `${label}: background at ${x},${y}`).toBe('#ffffff');
      expect(pixelAt(png, x, y)[3], `${label}: opaque at ${x},${y}`).toBe(255);
    }
    // The title band: an 8 px accent rule (16 rows at 2×) across the whole width.
    const band: Region = { x: 0, y: 0, width, height: 14 };
    expect(countNear(png, ACCENT, 2, band), `${label}: accent rule along the top`).toBe(width * 14);
    expect(countNear(png, ACCENT, 2, { x: 0, y: 20, width, height: 4 }), `${label}: rule ends`).toBe(0);
    // A white page with a chart on it: mostly white, but far from blank.
    expect(countNear(png, WHITE, 0) / (width * height), `${label}: white share`).toBeGreaterThan(0.3);
    expect(distinctColours(png), `${label}: distinct colours`).toBeGreaterThan(200);
  }

  /** Pixels of `colour` inside the chart area (the nested SVG's box at 2×), so the legend swatches don't count. */
  function chartPixels(png: Png, colour: Rgb, box: Region): number {
    return countNear(png, colour, TOLERANCE, {
      x: box.x * 2,
      y: box.y * 2,
      width: box.width * 2,
      height: box.height * 2,
    });
  }

  function expectSvgFile(text: string, label: string): void {
    expect(text.startsWith('<?xml'), `${label}: XML declaration`).toBe(true);
    expect(text, `${label}: CSS variables`).not.toContain('var(');
    expect(text, `${label}: class attributes`).not.toContain('class=');
    // Text stays text: no glyph outlines, no embedded raster.
    expect(text, `${label}: raster images`).not.toContain('<image');
  }

  function expectSvgReading(svg: SvgReading, title: string, label: string): void {
    expect(svg.parseError, `${label}: XML parse error`).toBeNull();
    expect(svg.rootName).toBe('svg');
    expect([svg.width, svg.height], `${label}: frame size`).toEqual(['1280', '720']);
    expect(svg.decodedSize, `${label}: decodes as an image`).toEqual([1280, 720]);
    expect(svg.title, `${label}: <title>`).toBe(title);
    expect(svg.desc?.length ?? 0, `${label}: <desc>`).toBeGreaterThan(20);
    expect(svg.texts, `${label}: title drawn as text`).toContain(title.replace(/\s+/g, ''));
    expect(svg.foreign, `${label}: script/foreignObject/HTML`).toBe(0);
    expect(svg.chartBox, `${label}: nested chart`).not.toBeNull();
  }

  const hasText = (svg: SvgReading, text: string) => svg.texts.some((t) => t.includes(text.replace(/\s+/g, '')));

  /** The BOM, then rows split on the language's separator, every row as wide as the header. */
  function readCsv(bytes: Buffer, delimiter: string, label: string): string[][] {
    expect([...bytes.subarray(0, 3)], `${label}: UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text, `${label}: CRLF line ends`).toMatch(/\r\n$/);
    const rows = parseCsv(text, delimiter);
    const header = rows[0] ?? [];
    expect(header.length, `${label}: columns split on “${delimiter}”`).toBeGreaterThan(2);
    for (const row of rows) expect(row.length, `${label}: row ${row.join('|')}`).toBe(header.length);
    return rows;
  }

  const decimal = (cell: string | undefined, mark: ',' | '.') =>
    cell === undefined || cell === '' ? null : Number(mark === ',' ? cell.replace(',', '.') : cell);

  describe('the ranking chart on the overview', () => {
    const ranking = batangRanking();

    it('PNG: 2560×1440, white, framed, with the ok and flagged bar colours', async () => {
      const page = await open('?view=overview');
      const card = page.getByTestId('chart-ranking');
      const title = 'Peringkat unit menurut nilai total';
      const png = await exportFrom(page, card, 'png', 'overview');
      expect(png.name).toBe(batangFile(title, 'png'));
      expect(png.name).toMatch(FILE_NAME);
      const image = readPng(png.bytes);
      expectFramedPng(image, png.name);

      const svg = await exportFrom(page, card, 'svg', 'overview');
      const reading = await readSvg(svg.bytes.toString('utf8'));
      const box = reading.chartBox as Region;
      // Bars in both colours, each covering a large area (4 ok bars, 2 flagged, ~1900×95 px each at 2×).
      expect(ranking.filter((r) => r.belowMean).length).toBe(2);
      expect(chartPixels(image, BAR_OK, box)).toBeGreaterThan(4 * 100_000);
      expect(chartPixels(image, BAR_FLAGGED, box)).toBeGreaterThan(2 * 100_000);
      // The legend swatches carry the same two colours.
      expect(reading.legendColours.map((c) => toHex(cssColourToRgb(c) ?? [0, 0, 0]))).toEqual(
        expect.arrayContaining(['#0f766e', '#c2410c']),
      );
      expectNoConsoleErrors(page);
    });

    it('PNG is light even when the app is dark', async () => {
      const page = await blankPage();
      await page.emulateMedia({ colorScheme: 'dark' });
      await open('?view=overview', DESKTOP, page);
      await page.waitForFunction(() => document.documentElement.classList.contains('dark'));
      const card = page.getByTestId('chart-ranking');
      const png = await exportFrom(page, card, 'png', 'dark');
      const image = readPng(png.bytes);
      expectFramedPng(image, `${png.name} (dark)`);
      expect(countNear(image, BAR_OK, TOLERANCE)).toBeGreaterThan(4 * 100_000);
      expect(countNear(image, BAR_FLAGGED, TOLERANCE)).toBeGreaterThan(2 * 100_000);
      expect(countNear(image, DARK_BAR_OK, TOLERANCE), 'dark-mode bar colour').toBe(0);
      expect(countNear(image, DARK_BAR_FLAGGED, TOLERANCE), 'dark-mode flag colour').toBe(0);

      const svg = await exportFrom(page, card, 'svg', 'dark');
      const text = svg.bytes.toString('utf8');
      expectSvgFile(text, `${svg.name} (dark)`);
      // No dark palette in the file: bars, card colour of the value-label halo, light ink.
      for (const dark of ['rgb(45, 212, 191)', 'rgb(251, 146, 60)', '#2dd4bf', '#fb923c'])
        expect(text, dark).not.toContain(dark);
      await renderSvgFile(svg);
      expectNoConsoleErrors(page);
    });

    it('the same image whatever the window: a phone exports what a desktop does', async () => {
      const desktop = await open('?view=overview');
      const phone = await open('?view=overview', PHONE);
      const fromDesktop = await exportFrom(desktop, desktop.getByTestId('chart-ranking'), 'svg', 'desktop');
      const fromPhone = await exportFrom(phone, phone.getByTestId('chart-ranking'), 'svg', 'phone');
      expect(fromPhone.name).toBe(fromDesktop.name);
      // Byte for byte, but for the ids Recharts numbers per page (clip paths, series).
      const withoutIds = (saved: Saved) => saved.bytes.toString('utf8').replace(/recharts[^"\s)#]*/g, 'recharts');
      expect(withoutIds(fromPhone)).toBe(withoutIds(fromDesktop));
      const png = readPng((await exportFrom(phone, phone.getByTestId('chart-ranking'), 'png', 'phone')).bytes);
      expectFramedPng(png, 'phone PNG');
      expectNoConsoleErrors(phone);
    });

    it('SVG: standalone XML with title, desc, every unit as text, no var( and no class=', async () => {
      const page = await open('?view=overview');
      const svg = await exportFrom(page, page.getByTestId('chart-ranking'), 'svg', 'overview');
      expect(svg.name).toBe(batangFile('Peringkat unit menurut nilai total', 'svg'));
      const text = svg.bytes.toString('utf8');
      expectSvgFile(text, svg.name);
      const reading = await readSvg(text);
      expectSvgReading(reading, 'Peringkat unit menurut nilai total', svg.name);
      expect(reading.desc).toContain('Kabupaten Batang, 2024');
      for (const r of ranking) {
        const label = `${r.belowMean ? '▼ ' : ''}${shortName(r.record)}`;
        expect(hasText(reading, label), `unit “${label}” as <text>`).toBe(true);
        expect(hasText(reading, fmt.score(r.total)), `value ${fmt.score(r.total)} as <text>`).toBe(true);
      }
      expect(hasText(reading, 'Sumber: Ombudsman RI Perwakilan Jawa Tengah'), 'source line').toBe(true);
      await renderSvgFile(svg);
      expectNoConsoleErrors(page);
    });

    it('CSV in Indonesian: BOM, “;”, decimal comma, the chart’s numbers', async () => {
      const page = await open('?view=overview');
      const csv = await exportFrom(page, page.getByTestId('chart-ranking'), 'csv', 'overview');
      expect(csv.name).toBe(batangFile('Peringkat unit menurut nilai total', 'csv'));
      const rows = readCsv(csv.bytes, ';', csv.name);
      expect(rows[0]).toEqual(['Peringkat', 'Unit', 'Singkatan', 'Nilai total', 'Opini', 'Status']);
      const body = rows.slice(1);
      expect(body.map((r) => [Number(r[0]), r[1], r[2], decimal(r[3], ',')])).toEqual(
        ranking.map((r) => [r.rank, r.record.unit, r.record.unitShort ?? '', roundTo(r.total ?? NaN, 2)]),
      );
      expect(body.map((r) => r[5])).toEqual(ranking.map((r) => (r.belowMean ? 'perlu pembinaan' : '')));
      // Numbers as numbers (no quotes, no grouping), written with the decimal comma.
      expect(body.every((r) => /^\d+(,\d{1,2})?$/.test(r[3] ?? ''))).toBe(true);
      // The same values the chart draws on screen.
      const onScreen = await barChartRows(page, 'chart-ranking');
      expect(body.map((r) => fmt.score(decimal(r[3], ',')))).toEqual(onScreen.map(([, value]) => value));
      expectNoConsoleErrors(page);
    });

    it('CSV in English (?lang=en): “,” and a decimal point, the same numbers', async () => {
      const page = await open('?view=overview&lang=en');
      const csv = await exportFrom(page, page.getByTestId('chart-ranking'), 'csv', 'english');
      expect(csv.name).toBe(`kabupaten-batang-2024-${slug('Units ranked by total score')}.csv`);
      expect(csv.name).toMatch(FILE_NAME);
      const rows = readCsv(csv.bytes, ',', csv.name);
      expect(rows[0]?.[0]).toBe('Rank');
      expect(rows.slice(1).map((r) => [r[1], decimal(r[3], '.')])).toEqual(
        ranking.map((r) => [r.record.unit, roundTo(r.total ?? NaN, 2)]),
      );
      expect(rows.slice(1).every((r) => /^\d+(\.\d{1,2})?$/.test(r[3] ?? ''))).toBe(true);
      expectNoConsoleErrors(page);
    });

    it('a card showing its table exports the chart and keeps showing the table', async () => {
      const page = await open('?view=overview');
      const card = page.getByTestId('chart-ranking');
      await card.getByRole('button', { name: 'Tampilkan tabel' }).click();
      await page.getByTestId('ranking-table').waitFor();
      await card.evaluate((figure) => figure.scrollIntoView({ block: 'start' }));
      await page.mouse.move(0, 0);
      const scrollBefore = await page.evaluate(() => window.scrollY);
      expect(scrollBefore).toBeGreaterThan(0);
      const before = await page.screenshot();

      const png = await exportFrom(page, card, 'png', 'table-shown');
      const svg = await exportFrom(page, card, 'svg', 'table-shown');
      await page.mouse.move(0, 0);
      await expect.poll(() => exportButton(card).textContent()).toBe('Ekspor ▾');

      expect(await card.getByRole('button', { name: 'Tampilkan diagram' }).getAttribute('aria-pressed')).toBe('true');
      expect(await page.getByTestId('ranking-table').isVisible()).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
      expectSameWindow(before, await page.screenshot(), 'the window shows what it showed');
      // No leftover offscreen render in the page.
      expect(await page.locator('.rapor-export').count()).toBe(0);

      const image = readPng(png.bytes);
      expectFramedPng(image, `${png.name} (table shown)`);
      const box = (await readSvg(svg.bytes.toString('utf8'))).chartBox as Region;
      expect(chartPixels(image, BAR_OK, box)).toBeGreaterThan(4 * 100_000);
      expect(chartPixels(image, BAR_FLAGGED, box)).toBeGreaterThan(2 * 100_000);
      expectNoConsoleErrors(page);
    });
  });

  describe('one chart in every other view', () => {
    const units = unitsOf(BUNDLED, { institution: BATANG, year: YEAR });
    const flagged = batangRanking().filter((r) => r.belowMean);
    const compare = compareKeysToParam(
      flagged
        .concat(batangRanking().slice(0, 1))
        .map((r) => ({ institution: BATANG, year: YEAR, unit: r.record.unit })),
    );
    const cases = [
      { view: 'dimensions', testId: 'dimension-heatmap', names: units.map(shortName) },
      { view: 'dimensions', testId: 'chart-dimension-bars', names: units.map(shortName) },
      { view: 'coaching', testId: 'chart-coaching-effect', names: flagged.map((r) => shortName(r.record)) },
      { view: 'trends', testId: 'chart-entity-trend', names: ['2023', '2024'] },
      {
        view: `compare&compare=${encodeURIComponent(compare)}`,
        testId: 'chart-compare-bars',
        // A comparison says so in its title, and so in its file name.
        says: 'perbandingan',
        // The legend names each item in full: “1. Puskesmas Batang III — Kabupaten Batang 2024 (acuan)”.
        names: [...flagged, batangRanking()[0]].map((r) => r?.record.unit ?? ''),
      },
    ] as const;

    it.each(cases)('$view, $testId: PNG, SVG and CSV', async (chart) => {
      const { view, testId, names } = chart;
      const says = 'says' in chart ? chart.says : '';
      const page = await open(`?view=${view}`);
      const card = page.getByTestId(testId);
      const title = ((await card.locator('h3').first().textContent()) ?? '').trim();
      const folder = view.replace(/&.*/, '');

      const png = await exportFrom(page, card, 'png', folder);
      const svg = await exportFrom(page, card, 'svg', folder);
      const csv = await exportFrom(page, card, 'csv', folder);
      for (const [file, extension] of [
        [png, 'png'],
        [svg, 'svg'],
        [csv, 'csv'],
      ] as const) {
        expect(file.name).toBe(batangFile(title, extension));
        expect(file.name).toMatch(FILE_NAME);
        expect(file.name).toContain(says);
      }

      const text = svg.bytes.toString('utf8');
      expectSvgFile(text, svg.name);
      const reading = await readSvg(text);
      expectSvgReading(reading, title, svg.name);
      for (const name of names) expect(hasText(reading, name), `${svg.name}: “${name}” as <text>`).toBe(true);
      await renderSvgFile(svg);

      const image = readPng(png.bytes);
      expectFramedPng(image, png.name);
      // Every colour of the legend is drawn in the chart itself, not only in its swatch.
      const colours = reading.legendColours.map(cssColourToRgb).filter((c): c is Rgb => c !== null);
      expect(colours.length, `${svg.name}: legend colours`).toBeGreaterThan(0);
      for (const colour of colours) {
        expect(chartPixels(image, colour, reading.chartBox as Region), `${png.name}: ${toHex(colour)}`).toBeGreaterThan(
          200,
        );
      }

      readCsv(csv.bytes, ';', csv.name);
      expectNoConsoleErrors(page);
    });

    it('the heatmap CSV holds the units’ dimension scores, totals and the entity means', async () => {
      const page = await open('?view=dimensions');
      const csv = await exportFrom(page, page.getByTestId('dimension-heatmap'), 'csv', 'dimensions');
      const rows = readCsv(csv.bytes, ';', csv.name);
      const dims = dimensionsOf(BUNDLED);
      expect(rows[0]?.slice(0, 2 + dims.length + 1)).toEqual([
        'Unit',
        'Singkatan',
        ...dims.map((d) => `${d.label} · ${fmt.percent(d.weight)}`),
        'Nilai total',
      ]);
      const byUnit = new Map(rows.slice(1).map((r) => [r[0], r]));
      for (const u of units) {
        const row = byUnit.get(u.unit);
        expect(row, u.unit).toBeDefined();
        expect(dims.map((_, i) => decimal(row?.[2 + i], ','))).toEqual(
          dims.map((d) => roundTo(u.dimensions[d.key] ?? NaN, 2)),
        );
        expect(decimal(row?.[2 + dims.length], ',')).toBe(roundTo(u.total ?? NaN, 2));
      }
      // The means as the screen shows them (fmt.score). Output's mean is 573.15 / 6 = 95.525 exactly
      // (95.52499… in floating point): screen, CSV and the domain's roundTo all say 95,53.
      const means = dimensionMeans(dims, units);
      const meanRow = byUnit.get('Rata-rata instansi');
      const shown = (value: number | null) => decimal(fmt.score(value), ',');
      expect(dims.map((_, i) => decimal(meanRow?.[2 + i], ','))).toEqual(dims.map((d) => shown(means[d.key] ?? null)));
      dims.forEach((d, i) =>
        expect(Math.abs((decimal(meanRow?.[2 + i], ',') ?? NaN) - (means[d.key] ?? NaN)), d.key).toBeLessThan(0.0051),
      );
      expect(decimal(meanRow?.[2 + dims.length], ',')).toBe(shown(summarizeEntity(BUNDLED, BATANG, YEAR).computedMean));
      expectNoConsoleErrors(page);
    });
  });

  it('names that look like formulas or markup: neutralised in the CSV, plain text in the SVG', async () => {
    const hostile = datasetFrom(HOSTILE_FILE);
    const entity = hostile.records[0]?.institution ?? '';
    const page = await open('?view=overview');
    await page.getByTestId('file-input').setInputFiles(HOSTILE_FILE);
    await loaded(page, 'Berkas xss-names.json');
    await chartsDrawn(page);
    const card = page.getByTestId('chart-ranking');

    const csv = await exportFrom(page, card, 'csv', 'hostile');
    expect(csv.name).toBe(`${slug(entity)}-2024-${slug('Peringkat unit menurut nilai total')}.csv`);
    expect(csv.name).toMatch(FILE_NAME);
    const cells = readCsv(csv.bytes, ';', csv.name).flat();
    expect(cells).toContain(`'=HYPERLINK("x")`);
    expect(cells).toContain(`'+cmd|' /C calc'!A0`);
    expect(cells).toContain(`'@SUM(1+1)`);
    expect(cells).toContain('<script>alert(1)</script>');
    // Nothing a spreadsheet would run: a leading = + - @ only on a number.
    for (const cell of cells) {
      if (/^[=+\-@\t\r]/.test(cell)) expect(cell, 'formula-like cell').toMatch(/^-?\d+(,\d+)?$/);
    }

    const svg = await exportFrom(page, card, 'svg', 'hostile');
    const text = svg.bytes.toString('utf8');
    expectSvgFile(text, svg.name);
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<img');
    const reading = await readSvg(text);
    expectSvgReading(reading, 'Peringkat unit menurut nilai total', svg.name);
    for (const r of hostile.records) expect(hasText(reading, shortName(r)), shortName(r)).toBe(true);
    await renderSvgFile(svg);
    const png = await exportFrom(page, card, 'png', 'hostile');
    expectFramedPng(readPng(png.bytes), png.name);
    // The page itself ran none of it.
    expect(await page.evaluate(() => document.querySelectorAll('main script, main img[src="x"]').length)).toBe(0);
    expectNoConsoleErrors(page);
  });

  describe('copy image', () => {
    it('says it copied, and the clipboard holds the PNG', async () => {
      const page = await blankPage();
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await open('?view=overview', DESKTOP, page);
      const card = page.getByTestId('chart-ranking');
      await exportButton(card).click();
      await card.locator('[data-export="copy"]').click();
      await expect.poll(() => card.getByRole('status').textContent()).toBe('Gambar disalin ke clipboard.');
      const copied = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        if (!item) return null;
        const blob = await item.getType('image/png');
        return { types: item.types, bytes: Array.from(new Uint8Array(await blob.arrayBuffer())) };
      });
      expect(copied?.types).toEqual(['image/png']);
      const bytes = Buffer.from(copied?.bytes ?? []);
      writeFileSync(join(EXPORTS, 'clipboard.png'), bytes);
      expectFramedPng(readPng(bytes), 'clipboard image');
      // The message floats over the chart: Escape puts it away.
      await page.keyboard.press('Escape');
      await expect.poll(() => card.getByRole('status').count()).toBe(0);
      expectNoConsoleErrors(page);
    });

    it('says the browser does not allow it where the Clipboard API cannot write', async () => {
      const page = await blankPage();
      await page.context().addInitScript(() => {
        Object.defineProperty(Clipboard.prototype, 'write', { value: undefined, configurable: true });
      });
      await open('?view=overview', DESKTOP, page);
      const card = page.getByTestId('chart-ranking');
      await exportButton(card).click();
      await card.locator('[data-export="copy"]').click();
      await expect
        .poll(() => card.getByRole('status').textContent())
        .toBe('Peramban ini tidak mengizinkan menyalin gambar. Gunakan “Gambar PNG” lalu tempel berkasnya.');
      // …and so does a click anywhere.
      await page.mouse.click(5, 5);
      await expect.poll(() => card.getByRole('status').count()).toBe(0);
      expectNoConsoleErrors(page);
    });

    it('says access was refused where the browser rejects the write', async () => {
      const page = await blankPage();
      await page.context().addInitScript(() => {
        Object.defineProperty(Clipboard.prototype, 'write', {
          value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
          configurable: true,
        });
      });
      await open('?view=overview', DESKTOP, page);
      const card = page.getByTestId('chart-ranking');
      await exportButton(card).click();
      await card.locator('[data-export="copy"]').click();
      await expect
        .poll(() => card.getByRole('status').textContent())
        .toBe('Peramban menolak akses clipboard. Izinkan akses clipboard atau gunakan “Gambar PNG”.');
      expectNoConsoleErrors(page);
    });
  });

  describe('the report page', () => {
    it('exports a chart whose drawing is below the window without moving the page', async () => {
      const page = await open('?view=report');
      const card = page.getByTestId('chart-peers');
      const viewportHeight = page.viewportSize()?.height ?? 0;
      // Only the card's header (title and menu) shows at the bottom of the window; the chart is below it.
      await card.evaluate((figure, height) => {
        window.scrollTo(0, figure.getBoundingClientRect().top + window.scrollY - (height - 230));
      }, viewportHeight);
      await page.mouse.move(0, 0);
      const chartBox = await card.locator('[data-chart-area]').boundingBox();
      expect(chartBox?.y ?? 0, 'the chart starts low in the window').toBeGreaterThan(viewportHeight - 200);
      expect((chartBox?.y ?? 0) + (chartBox?.height ?? 0), 'and ends below it').toBeGreaterThan(viewportHeight + 200);
      const scrollBefore = await page.evaluate(() => window.scrollY);
      const before = await page.screenshot();

      const png = await exportFrom(page, card, 'png', 'scrolled-away');
      await page.mouse.move(0, 0);
      await expect.poll(() => exportButton(card).textContent()).toBe('Ekspor ▾');
      expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
      expectSameWindow(before, await page.screenshot(), 'the window shows what it showed');

      expect(png.name).toBe(batangFile('Peringkat instansi 2024', 'png'));
      const image = readPng(png.bytes);
      expectFramedPng(image, png.name);
      expect(countNear(image, BAR_OK, TOLERANCE), 'the selected entity’s bar').toBeGreaterThan(50_000);
      expectNoConsoleErrors(page);
    });

    it('downloads one ZIP with a valid 2560×1440 PNG per chart card on the page', async () => {
      const page = await open('?view=report');
      const buttons = page.getByRole('button', { name: EXPORT_MENU });
      const titles = (await buttons.evaluateAll((list) => list.map((b) => b.getAttribute('aria-label') ?? ''))).map(
        (label) => label.replace(/^Ekspor grafik “|”$/g, ''),
      );
      expect(titles.length, 'chart cards on the report').toBeGreaterThanOrEqual(6);

      // Most charts are below the window; the ZIP renders them all without scrolling the page.
      const scrollBefore = await page.evaluate(() => window.scrollY);
      const zip = await saveDownload(page, 'zip', () => page.getByTestId('download-all-charts').click());
      expect(zip.name).toBe('kabupaten-batang-2024-grafik.zip');
      await expect
        .poll(() => page.getByTestId('report-status').textContent())
        .toContain(`${titles.length} grafik diunduh dalam satu berkas ZIP.`);

      expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
      expect(await page.locator('.rapor-export').count(), 'offscreen renders left behind').toBe(0);
      const entries = unzipSync(new Uint8Array(zip.bytes));
      const names = Object.keys(entries);
      expect(names.length).toBe(titles.length);
      // Same-titled charts get -2, -3…; here every title is different.
      expect(names.sort()).toEqual(titles.map((t) => batangFile(t, 'png')).sort());
      const dir = join(EXPORTS, 'zip', 'unzipped');
      mkdirSync(dir, { recursive: true });
      for (const name of names) {
        expect(name).toMatch(FILE_NAME);
        const bytes = entries[name] ?? new Uint8Array();
        writeFileSync(join(dir, name), bytes);
        expectFramedPng(readPng(bytes), `zip: ${name}`);
      }
      expectNoConsoleErrors(page);
    });

    it('prints to an A4 PDF in which no chart card is cut by a page break', async () => {
      const page = await open('?view=report', { width: 794, height: 1123 });
      await page.emulateMedia({ media: 'print' });
      // Laid out at the printed width, the report's height gives the fewest pages it can take.
      await page.setViewportSize({ width: Math.floor(A4_CONTENT.width), height: Math.floor(A4_CONTENT.height) });
      const layout = await page.evaluate(
        ({ selector, menu }) => {
          const cards = Array.from(document.querySelectorAll('button'))
            .filter((b) => new RegExp(menu).test(b.getAttribute('aria-label') ?? ''))
            .map((b) => b.closest(selector))
            .filter((c): c is HTMLElement => c instanceof HTMLElement);
          // A link at the top and one at the bottom edge of each card: Chromium writes each link into the
          // PDF page it lands on, so the PDF itself tells where each card was printed.
          cards.forEach((card, i) => {
            card.style.position = 'relative';
            for (const edge of ['top', 'bottom'] as const) {
              const link = document.createElement('a');
              link.href = `https://card.invalid/${i}/${edge}`;
              link.textContent = '.';
              Object.assign(link.style, { position: 'absolute', left: '0', [edge]: '0', fontSize: '1px' });
              card.append(link);
            }
          });
          return {
            height: document.documentElement.scrollHeight,
            cards: cards.map((c) => ({
              title: c.querySelector('h3')?.textContent ?? '',
              height: c.getBoundingClientRect().height,
              breakInside: getComputedStyle(c).breakInside,
            })),
          };
        },
        { selector: EXPORTABLE_CARD, menu: EXPORT_MENU.source },
      );
      expect(layout.cards.length).toBeGreaterThanOrEqual(6);
      for (const card of layout.cards) {
        expect(card.breakInside, card.title).toBe('avoid');
        expect(card.height, `${card.title} fits on one page`).toBeLessThan(A4_CONTENT.height);
      }

      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      writeFileSync(join(EXPORTS, 'laporan-kabupaten-batang-2024.pdf'), pdf);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdfPageLinks(pdf);
      expect(pdfPageObjectCount(pdf)).toBe(pages.length);
      // At least the report's height in pages; each card kept whole can leave at most a page's rest empty.
      const fewest = Math.ceil(layout.height / A4_CONTENT.height);
      expect(pages.length).toBeGreaterThanOrEqual(fewest);
      expect(pages.length).toBeLessThanOrEqual(fewest + layout.cards.length);

      const pageOf = (link: string) => pages.findIndex((links) => links.includes(link));
      layout.cards.forEach((card, i) => {
        const top = pageOf(`https://card.invalid/${i}/top`);
        const bottom = pageOf(`https://card.invalid/${i}/bottom`);
        expect(top, `${card.title} printed`).toBeGreaterThanOrEqual(0);
        expect(bottom, `${card.title}: top on page ${top + 1}, bottom on page ${bottom + 1}`).toBe(top);
      });
      expectNoConsoleErrors(page);
    });

    it('prints the unit names that are buttons on screen (heatmap rows, coaching cards)', async () => {
      const page = await open('?view=report', { width: 794, height: 1123 });
      await page.emulateMedia({ media: 'print' });
      // innerText is what is rendered: an element with display: none contributes nothing.
      const heatmapRows = await page
        .getByTestId('dimension-heatmap')
        .locator('tbody th')
        .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).innerText.trim()));
      const units = unitsOf(BUNDLED, { institution: BATANG, year: YEAR });
      expect([...heatmapRows].sort()).toEqual(units.map(shortName).sort());
      const coachingCards = await page
        .getByTestId('coaching-card')
        .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).innerText));
      const flagged = batangRanking().filter((r) => r.belowMean);
      expect(coachingCards.length).toBe(flagged.length);
      for (const r of flagged) {
        expect(
          coachingCards.some((text) => text.includes(shortName(r.record))),
          `${shortName(r.record)} printed on its coaching card`,
        ).toBe(true);
      }
      expectNoConsoleErrors(page);
    });

    it('has a print button that calls the browser’s print', async () => {
      const page = await blankPage();
      await page.context().addInitScript(() => {
        const calls = { count: 0 };
        Object.assign(window, { printCalls: calls });
        window.print = () => {
          calls.count += 1;
        };
      });
      await open('?view=report', DESKTOP, page);
      await page.getByRole('button', { name: 'Cetak laporan' }).click();
      expect(await page.evaluate(() => (window as unknown as { printCalls: { count: number } }).printCalls.count)).toBe(
        1,
      );
      expectNoConsoleErrors(page);
    });
  });

  it('downloads the dataset as canonical JSON that the app loads back with the same scores', async () => {
    const page = await open('?view=overview');
    const before = await barChartRows(page, 'chart-ranking');
    const scoreBefore = await page.getByTestId('entity-score-value').textContent();
    const details = page.locator('details:has([data-testid="data-panel"])');
    if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('> summary').click();

    const json = await saveDownload(page, 'json', () => page.getByTestId('download-json').click());
    expect(json.name).toBe(`${slug(BUNDLED.title ?? '')}.json`);
    expect(json.name).toMatch(FILE_NAME);
    const parsed: unknown = JSON.parse(json.bytes.toString('utf8'));
    const result = validateDataset(parsed);
    expect(result.ok, JSON.stringify(result.ok ? [] : result.problems)).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.records.length).toBe(BUNDLED.records.length);
    expect(result.dataset.institutions).toEqual(BUNDLED.institutions);
    expect(unitsOf(result.dataset, { institution: BATANG, year: YEAR }).map((u) => [u.unit, u.total])).toEqual(
      unitsOf(BUNDLED, { institution: BATANG, year: YEAR }).map((u) => [u.unit, u.total]),
    );

    await page.getByTestId('file-input').setInputFiles(json.path);
    await loaded(page, `Berkas ${json.name}`);
    await chartsDrawn(page);
    expect(await page.getByTestId('entity-score-value').textContent()).toBe(scoreBefore);
    expect(scoreBefore).toBe('93,74');
    expect(await barChartRows(page, 'chart-ranking')).toEqual(before);
    expectNoConsoleErrors(page);
  });
});
