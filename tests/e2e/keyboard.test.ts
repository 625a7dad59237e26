// The main journey with the keyboard alone — load a CSV, find the weakest unit and open it, compare
// two units, export a PNG — with a visible focus ring on every element Tab lands on. And with
// reduced motion asked for, nothing on the page animates.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { compareKeysFromParam } from '../../src/domain/compare-keys';
import { DESKTOP, expectNoConsoleErrors, launchBrowser, newPage, screenshot } from './support/browser';
import { loaded, text, urlParam } from './support/page-helpers';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const KOTA_CONTOH_CSV = join(projectRoot, 'tests', 'fixtures', 'contoh-kota-2024.csv');

interface FocusState {
  element: string;
  focusVisible: boolean;
  outlineStyle: string;
  outlineWidth: number;
}

/** The focused element, described, and whether it shows a focus outline. */
function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) {
      return { element: 'body', focusVisible: false, outlineStyle: 'none', outlineWidth: 0 };
    }
    const style = getComputedStyle(element);
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      element: `${element.tagName.toLowerCase()} “${name.slice(0, 60)}”`,
      focusVisible: element.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
    };
  });
}

/** Fails unless the focused element shows a focus outline a sighted keyboard user can see. */
async function expectVisibleFocus(page: Page): Promise<FocusState> {
  const state = await focusState(page);
  expect(state.element, 'something has focus').not.toBe('body');
  expect(state, `focus ring on ${state.element}`).toMatchObject({ focusVisible: true });
  expect(state.outlineStyle, `outline of ${state.element}`).not.toBe('none');
  expect(state.outlineWidth, `outline width of ${state.element}`).toBeGreaterThanOrEqual(2);
  return state;
}

async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (Shift+Tab with `back`) until `target` has focus; every stop on the way must show its focus. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  await target.waitFor();
  const visited: string[] = [];
  for (let step = 0; step < max; step += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    visited.push((await expectVisibleFocus(page)).element);
    if (await hasFocus(target)) return;
  }
  throw new Error(`Tab never reached the target; visited: ${visited.join(' → ')}`);
}

