// Every hostile file of tests/fixtures/hostile, picked in the built app: a refused one is named with
// each problem's place and reason while the data loaded before stays on screen; one that loads shows
// its units. A 100 MB file is refused for its size at once, and names carrying HTML or script are
// text everywhere: on screen, in the tooltip, in the unit detail and in the exported SVG and CSV.
import { readFile, rm } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { FORMULA, HOSTILE_FILES, XSS_IMG, XSS_SCRIPT, writeOversizeCsv } from '../../scripts/gen-hostile.mjs';
import { DESKTOP, expectNoConsoleErrors, launchBrowser, newPage, screenshot } from './support/browser';
import { loaded, tableSectionRows, text } from './support/page-helpers';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HOSTILE_DIR = join(projectRoot, 'tests', 'fixtures', 'hostile');
const KOTA_CONTOH_CSV = join(projectRoot, 'tests', 'fixtures', 'contoh-kota-2024.csv');
/** Kota Contoh's score, the data on screen before each hostile file. */
const KOTA_CONTOH_SCORE = '81,92';

const EXCEL_ADVICE =
  'bukan CSV. Di Excel pilih File › Save As › “CSV UTF-8 (Comma delimited)”, lalu muat berkas CSV tersebut.';

/** What a person reads in the error for each refused file: one line per problem, place first. */
const REFUSED: Readonly<Record<string, readonly string[]>> = {
  'empty.json': ['Berkas atau respons kosong.'],
  'whitespace.csv': ['Berkas atau respons kosong.'],
  'truncated.json': ['Bukan JSON yang valid (baris 8, kolom 1).'],
  'wrong-shape.json': [
    'Berkas, kolom “records”: Struktur JSON tidak sesuai: harus berupa objek dengan "records" atau larik data unit.',
  ],
  'missing-headers.csv': [
    'Kolom “tahun” (atau “year”) tidak ditemukan. Kolom yang ada: No, Nama Unit, Skor.',
    'Kolom “instansi” (atau “pemda”, “institution”) tidak ditemukan. Kolom yang ada: No, Nama Unit, Skor.',
  ],
  'ragged.csv': [
    'Baris 3: jumlah kolom 3 tidak sama dengan judul (4).',
    'Baris 4: jumlah kolom 5 tidak sama dengan judul (4).',
  ],
  'text-in-score.csv': [
    'Baris 3, kolom “Nilai”: “delapan puluh” bukan angka.',
    'Baris 4, kolom “Input”: “n/a” bukan angka.',
    'Baris 5, kolom “Nilai”: “97.55.1” bukan angka.',
  ],
  'out-of-range.csv': [
    'Baris 2, kolom “Nilai”: nilai 105,50 di luar rentang 0–100.',
    'Baris 3, kolom “Nilai”: nilai -5 di luar rentang 0–100.',
    'Baris 4, kolom “Nilai”: nilai 100,01 di luar rentang 0–100.',
    'Baris 5, kolom “Input”: nilai 120 di luar rentang 0–100.',
  ],
  'nan-infinity.json': [
    'Data ke-1, kolom “total”: “NaN” bukan angka.',
    'Data ke-2, kolom “total”: “Infinity” bukan angka.',
    'Data ke-3, kolom “total”: “Infinity” bukan angka.',
    'Data ke-4, kolom “total”: “-Infinity” bukan angka.',
    'Data ke-5, kolom “dimensions.input”: “-Infinity” bukan angka.',
  ],
  'years-out-of-range.csv': [
    'Baris 2, kolom “Tahun”: tahun 1999 di luar rentang 2000–2100.',
    'Baris 3, kolom “Tahun”: tahun 2101 di luar rentang 2000–2100.',
    'Baris 4, kolom “Tahun”: tahun 2024,5 di luar rentang 2000–2100.',
  ],
  'binary.bin': ['Berkas ini berisi data biner, bukan teks JSON/CSV.'],
  'fake.xlsx': [`Ini berkas Excel (.xlsx), ${EXCEL_ADVICE}`],
  'legacy.xls': [`Ini berkas Excel (.xls), ${EXCEL_ADVICE}`],
  'html-page.csv': [
    'Isinya halaman web (HTML), bukan data. Periksa bahwa URL atau berkasnya menunjuk langsung ke data JSON/CSV atau API.',
  ],
};

