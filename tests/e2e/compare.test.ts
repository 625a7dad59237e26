// What a person does with the Compare view, in the built app: build a comparison by clicking "Bandingkan"
// around the app and with the keyboard-only picker, use the shortcuts, open and share a comparison by
// link, compare a unit with its previous year, and read the differences on a desktop and on a phone.
// Expected figures come from the domain functions over the same data file the app loads; what is
// asserted is what a person reads (id-ID numbers, ▲/▼ marks), never the app's own formatter.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  buildComparison,
  findCompared,
  shortcutFlaggedVsBest,
  shortcutYearOverYear,
  type Comparison,
} from '../../src/domain/comparison';
import { compareKeysToParam, type CompareKey } from '../../src/domain/compare-keys';
import { dimensionsOf } from '../../src/domain/aggregate';
import type { Dataset } from '../../src/domain/model';
import { validateDataset } from '../../src/domain/validate';
import { DESKTOP, PHONE, expectNoConsoleErrors, launchBrowser, newPage, screenshot } from './support/browser';
import type { NewPageOptions } from './support/browser';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUNDLED_JSON = join(projectRoot, 'public', 'data', 'rapor-default.json');
const MULTI_YEAR_JSON = join(projectRoot, 'tests', 'fixtures', 'jateng-multi-year.json');
const KOTA_CONTOH_CSV = join(projectRoot, 'tests', 'fixtures', 'contoh-kota-2024.csv');