describe('keyboard only', () => {
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

  async function open(): Promise<Page> {
    if (!browser) throw new Error('Chromium did not start');
    const page = await newPage(browser, DESKTOP);
    page.setDefaultTimeout(20_000);
    pages.push(page);
    await page.goto(inject('appUrl'));
    await page.getByTestId('entity-score-value').waitFor();
    return page;
  }

  it('loads a CSV, opens the weakest unit, compares two units and exports a PNG', async () => {
    const page = await open();
    // Listening turns Playwright's file-chooser interception on, which takes a round trip: start now,
    // well before Enter opens the chooser, or the chooser may open unseen.
    const chooser = page.waitForEvent('filechooser', { timeout: 60_000 });

    // The first Tab reaches the skip link.
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
    expect(await hasFocus(page.getByRole('link', { name: 'Lompat ke konten' }))).toBe(true);

    // 1. Open the data panel and pick a file: Enter on the button opens the system file chooser.
    const summary = page.locator('details:has([data-testid="data-panel"]) > summary');
    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    const openFile = page.getByRole('button', { name: 'Buka berkas JSON/CSV' });
    await tabTo(page, openFile);
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(KOTA_CONTOH_CSV);
    await loaded(page, 'Berkas contoh-kota-2024.csv');
    expect(await text(page, 'entity-score-value')).toBe('81,92');

    // 2. The weakest unit, as the overview names it, then its detail through the ranking table.
    expect(await text(page, 'stat-weakest')).toContain('Contoh Dua');
    expect(await text(page, 'stat-weakest')).toContain('76,15');
    const ranking = page.getByTestId('chart-ranking');
    await tabTo(page, ranking.getByRole('button', { name: 'Tampilkan tabel' }));
    await page.keyboard.press('Enter');
    const weakest = ranking.getByRole('button', { name: 'Dinas Contoh Dua', exact: true });
    await tabTo(page, weakest);
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('unit-detail');
    await dialog.waitFor();
    expect(await text(page, 'unit-detail-total')).toBe('76,15');
    // The modal dialog takes focus, and Tab never reaches the page behind it (after the last control
    // the browser's own toolbar may take a turn: the page then has no focused element).
    await expectVisibleFocus(page);
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      const where = await dialog.evaluate((d) =>
        d.contains(document.activeElement) ? 'dialog' : document.activeElement === document.body ? 'none' : 'page',
      );
      expect(where).not.toBe('page');
      if (where === 'dialog') await expectVisibleFocus(page);
    }
    await screenshot(page, 'keyboard-unit-detail');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(urlParam(page, 'unit')).toBeNull();
    // Focus goes back where it was.
    expect(await hasFocus(weakest)).toBe(true);

    // 3. Compare: "Bandingkan" in the table, then the second unit with the picker.
    await tabTo(page, ranking.getByRole('button', { name: 'Bandingkan Contoh Dua' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Bandingkan unit', level: 2 }).waitFor();
    const picker = page.getByRole('combobox', { name: 'Tambah unit' });
    if (!(await hasFocus(picker))) await tabTo(page, picker);
    await expectVisibleFocus(page);
    await page.keyboard.type('Satu');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => compareKeysFromParam(urlParam(page, 'compare') ?? '').map((k) => k.unit))
      .toEqual(['Dinas Contoh Dua', 'Dinas Contoh Satu']);
    const chart = page.getByTestId('chart-compare-totals');
    await chart.waitFor();

    // 4. Export the comparison chart as PNG from its menu.
    const exportButton = chart.getByRole('button', { name: /^Ekspor grafik/ });
    await tabTo(page, exportButton);
    await page.keyboard.press('Enter');
    // The menu opens with its first entry focused; arrows move through it.
    const png = chart.locator('[data-export="png"]');
    await png.waitFor();
    expect(await hasFocus(png)).toBe(true);
    await expectVisibleFocus(page);
    await page.keyboard.press('ArrowDown');
    expect(await hasFocus(chart.locator('[data-export="svg"]'))).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await hasFocus(png)).toBe(true);
    await screenshot(page, 'keyboard-export-menu');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile(await file.path());
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expectNoConsoleErrors(page);
  });

  it('moves backwards with Shift+Tab, showing the focus there too', async () => {
    const page = await open();
    const themeToggle = page.getByTestId('theme-toggle');
    await tabTo(page, themeToggle);
    await tabTo(page, page.getByTestId('lang-toggle'), { back: true });
    // Space presses a button as Enter does.
    await page.keyboard.press('Space');
    await page.getByRole('link', { name: 'Skip to content' }).waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expectNoConsoleErrors(page);
  });

  describe('reduced motion', () => {
    it('runs no animation or transition longer than 0.01 ms', async () => {
      if (!browser) throw new Error('Chromium did not start');
      const context = await browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' });
      const page = await context.newPage();
      pages.push(page);
      await page.goto(inject('appUrl'));
      await page.getByTestId('entity-score-value').waitFor();
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);

      // What moves otherwise: the data panel's ▾ turns, a spinner spins while a file loads.
      await page.locator('details:has([data-testid="data-panel"]) > summary').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('file-input').setInputFiles(KOTA_CONTOH_CSV);

      const longest = await page.evaluate(() => {
        const seconds = (value: string) =>
          Math.max(
            0,
            ...value.split(',').map((part) => {
              const v = part.trim();
              return v.endsWith('ms') ? Number.parseFloat(v) / 1000 : Number.parseFloat(v);
            }),
          );
        let css = 0;
        let where = '';
        for (const element of document.querySelectorAll('*')) {
          for (const pseudo of [null, '::before', '::after']) {
            const style = getComputedStyle(element, pseudo);
            const longestHere = Math.max(seconds(style.transitionDuration), seconds(style.animationDuration));
            if (longestHere > css) {
              css = longestHere;
              where = `${element.tagName.toLowerCase()}.${String(element.getAttribute('class'))}${pseudo ?? ''}`;
            }
          }
        }
        const running = document
          .getAnimations()
          .map((a) => Number(a.effect?.getTiming().duration ?? 0))
          .reduce((a, b) => Math.max(a, b), 0);
        return { cssMs: css * 1000, where, runningMs: running };
      });
      expect(longest.cssMs, longest.where).toBeLessThanOrEqual(0.01);
      expect(longest.runningMs).toBeLessThanOrEqual(0.01);
      await loaded(page, 'Berkas contoh-kota-2024.csv');
    });
  });
});
