// An official loads their 2025 result (Penilaian Maladministrasi · Opini Ombudsman RI) and reads what
// the Ombudsman said: the opinion as published, no zone anywhere, units' quality words, a level Rapor
// derived marked as derived, and a trend that crosses the 2024 → 2025 change of method as a break.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  DESKTOP,
  PHONE,
  artifactsDir,
  expectNoConsoleErrors,
  launchBrowser,
  newPage,
  screenshot,
} from './support/browser';
import type { NewPageOptions } from './support/browser';
import { parseCsv } from './support/exported-files';
import { POLL, loaded, tableSectionRows, text, urlParam, visibleText } from './support/page-helpers';

const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const OPINI_CSV = join(fixturesDir, 'opini-2025.csv');
const OPINI_BAD_CSV = join(fixturesDir, 'opini-2025-bad.csv');
const EXPORTS = join(artifactsDir, 'exports', 'opinion-2025');

/** A fictitious city assessed in 2023, 2024 and 2025: its trend crosses the change of method. */
const CROSSING_CSV = [
  'Tahun;Instansi;Unit;Nilai;Opini;Kualitas',
  '2023;Kota Contoh;;84,10;;',
  '2023;Kota Contoh;Dinas Sosial;84,10;;',
  '2024;Kota Contoh;;86,20;;',
  '2024;Kota Contoh;Dinas Sosial;86,20;;',
  '2025;Kota Contoh;;72,40;Kualitas Sedang;',
  '2025;Kota Contoh;Dinas Sosial;72,40;;Cukup',
].join('\n');