function datasetFrom(path: string): Dataset {
  const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${path} is invalid: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

const bundled = datasetFrom(BUNDLED_JSON);
const multiYear = datasetFrom(MULTI_YEAR_JSON);

const BATANG = 'Kabupaten Batang';
const batang2024 = (unit: string): CompareKey => ({ institution: BATANG, year: 2024, unit });
const DISDIKBUD = batang2024('Dinas Pendidikan dan Kebudayaan');
const DPMPTSP = batang2024('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu');
const PUSKESMAS_III = batang2024('Puskesmas Batang III');
const DINSOS = batang2024('Dinas Sosial');
const DISDUKCAPIL = batang2024('Dinas Kependudukan dan Pencatatan Sipil');
const PUSKESMAS_I = batang2024('Puskesmas Batang I');

/** Scores as id-ID prints them: 93,74. */
const twoDecimals = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A difference as a person reads it next to a score: "▲ +8,48", "▼ −1,23", "= 0,00", or "—" when unknown. */
function diffText(diff: number | null): string {
  if (diff === null) return '—';
  const shown = Math.round(diff * 100) / 100;
  if (shown === 0) return '= 0,00';
  return `${shown > 0 ? '▲ +' : '▼ −'}${twoDecimals.format(Math.abs(shown))}`;
}

function scoreText(value: number | null): string {
  return value === null ? '—' : twoDecimals.format(value);
}

/** One cell of the comparison as read: the score, and the difference under it (none for the baseline). */
interface ReadCell {
  score: string;
  diff: string | null;
}

/** One row of the comparison as read: its label, then one cell per item. */
interface ReadRow {
  label: string;
  cells: ReadCell[];
}

/** What the comparison table (desktop) or the cards (phone) should say, computed by the domain. */
function expectedRows(ds: Dataset, comparison: Comparison): ReadRow[] {
  const cell = (value: number | null, diff: number | null, index: number): ReadCell => ({
    score: scoreText(value),
    // The baseline, and an unknown score, show no difference at all.
    diff: index === 0 || value === null ? null : diffText(diff),
  });
  const total: ReadRow = {
    label: 'Nilai total',
    cells: comparison.items.map((item, i) => cell(item.total, item.diffTotal, i)),
  };
  const anyDimensions = comparison.items.some((item) => Object.values(item.dimensions).some((s) => s !== null));
  if (!anyDimensions) return [total];
  return [
    total,
    ...dimensionsOf(ds).map((d) => ({
      label: d.label,
      cells: comparison.items.map((item, i) =>
        cell(item.dimensions[d.key] ?? null, item.diffDimensions[d.key] ?? null, i),
      ),
    })),
  ];
}

/** The `compare` parameter of the page's address. */
function compareParamOf(page: Page): string | null {
  return new URL(page.url()).searchParams.get('compare');
}

function compareSearch(keys: readonly CompareKey[]): string {
  return `?${new URLSearchParams({ view: 'compare', compare: compareKeysToParam(keys) }).toString()}`;
}

describe('comparing units: what a person sees', () => {
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
    await page.getByTestId('app-shell').waitFor();
    return page;
  }

  async function openCompare(keys: readonly CompareKey[], options: NewPageOptions = DESKTOP): Promise<Page> {
    const page = await open(compareSearch(keys), options);
    await compareHeading(page).waitFor();
    return page;
  }

  it('builds a comparison by clicking "Bandingkan" in the coaching view and the overview table, then with the keyboard-only picker', async () => {
    const page = await open('?view=coaching');
    await page.getByTestId('coaching-card').first().waitFor();
    await page.getByRole('button', { name: 'Bandingkan Disdikbud' }).click();

    await compareHeading(page).waitFor();
    expect(compareParamOf(page)).toBe(compareKeysToParam([DISDIKBUD]));
    expect(await chipNames(page)).toEqual([['Disdikbud', 'Kabupaten Batang 2024']]);
    expect(await text(page, 'compare-empty')).toContain('Tambahkan satu item lagi');

    // Back to the overview through the view tabs: the comparison travels along in the address.
    await page.getByRole('navigation', { name: 'Tampilan' }).getByRole('link', { name: 'Ringkasan' }).click();
    const ranking = page.getByTestId('chart-ranking');
    await ranking.getByRole('button', { name: 'Tampilkan tabel' }).click();
    await ranking.getByRole('button', { name: 'Bandingkan DPMPTSP' }).click();

    await compareHeading(page).waitFor();
    expect(compareParamOf(page)).toBe(compareKeysToParam([DISDIKBUD, DPMPTSP]));
    expect(await chipNames(page)).toEqual([
      ['Disdikbud', 'Kabupaten Batang 2024'],
      ['DPMPTSP', 'Kabupaten Batang 2024'],
    ]);

    // The picker, by keyboard alone: type, ArrowDown to the first match, Enter to add.
    const picker = page.getByRole('combobox', { name: 'Tambah unit' });
    await picker.focus();
    await page.keyboard.type('Batang III');
    expect(await picker.getAttribute('aria-expanded')).toBe('true');
    const listbox = page.getByRole('listbox', { name: 'Unit yang dapat dibandingkan' });
    expect(await listbox.getByRole('group').allTextContents()).toEqual([
      'Kabupaten Batang · 2024Puskesmas Batang III90,90',
    ]);
    await page.keyboard.press('ArrowDown');
    const activeId = await picker.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    expect(await page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`[id="${activeId}"]`).textContent()).toContain('Puskesmas Batang III');
    await page.keyboard.press('Enter');

    const keys = [DISDIKBUD, DPMPTSP, PUSKESMAS_III];
    await expect.poll(() => compareParamOf(page)).toBe(compareKeysToParam(keys));
    expect(await picker.inputValue()).toBe('');
    expect(await picker.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await chipNames(page)).toEqual([
      ['Disdikbud', 'Kabupaten Batang 2024'],
      ['DPMPTSP', 'Kabupaten Batang 2024'],
      ['Puskesmas Batang III', 'Kabupaten Batang 2024'],
    ]);

    const comparison = buildComparison(bundled, keys);
    const table = await readTable(page);
    expect(table.headings.map((h) => h.name)).toEqual(['Disdikbud', 'DPMPTSP', 'Puskesmas Batang III']);
    expect(table.headings[0]?.text).toContain('acuan');
    expect(table.rows).toEqual(expectedRows(bundled, comparison));
    // The example a person would check by hand: 97,55 − 89,07.
    expect(table.rows[0]?.cells[1]).toEqual({ score: '97,55', diff: '▲ +8,48' });
    expect(table.rows[0]?.cells[2]).toEqual({ score: '90,90', diff: '▲ +1,83' });
    expect(table.grades.map((g) => g.split(' · ')[0])).toEqual(comparison.items.map((i) => i.level?.level.grade));
    expect(table.grades[0]).toBe('A · Kualitas Tertinggi · Zona Hijau');
    expect(await text(page, 'compare-baseline-note')).toBe(
      'Item 1 (Disdikbud — Kabupaten Batang 2024) adalah acuan: selisih setiap item lain dihitung terhadapnya. ▲ lebih tinggi, ▼ lebih rendah.',
    );
    // A screen reader hears the direction in words, not just the arrow.
    expect(await page.getByTestId('compare-table').getByTestId('compare-diff').first().textContent()).toBe(
      '▲ +8,48 (lebih tinggi dari acuan)',
    );

    // One series per item in both charts, and a legend naming each by its full name.
    for (const chart of ['chart-compare-radar', 'chart-compare-bars']) {
      expect(await legendEntries(page, chart)).toEqual([
        '1Dinas Pendidikan dan Kebudayaan — Kabupaten Batang 2024 (acuan)',
        '2Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu — Kabupaten Batang 2024',
        '3Puskesmas Batang III — Kabupaten Batang 2024',
      ]);
    }
    await expect.poll(() => seriesCounts(page), POLL).toEqual({ radar: 3, bars: 3 });
    // Every bar is labelled with its item's number and value, so no bar is told apart by colour alone.
    const barLabels = await page
      .getByTestId('chart-compare-bars')
      .locator('.recharts-label-list text')
      .allTextContents();
    expect(barLabels).toHaveLength(3 * dimensionsOf(bundled).length);
    // No-break spaces keep a label on one line even where its bar reaches 100.
    expect(barLabels).toContain(`2\u00a0·\u00a0${scoreText(comparison.items[1]?.dimensions.input ?? null)}`);

    await screenshot(page, 'compare-built-desktop');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => document.documentElement.classList.contains('dark'));
    await screenshot(page, 'compare-built-dark');
    expectNoConsoleErrors(page);
  });

  it('adds a unit from its detail dialog and closes the dialog', async () => {
    const page = await open(
      `?${new URLSearchParams({ unit: DINSOS.unit, compare: compareKeysToParam([DISDIKBUD]) }).toString()}`,
    );
    const dialog = page.getByTestId('unit-detail');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Bandingkan Dinsos' }).click();

    await compareHeading(page).waitFor();
    expect(await dialog.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('unit')).toBeNull();
    expect(compareParamOf(page)).toBe(compareKeysToParam([DISDIKBUD, DINSOS]));
    const table = await readTable(page);
    expect(table.rows).toEqual(expectedRows(bundled, buildComparison(bundled, [DISDIKBUD, DINSOS])));
    expectNoConsoleErrors(page);
  });

  it('the "perlu pembinaan vs unit terbaik" shortcut compares Disdikbud and Puskesmas Batang III with DPMPTSP', async () => {
    const page = await open('?view=compare');
    await compareHeading(page).waitFor();
    expect(await text(page, 'compare-empty')).toContain('Belum ada yang dibandingkan');

    const keys = shortcutFlaggedVsBest(bundled, { institution: BATANG, year: 2024 });
    const names = keys.map((k) => {
      const record = findCompared(bundled, k);
      return record?.unitShort ?? record?.unit ?? k.unit;
    });
    expect(names).toEqual(['Disdikbud', 'Puskesmas Batang III', 'DPMPTSP']);

    const shortcut = page.getByRole('button', { name: 'Unit yang perlu pembinaan vs unit terbaik' });
    expect(await describedBy(page, shortcut)).toBe(
      'Kabupaten Batang 2024: Disdikbud dan Puskesmas Batang III vs DPMPTSP (terbaik)',
    );
    await shortcut.click();

    await expect.poll(() => compareParamOf(page)).toBe(compareKeysToParam(keys));
    expect((await chipNames(page)).map(([name]) => name)).toEqual(names);
    const table = await readTable(page);
    expect(table.headings.map((h) => h.name)).toEqual(names);
    expect(table.rows).toEqual(expectedRows(bundled, buildComparison(bundled, keys)));
    await screenshot(page, 'compare-flagged-vs-best-desktop');
    expectNoConsoleErrors(page);
  });

  describe('by link', () => {
    const keys = [DINSOS, DISDUKCAPIL, PUSKESMAS_I];

    it('reopens the same comparison after a reload and in a new page', async () => {
      const page = await openCompare(keys);
      const expected = expectedRows(bundled, buildComparison(bundled, keys));
      const names = [
        ['Dinsos', 'Kabupaten Batang 2024'],
        ['Disdukcapil', 'Kabupaten Batang 2024'],
        ['Puskesmas Batang I', 'Kabupaten Batang 2024'],
      ];
      expect(await chipNames(page)).toEqual(names);
      expect((await readTable(page)).rows).toEqual(expected);

      await page.reload();
      await compareHeading(page).waitFor();
      expect(compareParamOf(page)).toBe(compareKeysToParam(keys));
      expect(await chipNames(page)).toEqual(names);
      expect((await readTable(page)).rows).toEqual(expected);

      // The address as copied from the address bar, pasted into another window.
      const copied = page.url();
      if (!browser) throw new Error('Chromium did not start');
      const other = await newPage(browser, DESKTOP);
      pages.push(other);
      await other.goto(copied);
      await compareHeading(other).waitFor();
      expect(await chipNames(other)).toEqual(names);
      expect((await readTable(other)).rows).toEqual(expected);
      expectNoConsoleErrors(page);
      expectNoConsoleErrors(other);
    });

    it('names an item the data does not have and compares the rest', async () => {
      const missing: CompareKey = batang2024('Dinas Rahasia');
      const linked = [DISDIKBUD, missing, DPMPTSP];
      const page = await openCompare(linked);

      const notice = page.getByTestId('compare-missing');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('1 item dari tautan tidak ada di data yang dimuat');
      expect(await notice.locator('li').allTextContents()).toEqual(['Dinas Rahasia — Kabupaten Batang, 2024']);
      expect(await notice.textContent()).toContain('Item lainnya tetap dibandingkan.');

      const shown = [DISDIKBUD, DPMPTSP];
      expect((await chipNames(page)).map(([name]) => name)).toEqual(['Disdikbud', 'DPMPTSP']);
      expect((await readTable(page)).rows).toEqual(expectedRows(bundled, buildComparison(bundled, shown)));
      await screenshot(page, 'compare-missing-item-desktop');

      // Dropping the missing item from the link keeps the rest.
      await notice.getByRole('button', { name: 'Hapus dari tautan' }).click();
      await expect.poll(() => compareParamOf(page)).toBe(compareKeysToParam(shown));
      expect(await notice.count()).toBe(0);
      expectNoConsoleErrors(page);
    });
  });

  it('compares a unit this year with last year on a multi-year dataset', async () => {
    const page = await open('?view=compare');
    await compareHeading(page).waitFor();
    await page.getByTestId('file-input').setInputFiles(MULTI_YEAR_JSON);
    await page
      .getByTestId('load-status')
      .filter({ hasText: 'Data dari Berkas jateng-multi-year.json berhasil dimuat.' })
      .waitFor();

    const unit = page.getByLabel('Unit (Kabupaten Batang 2024)');
    await unit.selectOption({ label: 'Puskesmas Batang III' });
    const shortcut = page.getByRole('button', { name: 'Tahun ini vs tahun lalu' });
    expect(await describedBy(page, shortcut)).toBe('Puskesmas Batang III: 2023 dan 2024');
    await shortcut.click();

    const keys = shortcutYearOverYear(multiYear, PUSKESMAS_III);
    expect(keys.map((k) => k.year)).toEqual([2023, 2024]);
    await expect.poll(() => compareParamOf(page)).toBe(compareKeysToParam(keys));
    expect(await chipNames(page)).toEqual([
      ['Puskesmas Batang III', 'Kabupaten Batang 2023'],
      ['Puskesmas Batang III', 'Kabupaten Batang 2024'],
    ]);
    const comparison = buildComparison(multiYear, keys);
    const table = await readTable(page);
    expect(table.rows).toEqual(expectedRows(multiYear, comparison));
    // 90,90 in 2024 against 87,84 in 2023.
    expect(table.rows[0]?.cells[1]).toEqual({ score: '90,90', diff: '▲ +3,06' });
    await expect.poll(() => seriesCounts(page), POLL).toEqual({ radar: 2, bars: 2 });
    await screenshot(page, 'compare-year-over-year-desktop');
    expectNoConsoleErrors(page);
  });

  describe('items without dimension scores compare on totals', () => {
    it('a unit without dimension scores against one with them, across entities', async () => {
      // The bundled data plus a fictitious entity that publishes totals only.
      const raw = JSON.parse(readFileSync(BUNDLED_JSON, 'utf8')) as { records: unknown[] };
      raw.records.push(
        { year: 2024, institution: 'Kota Contoh', unit: 'Dinas Contoh Satu', unitShort: 'Contoh Satu', total: 88.4 },
        { year: 2024, institution: 'Kota Contoh', unit: 'Dinas Contoh Dua', unitShort: 'Contoh Dua', total: 76.15 },
      );
      const mixedJson = JSON.stringify(raw);
      const mixed = validateDataset(JSON.parse(mixedJson));
      if (!mixed.ok) throw new Error('mixed dataset invalid');
      const contohSatu: CompareKey = { institution: 'Kota Contoh', year: 2024, unit: 'Dinas Contoh Satu' };
      const keys = [DISDIKBUD, contohSatu];

      // The link names an item of data not loaded yet; loading that data completes the comparison.
      const page = await openCompare(keys);
      await page.getByTestId('compare-missing').waitFor();
      await page.getByTestId('file-input').setInputFiles({
        name: 'campuran.json',
        mimeType: 'application/json',
        buffer: Buffer.from(mixedJson),
      });
      await page
        .getByTestId('load-status')
        .filter({ hasText: 'Data dari Berkas campuran.json berhasil dimuat.' })
        .waitFor();

      await page.getByTestId('compare-totals-only').waitFor();
      expect(await page.getByTestId('compare-missing').count()).toBe(0);
      expect(await text(page, 'compare-totals-only')).toBe(
        'Tidak semua item memiliki nilai per dimensi, jadi perbandingan memakai nilai total. Tanpa nilai dimensi: Contoh Satu (Kota Contoh 2024).',
      );
      expect(await page.getByTestId('chart-compare-radar').count()).toBe(0);
      expect(await page.getByTestId('chart-compare-bars').count()).toBe(0);
      await page.getByTestId('chart-compare-totals').waitFor();
      await expect.poll(() => barSeriesCount(page, 'chart-compare-totals'), POLL).toBe(2);

      const comparison = buildComparison(mixed.dataset, keys);
      expect(comparison.hasDimensions).toBe(false);
      const table = await readTable(page);
      expect(table.rows).toEqual(expectedRows(mixed.dataset, comparison));
      // Unknown dimension scores read "—" and carry no difference; the totals still do.
      expect(table.rows[1]?.cells[1]).toEqual({ score: '—', diff: null });
      expect(table.rows[0]?.cells[1]).toEqual({ score: '88,40', diff: '▼ −0,67' });
      await screenshot(page, 'compare-totals-only-mixed-desktop');
      expectNoConsoleErrors(page);
    });

    it('a dataset with totals only', async () => {
      const page = await open('?view=compare');
      await compareHeading(page).waitFor();
      await page.getByTestId('file-input').setInputFiles(KOTA_CONTOH_CSV);
      await page
        .getByTestId('load-status')
        .filter({ hasText: 'Data dari Berkas contoh-kota-2024.csv berhasil dimuat.' })
        .waitFor();
      await page.getByRole('button', { name: 'Unit yang perlu pembinaan vs unit terbaik' }).click();

      await page.getByTestId('compare-totals-only').waitFor();
      expect(await text(page, 'compare-totals-only')).toBe(
        'Data ini hanya memuat nilai total untuk item-item ini, jadi perbandingan memakai nilai total.',
      );
      const table = await readTable(page);
      // Totals only: no dimension rows at all.
      expect(table.rows.map((r) => r.label)).toEqual(['Nilai total']);
      // 76,15 (weakest, the baseline), 81,20, 88,40.
      expect(table.rows[0]?.cells).toEqual([
        { score: '76,15', diff: null },
        { score: '81,20', diff: '▲ +5,05' },
        { score: '88,40', diff: '▲ +12,25' },
      ]);
      await expect.poll(() => barSeriesCount(page, 'chart-compare-totals'), POLL).toBe(3);
      await screenshot(page, 'compare-totals-only-desktop');
      expectNoConsoleErrors(page);
    });
  });

  it('at phone width stacks one card per item that still shows the differences', async () => {
    const keys = [DISDIKBUD, DPMPTSP, PUSKESMAS_III];
    const page = await openCompare(keys, PHONE);
    await page.getByTestId('compare-cards').waitFor();

    expect(await page.getByTestId('compare-table').isVisible()).toBe(false);
    const cards = await readCards(page);
    expect(cards.map((c) => c.name)).toEqual(['Disdikbud', 'DPMPTSP', 'Puskesmas Batang III']);
    // The cards carry the same figures as the table, item by item.
    const expected = expectedRows(bundled, buildComparison(bundled, keys));
    cards.forEach((card, i) => {
      expect(card.rows).toEqual(expected.map((row) => ({ label: row.label, cells: [row.cells[i]] })));
    });
    expect(cards[1]?.rows[0]?.cells[0]).toEqual({ score: '97,55', diff: '▲ +8,48' });
    expect(cards.map((c) => c.grade)).toEqual(Array(3).fill('A · Kualitas Tertinggi · Zona Hijau'));
    expect(cards.flatMap((c) => c.rows.flatMap((r) => r.cells.map((x) => x.diff ?? ''))).join(' ')).toMatch(/▼/);
    // Nothing wider than the phone: no sideways scrolling of the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expect.poll(() => seriesCounts(page), POLL).toEqual({ radar: 3, bars: 3 });
    await screenshot(page, 'compare-built-phone');
    expectNoConsoleErrors(page);
  });

  it('makes another item the baseline by keyboard; the differences are measured against it', async () => {
    const page = await openCompare([DISDIKBUD, DPMPTSP, PUSKESMAS_III]);
    await page.getByRole('button', { name: 'Jadikan acuan: DPMPTSP (Kabupaten Batang 2024)' }).focus();
    await page.keyboard.press('Enter');

    const reordered = [DPMPTSP, DISDIKBUD, PUSKESMAS_III];
    await expect.poll(() => compareParamOf(page)).toBe(compareKeysToParam(reordered));
    const table = await readTable(page);
    expect(table.headings.map((h) => h.name)).toEqual(['DPMPTSP', 'Disdikbud', 'Puskesmas Batang III']);
    expect(table.rows).toEqual(expectedRows(bundled, buildComparison(bundled, reordered)));
    expect(table.rows[0]?.cells[1]).toEqual({ score: '89,07', diff: '▼ −8,48' });
    // Focus stays on the item just made the baseline (its chip is now first).
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Hapus DPMPTSP (Kabupaten Batang 2024) dari perbandingan',
    );
    expectNoConsoleErrors(page);
  });

  it('removes items with the keyboard; the address follows and focus stays in the list', async () => {
    const keys = [DISDIKBUD, DPMPTSP, PUSKESMAS_III];
    const page = await openCompare(keys);
    const removeButton = (name: string) =>
      page.getByRole('button', { name: `Hapus ${name} (Kabupaten Batang 2024) dari perbandingan` });
    const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
    const focusedRole = () => page.evaluate(() => document.activeElement?.getAttribute('role') ?? null);

    await removeButton('DPMPTSP').focus();
    await page.keyboard.press('Enter');

    const left = [DISDIKBUD, PUSKESMAS_III];
    await expect.poll(() => compareParamOf(page)).toBe(compareKeysToParam(left));
    expect((await chipNames(page)).map(([name]) => name)).toEqual(['Disdikbud', 'Puskesmas Batang III']);
    expect(await page.getByRole('status').filter({ hasText: 'dihapus' }).textContent()).toBe(
      'DPMPTSP (Kabupaten Batang 2024) dihapus. 2 item tersisa.',
    );
    expect((await readTable(page)).rows).toEqual(expectedRows(bundled, buildComparison(bundled, left)));
    // The chip that moved into the removed one's place has focus, so the next key press acts on it.
    await expect.poll(focusedLabel).toBe('Hapus Puskesmas Batang III (Kabupaten Batang 2024) dari perbandingan');

    await page.keyboard.press('Space');
    await expect.poll(() => compareParamOf(page)).toBe(compareKeysToParam([DISDIKBUD]));
    expect(await text(page, 'compare-empty')).toContain('Tambahkan satu item lagi');
    await expect.poll(focusedLabel).toBe('Hapus Disdikbud (Kabupaten Batang 2024) dari perbandingan');

    // The last one gone, focus lands in the picker, ready for the next unit.
    await page.keyboard.press('Enter');
    await expect.poll(() => compareParamOf(page)).toBeNull();
    expect(await text(page, 'compare-empty')).toContain('Belum ada yang dibandingkan');
    await expect.poll(focusedRole).toBe('combobox');
    expectNoConsoleErrors(page);
  });
});

