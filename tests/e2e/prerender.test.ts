// The first screen arrives as HTML (scripts/prerender.mjs): painted before any script runs, hydrated
// without a visible change, and never shown for an address, language, kept dataset or window it was
// not drawn for.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expectNoConsoleErrors, launchBrowser, newPage, screenshot } from './support/browser';
import { chartsDrawn, loaded } from './support/page-helpers';
import { e2eDistDir } from './support/global-setup';
import { startStaticServer } from './support/static-server';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const KOTA_CONTOH_CSV = join(projectRoot, 'tests', 'fixtures', 'contoh-kota-2024.csv');

/** A window wide enough for the prerendered screen (PRERENDER_MIN_WINDOW is 1300): the most common office screen. */
const WIDE_WINDOW = { width: 1366, height: 900 };
const NARROW_DESKTOP = { width: 1280, height: 800 };

/**
 * Records, from before the page's own scripts and on every animation frame from the first one, what
 * is on screen: whether the default data (Batang's 93,74) is visible and how many bars are drawn.
 */
function watchFrames(): void {
  const frames: { defaultShown: boolean; bars: number; prerender: string | undefined }[] = [];
  Object.defineProperty(window, '__frames', { value: frames });
  const look = () => {
    const score = document.querySelector<HTMLElement>('[data-testid="entity-score-value"]');
    frames.push({
      defaultShown: score !== null && score.offsetParent !== null && (score.textContent ?? '').includes('93,74'),
      bars: document.querySelectorAll('[data-testid="chart-ranking"] .recharts-bar-rectangle').length,
      prerender: document.documentElement.dataset.prerender,
    });
    if (frames.length < 600) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

type Frame = { defaultShown: boolean; bars: number; prerender: string | undefined };
const framesOf = (page: Page) => page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);

/**
 * Pixels that differ visibly between two screenshots: by more than a few levels in a channel. (The
 * antialiased rounded corners of form fields come out one level apart between two renderings.)
 */
function differentPixels(a: Buffer, b: Buffer): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  if (x.width !== y.width || x.height !== y.height) return Number.POSITIVE_INFINITY;
  let count = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const apart = Math.max(
      Math.abs((x.data[i] ?? 0) - (y.data[i] ?? 0)),
      Math.abs((x.data[i + 1] ?? 0) - (y.data[i + 1] ?? 0)),
      Math.abs((x.data[i + 2] ?? 0) - (y.data[i + 2] ?? 0)),
    );
    if (apart > 4) count += 1;
  }
  return count;
}

