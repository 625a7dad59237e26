// axe-core over every view of the built app, in both languages and both colour modes: no serious or
// critical violation anywhere a person can go — the six views, the unit detail dialog, and the data
// panel open with a load error in it.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { compareKeysToParam, type CompareKey } from '../../src/domain/compare-keys';
import { blockingViolations, type AxeFinding } from './support/axe';
import { DESKTOP, expectNoConsoleErrors, launchBrowser, newPage, screenshot } from './support/browser';
import { chartsDrawn } from './support/page-helpers';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TEXT_IN_SCORE_CSV = join(projectRoot, 'tests', 'fixtures', 'hostile', 'text-in-score.csv');

const BATANG = 'Kabupaten Batang';
const batang2024 = (unit: string): CompareKey => ({ institution: BATANG, year: 2024, unit });
const THREE_ITEMS = compareKeysToParam([
  batang2024('Dinas Pendidikan dan Kebudayaan'),
  batang2024('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'),
  batang2024('Puskesmas Batang III'),
]);

type Lang = 'id' | 'en';
type Mode = 'light' | 'dark';

interface Screen {
  name: string;
  query: Record<string, string>;
  /** What shows once the screen has its data. */
  ready: string;
  /** Brings the screen into the state checked, after it is ready. */
  prepare?: (page: Page) => Promise<void>;
}

const SCREENS: readonly Screen[] = [
  { name: 'overview', query: { view: 'overview' }, ready: '[data-testid="entity-score-value"]' },
  { name: 'dimensions', query: { view: 'dimensions' }, ready: '[data-testid="dimension-heatmap"]' },
  { name: 'coaching', query: { view: 'coaching' }, ready: '[data-testid="coaching-cards"]' },
  { name: 'trends', query: { view: 'trends' }, ready: '[data-testid="trend-summary"]' },
  { name: 'compare', query: { view: 'compare', compare: THREE_ITEMS }, ready: '[data-testid="compare-result"]' },
  { name: 'report', query: { view: 'report' }, ready: '[data-testid="report"]' },
  {
    name: 'unit-detail',
    query: { view: 'overview', unit: 'Dinas Sosial' },
    ready: '[data-testid="unit-detail-total"]',
  },
  {
    name: 'data-panel-error',
    query: { view: 'overview' },
    ready: '[data-testid="entity-score-value"]',
    prepare: async (page) => {
      await page.getByTestId('file-input').setInputFiles(TEXT_IN_SCORE_CSV);
      await page.getByTestId('load-error').waitFor();
      const details = page.locator('details:has([data-testid="data-panel"])');
      if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('> summary').click();
      await page.getByTestId('data-panel-body').waitFor();
    },
  },
];

/** One line per offending element, so a failure says what to fix and where. */
function describeFindings(findings: readonly AxeFinding[]): string[] {
  return findings.flatMap((f) => f.nodes.map((n) => `${f.impact} ${f.rule} (${f.help}) at ${n.target}: ${n.summary}`));
}

describe('accessibility: axe finds no serious or critical violation', () => {
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

  async function open(screen: Screen, lang: Lang, mode: Mode): Promise<Page> {
    if (!browser) throw new Error('Chromium did not start');
    const page = await newPage(browser, { ...DESKTOP, locale: lang === 'id' ? 'id-ID' : 'en-GB' });
    page.setDefaultTimeout(20_000);
    pages.push(page);
    // The app follows the system colour setting until the person picks one.
    await page.emulateMedia({ colorScheme: mode });
    const query = new URLSearchParams({ ...screen.query, ...(lang === 'en' ? { lang: 'en' } : {}) });
    await page.goto(`${inject('appUrl')}?${query.toString()}`);
    await page.locator(screen.ready).first().waitFor();
    await screen.prepare?.(page);
    await chartsDrawn(page);
    await page.waitForFunction((dark) => document.documentElement.classList.contains('dark') === dark, mode === 'dark');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    return page;
  }

  describe.each([
    ['id', 'light'],
    ['id', 'dark'],
    ['en', 'light'],
    ['en', 'dark'],
  ] as const)('%s, %s mode', (lang, mode) => {
    it.each(SCREENS.map((s) => [s.name, s] as const))('%s', async (name, screen) => {
      const page = await open(screen, lang, mode);
      const findings = await blockingViolations(page);
      if (findings.length > 0) await screenshot(page, `a11y-${name}-${lang}-${mode}`);
      expect(describeFindings(findings)).toEqual([]);
      // The data-panel case loads a bad file on purpose; a refused file logs nothing either.
      expectNoConsoleErrors(page);
    });
  });
});