/** Recharts may draw a frame after React commits: read charts until they settle. */
const POLL = { timeout: 5_000, interval: 100 };

function compareHeading(page: Page) {
  return page.getByRole('heading', { name: 'Bandingkan unit', level: 2 });
}

/** The visible text of a test id, whitespace collapsed. */
async function text(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The text an element's aria-describedby points at. */
async function describedBy(page: Page, element: ReturnType<Page['locator']>): Promise<string> {
  const ids = (await element.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' ').trim();
}

/** Each chip as read: the unit's short name and its entity and year. */
async function chipNames(page: Page): Promise<string[][]> {
  const chips = page.getByTestId('compare-chips');
  if ((await chips.count()) === 0) return [];
  return chips.locator('> li').evaluateAll((items) =>
    items.map((li) => {
      const name = li.querySelector('.font-medium')?.textContent ?? '';
      const context = li.querySelector('.text-muted')?.textContent ?? '';
      return [name.trim(), context.trim()];
    }),
  );
}

/** The legend under a chart card, entry by entry (the number on the swatch, then the full name). */
async function legendEntries(page: Page, testId: string): Promise<string[]> {
  return page.getByTestId(testId).getByRole('list', { name: 'Keterangan item' }).locator('li').allTextContents();
}

/** Series drawn in the radar (one outline each) and in the grouped bars (one bar layer each). */
async function seriesCounts(page: Page): Promise<{ radar: number; bars: number }> {
  return {
    radar: await page.getByTestId('chart-compare-radar').locator('svg .recharts-radar-polygon').count(),
    bars: await barSeriesCount(page, 'chart-compare-bars'),
  };
}

async function barSeriesCount(page: Page, testId: string): Promise<number> {
  return page.getByTestId(testId).locator('svg g.recharts-bar').count();
}

/**
 * Score rows (a table row, or a card's dt/dd pair) as read: the label without its weight note, and per
 * item the score and the difference under it with ▲/▼ as seen (the screen-reader words left out).
 * Self-contained: Playwright runs it in the page.
 */
function readScoreRows(rows: Element[]): ReadRow[] {
  const clean = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const visible = (node: Element) => {
    const copy = node.cloneNode(true) as Element;
    copy.querySelectorAll('.sr-only').forEach((s) => s.remove());
    return clean(copy);
  };
  return rows.map((row) => ({
    // "Input (bobot 21,85%)" → "Input": the weight is a note beside the label.
    label: clean(row.querySelector('th, dt')).replace(/\s*\(bobot [^)]*\)$/, ''),
    cells: [...row.querySelectorAll('td, dd')].map((cell) => {
      const parts = [...cell.children].map(visible);
      return { score: parts[0] ?? '', diff: parts[1] ?? null };
    }),
  }));
}