const refusedFiles = HOSTILE_FILES.filter((f) => !f.produces.ok);
const loadingFiles = HOSTILE_FILES.flatMap((f) => (f.produces.ok ? [{ name: f.name, units: f.produces.units }] : []));

/** A dialog (alert, confirm, prompt) opened by the page: only injected script would open one. */
const dialogs = new WeakMap<Page, string[]>();

describe('hostile files in the browser', () => {
  let browser: Browser | undefined;
  const pages: Page[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(async () => {
    for (const page of pages.splice(0)) {
      expect(dialogs.get(page), 'dialogs opened by the page').toEqual([]);
      await page.context().close();
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(search = ''): Promise<Page> {
    if (!browser) throw new Error('Chromium did not start');
    const page = await newPage(browser, DESKTOP);
    page.setDefaultTimeout(20_000);
    pages.push(page);
    const opened: string[] = [];
    dialogs.set(page, opened);
    page.on('dialog', (dialog) => {
      opened.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${inject('appUrl')}${search}`);
    await page.getByTestId('entity-score-value').waitFor();
    return page;
  }

  /** Opens the app and loads Kota Contoh: the data every hostile file must leave in place. */
  async function openWithKotaContoh(): Promise<Page> {
    const page = await open();
    await page.getByTestId('file-input').setInputFiles(KOTA_CONTOH_CSV);
    await loaded(page, 'Berkas contoh-kota-2024.csv');
    expect(await text(page, 'entity-score-value')).toBe(KOTA_CONTOH_SCORE);
    return page;
  }

  async function expectKotaContohKept(page: Page): Promise<void> {
    expect(await text(page, 'entity-score-value')).toBe(KOTA_CONTOH_SCORE);
    const details = page.locator('details:has([data-testid="data-panel"])');
    if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('> summary').click();
    expect(await text(page, 'data-source-label')).toBe('Berkas contoh-kota-2024.csv');
  }

  it('has an expected message for every refused fixture', () => {
    expect(Object.keys(REFUSED).sort()).toEqual(refusedFiles.map((f) => f.name).sort());
  });

  it.each(refusedFiles.map((f) => [f.name]))('refuses %s, naming each problem; the data before stays', async (name) => {
    const page = await openWithKotaContoh();
    await page.getByTestId('file-input').setInputFiles(join(HOSTILE_DIR, name));

    const alert = page.getByRole('alert').filter({ hasText: `Data dari Berkas ${name} tidak dimuat` });
    await alert.waitFor();
    const problems = (await page.getByTestId('problem-list').locator('li').allTextContents()).map((p) => p.trim());
    expect(problems).toEqual(REFUSED[name]);
    expect(await alert.textContent()).toContain('Data sebelumnya tetap ditampilkan.');
    await expectKotaContohKept(page);
    expectNoConsoleErrors(page);
  });

  it.each(loadingFiles.map((f) => [f.name, f.units]))('loads %s and shows its units', async (name, units) => {
    const page = await openWithKotaContoh();
    await page.getByTestId('file-input').setInputFiles(join(HOSTILE_DIR, name));
    await loaded(page, `Berkas ${name}`);

    const ranking = page.getByTestId('chart-ranking');
    await ranking.getByRole('button', { name: 'Tampilkan tabel' }).click();
    const shown = (await tableSectionRows(page.getByTestId('ranking-table'), 'tbody')).map((row) => row[1] ?? '');
    for (const unit of units)
      expect(
        shown.some((cell) => cell.startsWith(unit)),
        `${unit} in ${shown.join(' | ')}`,
      ).toBe(true);
    if (name === 'duplicate-rows.csv') {
      expect(await page.getByTestId('load-status').locator('li').allTextContents()).toEqual([
        'Baris 4, kolom “Unit Layanan”: Dinas Sosial (Kabupaten Batang, 2024) tercantum lebih dari sekali; hanya yang pertama yang dipakai.',
      ]);
    }
    expectNoConsoleErrors(page);
  });

  describe('a 100 MB file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapor-oversize-'));
    const path = join(dir, 'nilai-nasional.csv');
    let bytes = 0;

    beforeAll(async () => {
      bytes = await writeOversizeCsv(path, 100 * 1024 * 1024);
    });

    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('is refused for its size, at once, and the data before stays', async () => {
      const page = await openWithKotaContoh();
      await page.getByTestId('file-input').setInputFiles(path);
      const alert = page.getByRole('alert').filter({ hasText: 'Data dari Berkas nilai-nasional.csv tidak dimuat' });
      await alert.waitFor();
      // Refused from the size the browser reports, before reading (unit-tested in src/data/sources.test.ts;
      // speed itself is the benchmark's business, not a timed assertion here).

      const megabytes = (n: number) => `${(n / 1_000_000).toFixed(1).replace('.', ',')} MB`;
      expect(await page.getByTestId('problem-list').locator('li').allTextContents()).toEqual([
        `Berkas terlalu besar (${megabytes(bytes)}); batasnya 64 MB.`,
      ]);
      await expectKotaContohKept(page);
      await screenshot(page, 'hostile-oversize');
      expectNoConsoleErrors(page);
    });
  });

  describe('names carrying HTML and script', () => {
    const UNIT_SHORT = '<b>Dinsos</b>';

    /** Nothing from the names became an element or an attribute. */
    async function expectNoInjectedMarkup(page: Page): Promise<void> {
      expect(
        await page.evaluate(() => ({
          imgX: document.querySelectorAll('img[src="x"], img[onerror]').length,
          scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('alert')).length,
          svgOnload: document.querySelectorAll('svg[onload]').length,
          bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'Dinsos').length,
        })),
      ).toEqual({ imgX: 0, scripts: 0, svgOnload: 0, bold: 0 });
    }

    it('shows them as text in the overview, tooltip, unit detail, and exported SVG and CSV', async () => {
      const page = await open();
      await page.getByTestId('file-input').setInputFiles(join(HOSTILE_DIR, 'xss-names.json'));
      await loaded(page, 'Berkas xss-names.json');
      await expectNoInjectedMarkup(page);

      // The overview: the entity picker, the chart's subtitle and its axis say the names as written.
      const ranking = page.getByTestId('chart-ranking');
      expect(await ranking.locator('h3 + p').textContent()).toContain(XSS_IMG);
      const axis = await ranking.locator('.recharts-yAxis-tick-labels').textContent();
      expect(axis).toContain(UNIT_SHORT);
      expect(await page.locator('header').textContent()).toContain(`${XSS_SCRIPT} Uji nama berbahaya`);

      // The tooltip names the unit under the pointer, as text.
      await ranking.locator('.recharts-bar-rectangle').first().hover();
      const tooltip = ranking.locator('.recharts-tooltip-wrapper');
      await expect.poll(() => tooltip.textContent()).toMatch(/<b>Dinsos<\/b>|<script>|=HYPERLINK|\+cmd/);
      await expectNoInjectedMarkup(page);

      // The unit detail, opened from the table.
      await ranking.getByRole('button', { name: 'Tampilkan tabel' }).click();
      await ranking.getByRole('button', { name: XSS_SCRIPT, exact: true }).click();
      const dialog = page.getByTestId('unit-detail');
      await dialog.waitFor();
      expect(await dialog.getByRole('heading', { level: 2 }).textContent()).toBe(`${XSS_SCRIPT} (${UNIT_SHORT})`);
      expect(await dialog.textContent()).toContain(XSS_IMG);
      await screenshot(page, 'hostile-xss-unit-detail');
      await expectNoInjectedMarkup(page);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      // The exported SVG escapes the names; the CSV neutralises the formula-like ones.
      await ranking.getByRole('button', { name: 'Tampilkan diagram' }).click();
      await ranking.locator('.recharts-bar-rectangle').first().waitFor();
      const exported = async (format: 'svg' | 'csv'): Promise<string> => {
        await ranking.getByRole('button', { name: /^Ekspor grafik/ }).click();
        const download = page.waitForEvent('download');
        await ranking.locator(`[data-export="${format}"]`).click();
        return readFile(await (await download).path(), 'utf8');
      };
      const svg = await exported('svg');
      expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(svg).toContain('&lt;b&gt;Dinsos&lt;/b&gt;');
      expect(svg).not.toContain('<img');
      expect(svg).not.toContain('<script');
      expect(svg).not.toContain('<b>');
      expect(svg).not.toContain('<svg onload');
      const csv = await exported('csv');
      expect(csv).toContain(`'${FORMULA.replaceAll('"', '""')}`);
      expect(csv).not.toMatch(/^[=+@-]/m);
      expect(csv).toContain(XSS_SCRIPT);

      await expectNoInjectedMarkup(page);
      expectNoConsoleErrors(page);
    });
  });
});