describe('prerendered first screen', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(search: string, viewport = WIDE_WINDOW, javaScriptEnabled = true): Promise<Page> {
    if (!browser) throw new Error('Chromium did not start');
    const page = javaScriptEnabled
      ? await newPage(browser, viewport)
      : await (await browser.newContext({ viewport, javaScriptEnabled: false })).newPage();
    page.setDefaultTimeout(20_000);
    if (javaScriptEnabled) await page.context().addInitScript(watchFrames);
    await page.goto(`${inject('appUrl')}${search}`);
    return page;
  }

  it('is in the HTML: heading, result, ranking chart as SVG and the coaching sentence, with no script run', async () => {
    const page = await open('', WIDE_WINDOW, false);
    expect(await page.getByTestId('entity-score-value').textContent()).toBe('93,74');
    expect(await page.getByTestId('overview-summary').textContent()).toBe(
      '2 dari 6 unit perlu pembinaan: Disdikbud dan Puskesmas Batang III.',
    );
    const chart = page.getByTestId('chart-ranking');
    expect(await chart.getByRole('heading').textContent()).toBe('Peringkat unit menurut nilai total');
    expect(await chart.locator('svg .recharts-bar-rectangle').count()).toBe(6);
    // Names keep a short tail with the word before it (a no-break space): compared as plain spaces.
    const names = (await chart.locator('.recharts-yAxis-tick-labels text').allTextContents()).map((name) =>
      name.replace(/\s+/g, ' '),
    );
    expect(names).toEqual([
      'DPMPTSP',
      'Puskesmas Batang I',
      'Dinsos',
      'Disdukcapil',
      '▼ Puskesmas Batang III',
      '▼ Disdikbud',
    ]);
    await screenshot(page, 'prerender-no-script');
    await page.context().close();
  });

  it('is hydrated without a visible change, a console error, or a frame without the chart', async () => {
    const noScript = await open('', WIDE_WINDOW, false);
    const before = await noScript.screenshot();
    await noScript.context().close();

    const page = await open('');
    await page.locator('html[data-prerender="hydrated"]').waitFor({ state: 'attached' });
    // The chart's code comes when the page is first used: then the live chart replaces the drawn one.
    expect(await page.locator('[data-island]').count()).toBe(1);
    await page.mouse.move(5, 5);
    await page.locator('[data-island]').waitFor({ state: 'detached' });
    await chartsDrawn(page);
    const bar = page.getByTestId('chart-ranking').locator('.recharts-bar-rectangle').first();
    await bar.hover();
    await page.getByTestId('chart-ranking').locator('.recharts-tooltip-wrapper').filter({ hasText: '97,55' }).waitFor();
    await page.mouse.move(0, 0);
    await page
      .getByTestId('chart-ranking')
      .locator('.recharts-tooltip-wrapper')
      .filter({ hasText: '97,55' })
      .waitFor({ state: 'hidden' });
    const after = await page.screenshot();
    expect(differentPixels(before, after), 'pixels that differ between the HTML and the hydrated page').toBe(0);

    const frames = await framesOf(page);
    expect(frames.every((frame) => ['stands', 'hydrating', 'hydrated'].includes(frame.prerender ?? ''))).toBe(true);
    // From its first frame the page shows the chart, and keeps it through hydration and the swap.
    expect(frames.length).toBeGreaterThan(3);
    expect(frames.filter((frame) => frame.bars !== 6)).toEqual([]);
    expectNoConsoleErrors(page);
    await page.context().close();
  });

  it('answers a tab followed before the app has taken over without loading the page again', async () => {
    if (!browser) throw new Error('Chromium did not start');
    const page = await newPage(browser, WIDE_WINDOW);
    // The app's code held back for a while: the prerendered page is all there is when the tab is clicked.
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(inject('appUrl'));
    await page.evaluate(() => Object.assign(window, { __samePage: true }));
    await page.getByRole('navigation', { name: 'Tampilan' }).getByRole('link', { name: 'Dimensi' }).click();
    expect(page.url()).toMatch(/\?view=dimensions$/);
    await page.getByRole('heading', { name: 'Nilai per dimensi' }).waitFor();
    await chartsDrawn(page);
    expect(await page.evaluate(() => '__samePage' in window)).toBe(true);
    expectNoConsoleErrors(page);
    await page.context().close();
  });

  it.each([
    ['stands', WIDE_WINDOW],
    ['is replaced', NARROW_DESKTOP],
  ])(
    'takes the bundled data as the build checked it where it %s: the validator is not fetched',
    async (_what, viewport) => {
      if (!browser) throw new Error('Chromium did not start');
      const page = await newPage(browser, viewport);
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.split('/').pop() ?? '');
      });
      await page.goto(inject('appUrl'));
      await expect.poll(() => page.getByTestId('entity-score-value').textContent()).toBe('93,74');
      await chartsDrawn(page);
      await page.waitForLoadState('networkidle');
      expect(scripts.some((name) => name.startsWith('index-'))).toBe(true);
      expect(scripts.filter((name) => /^(read-input|validate|parse-off-main)-/.test(name))).toEqual([]);
      expectNoConsoleErrors(page);
      await page.context().close();
    },
  );

  it('draws anew, from the new figures, a bundled file replaced after the build', async () => {
    if (!browser) throw new Error('Chromium did not start');
    const root = await mkdtemp(join(tmpdir(), 'rapor-replaced-'));
    await cp(e2eDistDir, root, { recursive: true });
    const dataPath = join(root, 'data', 'rapor-default.json');
    const original = await readFile(dataPath, 'utf8');
    // DPMPTSP's 2024 total, 97.55 at build time, is now 96.55.
    const replaced = original.replace('"total": 97.55', '"total": 96.55');
    expect(replaced).not.toBe(original);
    await writeFile(dataPath, replaced);
    const server = await startStaticServer({ root });
    try {
      const page = await newPage(browser, WIDE_WINDOW);
      await page.goto(server.url);
      await expect.poll(() => page.getByTestId('stat-best').innerText()).toContain('96,55');
      await chartsDrawn(page);
      expect(await page.getByTestId('chart-ranking').locator('.rapor-bar-values text').allTextContents()).toContain(
        '96,55',
      );
      // The app drawn afresh answers its own tabs (the gate no longer takes their clicks).
      await page.getByRole('navigation', { name: 'Tampilan' }).getByRole('link', { name: 'Dimensi' }).click();
      await page.getByRole('heading', { name: 'Nilai per dimensi' }).waitFor();
      expect(page.url()).toMatch(/\?view=dimensions$/);
      expectNoConsoleErrors(page);
      await page.context().close();
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true });
    }
  });

  it('is dark from the first frame for a reader who chose the dark theme', async () => {
    if (!browser) throw new Error('Chromium did not start');
    const page = await newPage(browser, WIDE_WINDOW);
    await page.context().addInitScript(() => window.localStorage.setItem('rapor:theme', 'dark'));
    await page.goto(inject('appUrl'));
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    expect(await page.getByTestId('theme-toggle').innerText()).toBe('Mode terang');
    await page.locator('html[data-prerender="hydrated"]').waitFor({ state: 'attached' });
    expect(await page.getByTestId('theme-toggle').getAttribute('aria-pressed')).toBe('true');
    expectNoConsoleErrors(page);
    await page.context().close();
  });

  it.each([
    ['?lang=en', 'English', NARROW_DESKTOP, 'Units ranked by total score'],
    ['?view=dimensions', 'another view', WIDE_WINDOW, 'Nilai per dimensi'],
    ['?year=2024', 'an address naming the default year', WIDE_WINDOW, 'Peringkat unit menurut nilai total'],
    ['', 'a window narrower than the one it was drawn for', NARROW_DESKTOP, 'Peringkat unit menurut nilai total'],
  ])('is never shown for %s (%s)', async (search, _what, viewport, heading) => {
    const page = await open(search, viewport);
    await page.getByRole('heading', { name: heading }).first().waitFor();
    await chartsDrawn(page);
    const frames = await framesOf(page);
    expect(frames[0]?.prerender).toBe('replaced');
    if (search !== '' && search !== '?year=2024') expect(frames.filter((frame) => frame.defaultShown)).toEqual([]);
    expectNoConsoleErrors(page);
    await page.context().close();
  });

  it('is never shown for English chosen earlier, nor over a dataset kept from an earlier visit', async () => {
    const page = await open('');
    // A button pressed before the app has taken over does nothing: wait until it has.
    await page.locator('html[data-prerender="hydrated"]').waitFor({ state: 'attached' });
    await page.getByTestId('lang-toggle').click();
    await page.getByRole('heading', { name: 'Units ranked by total score' }).waitFor();
    await page.goto(inject('appUrl'));
    await page.getByRole('heading', { name: 'Units ranked by total score' }).waitFor();
    const frames = await framesOf(page);
    expect(frames[0]?.prerender).toBe('replaced');
    expect(frames.filter((frame) => frame.defaultShown)).toEqual([]);

    await page.getByTestId('lang-toggle').click();
    await page.getByRole('heading', { name: 'Peringkat unit menurut nilai total' }).waitFor();
    await page.getByTestId('file-input').setInputFiles(KOTA_CONTOH_CSV);
    await loaded(page, 'Berkas contoh-kota-2024.csv');
    // The copy is kept when the page is idle; then a fresh visit opens on it, never on Batang.
    await expect.poll(() => page.evaluate(() => window.localStorage.getItem('rapor:saved:last-dataset'))).toBe('1');
    await page.goto(inject('appUrl'));
    await expect.poll(() => page.getByTestId('entity-score-value').textContent()).toBe('81,92');
    const again = await framesOf(page);
    expect(again[0]?.prerender).toBe('replaced');
    expect(again.filter((frame) => frame.defaultShown)).toEqual([]);
    expectNoConsoleErrors(page);
    await page.context().close();
  });
});