/** A grade cell as read: letter, its name, the zone ("A · Kualitas Tertinggi · Zona Hijau"). */
function readGrades(cells: Element[]): string[] {
  return cells.map((cell) =>
    (cell as HTMLElement).innerText
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' · '),
  );
}

interface ReadTable {
  /** Each item's column heading: the name a person clicks or reads, and the whole heading. */
  headings: { name: string; text: string }[];
  rows: ReadRow[];
  grades: string[];
}

/** The comparison table (from 640px): item headings, score rows, and the grade ("Opini") row. */
async function readTable(page: Page): Promise<ReadTable> {
  const table = page.getByTestId('compare-table');
  await table.waitFor();
  const headings = await table.locator('thead th').evaluateAll((ths) =>
    ths.slice(1).map((th) => ({
      name: (th.querySelector('button, .font-semibold')?.textContent ?? '').trim(),
      text: (th.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
  const bodyRows = table.locator('tbody tr');
  const rows = await bodyRows.filter({ hasNotText: 'Opini' }).evaluateAll(readScoreRows);
  const grades = await bodyRows.filter({ hasText: 'Opini' }).locator('td').evaluateAll(readGrades);
  return { headings, rows, grades };
}

/** The stacked cards (below 640px): each item's name, its score rows (one cell each) and its grade. */
async function readCards(page: Page): Promise<{ name: string; rows: ReadRow[]; grade: string }[]> {
  const cards = page.getByTestId('compare-cards').locator('> li');
  const read = [];
  for (const card of await cards.all()) {
    const name = ((await card.locator('button, .font-semibold').first().textContent()) ?? '').trim();
    const pairs = card.locator('dl > div');
    const rows = await pairs.filter({ hasNotText: 'Opini' }).evaluateAll(readScoreRows);
    const [grade = ''] = await pairs.filter({ hasText: 'Opini' }).locator('dd').evaluateAll(readGrades);
    read.push({ name, rows, grade });
  }
  return read;
}