describe('the 2025 opinion: what an official reads', () => {
  let browser: Browser | undefined;
  const pages: Page[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.context().close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(search = '', options: NewPageOptions = DESKTOP): Promise<Page> {
    if (!browser) throw new Error('Chromium did not start');
    const page = await newPage(browser, options);
    page.setDefaultTimeout(20_000);
    pages.push(page);
    await page.goto(`${inject('appUrl')}${search}`);
    await page.getByTestId('entity-score-value').waitFor();
    return page;
  }

  async function loadOpinionCsv(page: Page): Promise<void> {
    await page.getByTestId('file-input').setInputFiles(OPINI_CSV);
    await loaded(page, 'Berkas opini-2025.csv');
  }

  async function choose(page: Page, year: string, entity: string): Promise<void> {
    await page.getByTestId('filter-year').selectOption(year);
    await expect.poll(() => urlParam(page, 'year'), POLL).toBe(year);
    const entityField = page.getByLabel('Instansi', { exact: true });
    if ((await entityField.evaluate((el) => el.tagName)) === 'SELECT') await entityField.selectOption(entity);
    else {
      await entityField.fill(entity);
      await entityField.press('Enter');
    }
    await expect.poll(() => urlParam(page, 'entity'), POLL).toBe(entity);
    await expect.poll(() => page.getByTestId('entity-score').textContent(), POLL).toContain(entity);
  }

  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)(
    'shows Pemda DIY 2025 as published: the opinion, no zone, the units’ words (%s)',
    async (name, viewport) => {
      const page = await open('', viewport);
      await loadOpinionCsv(page);
      await choose(page, '2025', 'Provinsi DI Yogyakarta');

      expect(await text(page, 'entity-score-value')).toBe('86,00');
      expect(await visibleText(page.getByTestId('level-badge').first())).toBe('Kualitas Tinggi Tanpa Maladministrasi');
      expect(await text(page, 'assessment-name')).toBe('Penilaian Maladministrasi · Opini Ombudsman RI');
      expect(await text(page, 'entity-level-notes')).toContain('Sebagaimana diterbitkan Ombudsman RI.');
      // From 2025 the Ombudsman's own advice: coach units below 78 — none of DIY's six.
      expect(await text(page, 'overview-summary')).toBe(
        'Tidak ada dari 6 unit yang bernilai di bawah 78,00, batas pembinaan yang disarankan Ombudsman.',
      );
      expect(await page.getByTestId('chart-ranking').textContent()).toContain('Penilaian Maladministrasi');
      // From 2025 the Ombudsman gives no zone: none on the page once the load notice (which says why
      // Depok's "Zona Hijau" is not shown) is closed.
      await page.getByTestId('load-status').getByRole('button', { name: 'Tutup' }).click();
      expect(await page.locator('main').innerText()).not.toMatch(/zona|hijau|kuning|merah/i);

      await page.getByTestId('chart-ranking').getByRole('button', { name: 'Tampilkan tabel' }).click();
      const rows = await tableSectionRows(page.getByTestId('ranking-table'), 'tbody');
      expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual([
        ['Dinas Sosial (Dinsos)', '92,36', 'Sangat Baik'],
        ['Rumah Sakit Jiwa Grhasia (RSJ Grhasia)', '90,16', 'Sangat Baik'],
        ['Balai Rehabilitasi Sosial Bina Karya dan Laras', '84,73', 'Baik'],
        ['Dinas Kesehatan (Dinkes)', '83,63', 'Baik'],
        ['Dinas Pendidikan, Pemuda, dan Olahraga (Disdikpora)', '83,58', 'Baik'],
        ['SMA Negeri 1 Yogyakarta (SMAN 1 Yogyakarta)', '81,53', 'Baik'],
      ]);
      const header = await tableSectionRows(page.getByTestId('ranking-table'), 'thead');
      expect(header[0]?.[3]).toBe('Kualitas');
      await screenshot(page, `opinion-2025-diy-${name}`);
      expectNoConsoleErrors(page);
    },
  );

  it('reads a press variant as the official label, says so, and marks levels it derived', async () => {
    const page = await open();
    await loadOpinionCsv(page);
    const notice = await page.getByTestId('load-status').innerText();
    expect(notice).toMatch(/dibaca sebagai label resmi/);

    await choose(page, '2025', 'Kota Yogyakarta');
    expect(await text(page, 'entity-score-value')).toBe('88,39');
    expect(await visibleText(page.getByTestId('level-badge').first())).toBe('Kualitas Tertinggi Tanpa Maladministrasi');

    // No quality word was published for these units: Rapor's level, said to be derived.
    await page.getByTestId('chart-ranking').getByRole('button', { name: 'Tampilkan tabel' }).click();
    const rows = await tableSectionRows(page.getByTestId('ranking-table'), 'tbody');
    expect(rows.map((r) => r[3])).toEqual([
      'Sangat Baik (dihitung dari nilai)',
      'Sangat Baik (dihitung dari nilai)',
      'Sangat Baik (dihitung dari nilai)',
      'Sangat Baik (dihitung dari nilai)',
      'Baik (dihitung dari nilai)',
    ]);
    expect(await text(page, 'bands-inferred')).toMatch(/disimpulkan/);

    // The CSV a person downloads says the same, in a "Kualitas" column, and has no zone.
    const card = page.getByTestId('chart-ranking');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await card.getByRole('button', { name: /Ekspor/ }).click();
        await card.locator('[data-export="csv"]').click();
      })(),
    ]);
    mkdirSync(EXPORTS, { recursive: true });
    const path = join(EXPORTS, download.suggestedFilename());
    await download.saveAs(path);
    const table = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), ';');
    const headerIndex = table.findIndex((r) => r.includes('Kualitas'));
    expect(headerIndex).toBeGreaterThanOrEqual(0);
    const levelColumn = table[headerIndex]?.indexOf('Kualitas') ?? -1;
    expect(table.slice(headerIndex + 1).map((r) => r[levelColumn])).toContain('Baik (dihitung dari nilai)');
    expect(readFileSync(path, 'utf8')).not.toMatch(/zona|hijau/i);
    expectNoConsoleErrors(page);
  });

  it('says a zone given for 2025 is not shown, and keeps Batang 2024 as it was', async () => {
    const page = await open();
    await loadOpinionCsv(page);
    await page.locator('details:has([data-testid="data-panel"]) > summary').click();
    // The panel's contents are fetched when it first opens.
    await expect
      .poll(() => page.getByTestId('data-panel').innerText(), POLL)
      .toMatch(/Kota Depok 2025: zona “Zona Hijau” tidak ditampilkan/);

    await choose(page, '2024', 'Kabupaten Batang');
    expect(await text(page, 'entity-score-value')).toBe('93,74');
    const card = (await page.getByTestId('entity-score').textContent()) ?? '';
    expect(card).toContain('Kualitas Tertinggi');
    expect(card).toContain('Zona Hijau');
    expect(await text(page, 'assessment-name')).toBe('Penilaian Kepatuhan');
    expectNoConsoleErrors(page);
  });

  it('refuses an unknown opinion, naming the file, row, column and value, and keeps what was loaded', async () => {
    const page = await open();
    await page.getByTestId('file-input').setInputFiles(OPINI_BAD_CSV);
    await page
      .getByTestId('load-error')
      .filter({ hasText: 'Data dari Berkas opini-2025-bad.csv tidak dimuat' })
      .waitFor();
    const problems = await page.getByTestId('problem-list').locator('li').allTextContents();
    expect(problems.join('\n')).toMatch(
      /Baris \d+, kolom “Opini”: “Kualitas Luar Biasa” bukan opini Ombudsman yang dikenal/,
    );
    expect(await text(page, 'entity-score-value')).toBe('93,74');
    expectNoConsoleErrors(page);
  });

  it('draws a trend across 2024 → 2025 as a break, with the sentence that the method changed', async () => {
    const page = await open();
    await page.getByTestId('file-input').setInputFiles({
      name: 'kota-contoh.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CROSSING_CSV),
    });
    await loaded(page, 'Berkas kota-contoh.csv');
    await page
      .getByRole('link', { name: 'Tren' })
      .or(page.getByRole('button', { name: 'Tren' }))
      .first()
      .click();
    const trend = page.getByTestId('chart-entity-trend');
    await trend.waitFor();
    const sentence = await page.locator('main').innerText();
    expect(sentence).toContain(
      'Metode penilaian berganti pada 2025: Penilaian Kepatuhan menjadi Penilaian Maladministrasi · Opini Ombudsman RI. Nilai sebelum dan sesudahnya tidak dapat dibandingkan secara langsung.',
    );
    // One line per method: 2023–2024, then 2025 on its own — no stroke joins 86,20 to 72,40.
    await expect.poll(() => trend.locator('.recharts-line').count(), POLL).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'opinion-2025-trend-break-desktop');
    expectNoConsoleErrors(page);
  });

  it('lists 2025 in the year picker and says Batang has no published 2025 result (bundled data)', async () => {
    const page = await open();
    const years = await page.getByTestId('filter-year').locator('option').allTextContents();
    expect(years).toContain('2025');
    await page.getByTestId('filter-year').selectOption('2025');
    const notice = page.getByTestId('missing-entity');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Kabupaten Batang tidak memiliki hasil terbitan untuk 2025');
    await notice.getByRole('button', { name: 'Provinsi DI Yogyakarta' }).click();
    await expect.poll(() => text(page, 'entity-score-value'), POLL).toBe('86,00');
    expect(await text(page, 'national-average')).toBe('Rata-rata nasional 2025: 74,64 (angka yang dilaporkan).');
    await screenshot(page, 'opinion-2025-bundled-diy-desktop');
    expectNoConsoleErrors(page);
  });
});
