// The analysis views in the built app, opened by URL the way a shared link opens them: overview,
// dimensions, coaching, trends and compare, on the bundled data and on a dataset with several
// entities and years. Expected numbers come from the data files through the domain functions, and
// are read off the screen in id-ID format (93,70), as a person reads them.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  dimensionMeans,
  dimensionsOf,
  rankUnits,
  sortByTotal,
  summarizeEntity,
  unitsOf,
  weakestUnit,
} from '../../src/domain/aggregate';
import { coachingPlan, defaultCoachingRule, type CoachingPlan } from '../../src/domain/coaching';
import type { CoachingRule } from '../../src/domain/coaching-rule';

const DEFAULT_COACHING_RULE = defaultCoachingRule(2024).rule;
import { compareKeysToParam } from '../../src/domain/compare-keys';
import type { Dataset, Score, UnitRecord } from '../../src/domain/model';
import { isBelowMean, roundTo } from '../../src/domain/stats';
import { entityTrend, peerRanking, unitTrends } from '../../src/domain/trends';
import { validateDataset } from '../../src/domain/validate';
import { createFormatters } from '../../src/lib/format';
import { startApiServer } from '../support/api-server';
import type { ApiServer } from '../support/api-server';
import { DESKTOP, PHONE, expectNoConsoleErrors, launchBrowser, newPage, screenshot } from './support/browser';
import type { NewPageOptions } from './support/browser';
import {
  POLL,
  barCentre,
  barChartRows,
  chartsDrawn,
  horizontalOverflow,
  loaded,
  tableSectionRows,
  text,
  textContrast,
  urlParam,
  visibleText,
} from './support/page-helpers';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUNDLED = datasetFrom(join(root, 'public', 'data', 'rapor-default.json'));
const MULTI_YEAR_FILE = 'jateng-multi-year.json';
const MULTI = datasetFrom(join(root, 'tests', 'fixtures', MULTI_YEAR_FILE));

const BATANG = 'Kabupaten Batang';
const JATENG = 'Provinsi Jawa Tengah';
const YEAR = 2024;
const fmt = createFormatters('id');
const fmtEn = createFormatters('en');

const VIEWS = ['overview', 'dimensions', 'coaching', 'trends', 'compare'] as const;
type View = (typeof VIEWS)[number];

/** An element each view shows once it has rendered its data. */
const READY: Record<View, string> = {
  overview: '[data-testid="entity-score-value"]',
  dimensions: '[data-testid="dimension-heatmap"], [data-testid="dimensions-none"]',
  coaching: '[data-testid="coaching-rule"]',
  trends: '[data-testid="chart-entity-trend"], [data-testid="entity-trend-single"]',
  compare: '[data-testid="compare-result"], [data-testid="compare-empty"]',
};

function datasetFrom(path: string): Dataset {
  const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${path} is not a valid dataset: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

const shortName = (r: UnitRecord): string => r.unitShort ?? r.unit;
const marked = (value: Score, below: boolean): string => `${below ? '▼ ' : ''}${fmt.score(value)}`;

function batangUnits(ds: Dataset = BUNDLED, year = YEAR, unitType?: string): UnitRecord[] {
  return unitsOf(ds, { institution: BATANG, year, ...(unitType ? { unitType } : {}) });
}

function ranked(ds: Dataset, institution: string, year: number, unitType?: string) {
  const mean = summarizeEntity(ds, institution, year).computedMean;
  return rankUnits(unitsOf(ds, { institution, year, ...(unitType ? { unitType } : {}) }), { mean });
}

/** The ranking chart as the overview draws it: "▼ " before a unit below the mean, and its total. */
function expectedRankingRows(ds: Dataset, institution: string, year: number, unitType?: string) {
  return ranked(ds, institution, year, unitType).map((r): [string, string] => [
    `${r.belowMean ? '▼ ' : ''}${shortName(r.record)}`,
    fmt.score(r.total),
  ]);
}

function plan(rule: CoachingRule, ds: Dataset = BUNDLED, institution = BATANG, year = YEAR) {
  return coachingPlan(ds, { institution, year }, rule);
}

/** The heatmap body as read: unit, each dimension and the total, "▼ " where below the entity mean. */
function expectedHeatmapBody(ds: Dataset, institution: string, year: number): string[][] {
  const dims = dimensionsOf(ds);
  const units = unitsOf(ds, { institution, year });
  const means = dimensionMeans(dims, units);
  const meanTotal = summarizeEntity(ds, institution, year).computedMean;
  return sortByTotal(units).map((u) => [
    shortName(u),
    ...dims.map((d) => {
      const score = u.dimensions[d.key] ?? null;
      return marked(score, isBelowMean(score, means[d.key] ?? null));
    }),
    marked(u.total, isBelowMean(u.total, meanTotal)),
  ]);
}

/** Each coaching card as read: the unit, its total, and its focus dimensions with their effect. */
async function coachingCards(page: Page): Promise<{ unit: string; total: string; focus: string[][] }[]> {
  const result: { unit: string; total: string; focus: string[][] }[] = [];
  for (const card of await page.getByTestId('coaching-card').all()) {
    const table = card.getByTestId('focus-table');
    result.push({
      unit: await visibleText(card.locator('h3 button')),
      total: await visibleText(card.getByTestId('card-total')),
      focus: (await table.count()) > 0 ? await tableSectionRows(table, 'tbody') : [],
    });
  }
  return result;
}

/** The cards a coaching plan should show, in its order. */
function expectedCards(coaching: CoachingPlan) {
  return coaching.items.map((item) => ({
    unit: shortName(item.record),
    total: fmt.score(item.total),
    focus: item.focus.map((f) => [
      f.label,
      fmt.percent((f.share ?? 0) * 100),
      fmt.score(f.score),
      fmt.score(f.mean),
      fmt.score(f.gap),
      `${fmt.signed(f.effect)} poin`,
    ]),
  }));
}

/** The entity's name as the peer chart's axis shortens it. */
const peerAxisName = (name: string): string => name.replace(/^Kabupaten /u, 'Kab. ').replace(/^Provinsi /u, 'Prov. ');

/** Body text needs 4.5:1 against its background (WCAG AA). */
const READABLE = 4.5;

/** Every paragraph, table cell, heading and figure in the view reaches READABLE contrast. */
async function expectReadableText(page: Page, view: string): Promise<void> {
  const checked = await textContrast(page.locator('main :is(p, td, th, dd, dt, h2, h3, h4, li, label)'));
  expect(checked.length).toBeGreaterThan(0);
  for (const { text: words, ratio } of checked) {
    expect(ratio, `${view}: “${words.slice(0, 60)}”`).toBeGreaterThanOrEqual(READABLE);
  }
}

describe('analysis views: what a person reads', () => {
  let browser: Browser | undefined;
  let api: ApiServer;
  const pages: Page[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await startApiServer();
  });

  afterEach(async () => {
    for (const page of pages.splice(0)) await page.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await api.close();
  });

  async function blankPage(options: NewPageOptions = DESKTOP): Promise<Page> {
    if (!browser) throw new Error('Chromium did not start');
    const page = await newPage(browser, options);
    page.setDefaultTimeout(20_000);
    pages.push(page);
    return page;
  }

  /** Opens the app at `?<query>` on the bundled data and waits for `view` to show its data. */
  async function open(view: View, query = '', options: NewPageOptions = DESKTOP): Promise<Page> {
    const page = await blankPage(options);
    await page.goto(`${inject('appUrl')}?view=${view}${query ? `&${query}` : ''}`);
    await page.locator(READY[view]).first().waitFor();
    return page;
  }

  /** The multi-year dataset from the API server: `?data=<url>&view=…`, as a shared link would carry it. */
  function multiYearUrl(): string {
    return `${api.url}/json/${MULTI_YEAR_FILE}`;
  }

  async function openMultiYear(view: View, query = '', options: NewPageOptions = DESKTOP): Promise<Page> {
    const page = await blankPage(options);
    const data = multiYearUrl();
    await page.goto(`${inject('appUrl')}?data=${encodeURIComponent(data)}&view=${view}${query ? `&${query}` : ''}`);
    await loaded(page, `API ${data}`);
    await page.locator(READY[view]).first().waitFor();
    return page;
  }

  describe('overview', () => {
    it('shows the entity score, grade, the summary and ▼ on exactly the units below the mean', async () => {
      const page = await open('overview', `year=${YEAR}&entity=${encodeURIComponent(BATANG)}`);
      const summary = summarizeEntity(BUNDLED, BATANG, YEAR);
      const flagged = ranked(BUNDLED, BATANG, YEAR)
        .filter((r) => r.belowMean)
        .reverse()
        .map((r) => shortName(r.record));
      // The story the press told, which the computed figures must keep telling.
      expect(flagged).toEqual(['Disdikbud', 'Puskesmas Batang III']);
      expect(fmt.score(summary.computedMean)).toBe('93,70');

      expect(await text(page, 'entity-score-value')).toBe(fmt.score(summary.score));
      const card = page.getByTestId('entity-score');
      const letter = summary.level?.level.grade ?? '';
      expect(await card.getByLabel(`Opini ${letter}`).textContent()).toBe(letter);
      expect(await card.textContent()).toContain('Kualitas Tertinggi');
      expect(await card.textContent()).toContain('Zona Hijau');
      expect(await text(page, 'overview-summary')).toBe(
        `${flagged.length} dari ${summary.unitCount} unit perlu pembinaan: ${fmt.list(flagged)}.`,
      );

      await expect
        .poll(() => barChartRows(page, 'chart-ranking'), POLL)
        .toEqual(expectedRankingRows(BUNDLED, BATANG, YEAR));
      const rows = await barChartRows(page, 'chart-ranking');
      expect(rows.filter(([label]) => label.startsWith('▼')).map(([label]) => label)).toEqual([
        '▼ Puskesmas Batang III',
        '▼ Disdikbud',
      ]);
      // Colour backs the mark up: the same two bars, and only they, are drawn in the flag colour.
      const chart = page.getByTestId('chart-ranking');
      expect(await chart.locator('.recharts-bar-rectangle path[fill="var(--chart-bar-flagged)"]').count()).toBe(2);
      const legend = await visibleText(chart.locator('figcaption'));
      expect(legend).toContain(`Rata-rata ${fmt.score(summary.computedMean)}`);
      expect(legend).toContain('Rata-rata 93,70');
      expectNoConsoleErrors(page);
    });

    it('opens a unit’s detail from its bar, with its total and focus dimensions; Escape closes it', async () => {
      const page = await open('overview');
      const disdikbud = batangUnits().find((u) => u.unitShort === 'Disdikbud');
      const item = plan(DEFAULT_COACHING_RULE).items.find((i) => i.record.unit === disdikbud?.unit);
      if (!disdikbud || !item) throw new Error('Disdikbud is not flagged in the bundled data');

      const { x, y } = await barCentre(page, 'chart-ranking', '▼ Disdikbud');
      await page.mouse.click(x, y);
      const dialog = page.getByTestId('unit-detail');
      await dialog.waitFor();
      expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
      expect(urlParam(page, 'unit')).toBe(disdikbud.unit);

      expect(await visibleText(dialog.locator('h2'))).toBe(`${disdikbud.unit} (Disdikbud)`);
      expect(await text(page, 'unit-detail-total')).toBe(fmt.score(disdikbud.total));
      expect(await page.getByTestId('unit-detail-focus').locator('li').allTextContents()).toEqual(
        item.focus.map(
          (f) =>
            `${f.label}: ${fmt.score(f.gap)} poin di bawah rata-rata; menaikkannya ke rata-rata menambah nilai total ${fmt.signed(f.effect)} poin.`,
        ),
      );
      expect(item.focus.map((f) => f.label).sort()).toEqual(['Input', 'Pengaduan']);
      await screenshot(page, 'views-unit-detail-desktop');

      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(urlParam(page, 'unit')).toBeNull();
      expect(urlParam(page, 'view')).toBe('overview');
      expectNoConsoleErrors(page);
    });
  });

  describe('dimensions', () => {
    it('shows the heatmap with the bundled scores, weights in the headers, and the weakest unit’s radar', async () => {
      const page = await open('dimensions', `year=${YEAR}&entity=${encodeURIComponent(BATANG)}`);
      const dims = dimensionsOf(BUNDLED);
      const units = batangUnits();
      const means = dimensionMeans(dims, units);
      const meanTotal = summarizeEntity(BUNDLED, BATANG, YEAR).computedMean;
      const heatmap = page.getByTestId('dimension-heatmap');

      expect((await tableSectionRows(heatmap.locator('table'), 'thead'))[0]).toEqual([
        'Unit',
        ...dims.map((d) => `${d.label} · ${fmt.percent(d.weight)}`),
        'Nilai total',
      ]);
      const body = await tableSectionRows(heatmap.locator('table'), 'tbody');
      expect(body).toEqual(expectedHeatmapBody(BUNDLED, BATANG, YEAR));
      // The bundled file's Disdikbud: Input 79,39 and Pengaduan 80,19 under the entity's means.
      expect(body.find((row) => row[0] === 'Disdikbud')).toEqual([
        'Disdikbud',
        '▼ 79,39',
        '96,40',
        '95,90',
        '▼ 80,19',
        '▼ 89,07',
      ]);
      expect(await tableSectionRows(heatmap.locator('table'), 'tfoot')).toEqual([
        ['Rata-rata instansi', ...dims.map((d) => fmt.score(means[d.key])), fmt.score(meanTotal)],
      ]);
      const lowest = [...dims].sort((a, b) => (means[a.key] ?? 0) - (means[b.key] ?? 0))[0];
      expect(await text(page, 'dimensions-summary')).toBe(
        `Dimensi dengan rata-rata instansi terendah: ${lowest?.label} (${fmt.score(means[lowest?.key ?? ''])}).`,
      );

      const note = heatmap.getByTestId('illustrative-note');
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toBe('Nilai dimensi bersifat ilustratif (contoh), bukan angka resmi Ombudsman.');

      // Grouped bars: one bar per unit and dimension, none of them zero-length.
      const bars = page.getByTestId('chart-dimension-bars');
      await chartsDrawn(page);
      expect(await bars.locator('.recharts-bar-rectangle').count()).toBe(units.length * dims.length);

      const weakest = weakestUnit(units);
      const radar = page.getByTestId('chart-dimension-radar');
      expect(await page.getByTestId('radar-unit-picker').inputValue()).toBe(weakest?.unit);
      expect(await page.getByTestId('radar-unit-picker').locator('option:checked').textContent()).toBe(
        `${weakest ? shortName(weakest) : ''} (terendah)`,
      );
      expect(await radar.locator('h3 + p').textContent()).toBe(
        `${weakest?.unit} dibandingkan dengan rata-rata ${BATANG}, ${YEAR} · Penilaian Kepatuhan`,
      );
      expect(await radar.locator('.recharts-radar').count()).toBe(2);

      // One click from the heatmap to a unit's detail.
      await heatmap.getByRole('button', { name: 'Puskesmas Batang III' }).click();
      await page.getByTestId('unit-detail').waitFor();
      expect(await text(page, 'unit-detail-total')).toBe(
        fmt.score(units.find((u) => u.unit === 'Puskesmas Batang III')?.total),
      );
      await page.getByTestId('unit-detail').getByRole('button', { name: 'Tutup' }).click();
      await page.getByTestId('unit-detail').waitFor({ state: 'detached' });
      expect(urlParam(page, 'unit')).toBeNull();
      expectNoConsoleErrors(page);
    });

    it('says that a totals-only entity has no dimension scores, and draws nothing', async () => {
      const page = await open('dimensions', `entity=${encodeURIComponent(JATENG)}`);
      expect(unitsOf(BUNDLED, { institution: JATENG, year: YEAR })).toEqual([]);
      expect(await text(page, 'dimensions-none')).toBe(
        `Tidak ada nilai per dimensi untuk ${JATENG} tahun ${YEAR}. Nilai total ada di tampilan Ringkasan.`,
      );
      expect(await page.locator('main svg.recharts-surface').count()).toBe(0);
      expect(await page.locator('main figure').count()).toBe(0);
      expect(await page.getByTestId('dimension-heatmap').count()).toBe(0);
      expectNoConsoleErrors(page);
    });
  });

  describe('coaching', () => {
    it('flags Disdikbud and Puskesmas Batang III by default, with Input and Pengaduan as their focus', async () => {
      const page = await open('coaching');
      const defaultPlan = plan(DEFAULT_COACHING_RULE);
      expect(defaultPlan.items.map((i) => shortName(i.record)).sort()).toEqual(['Disdikbud', 'Puskesmas Batang III']);
      for (const item of defaultPlan.items)
        expect(item.focus.map((f) => f.label).sort()).toEqual(['Input', 'Pengaduan']);

      expect(await page.getByRole('radio', { name: 'Di bawah rata-rata instansi' }).isChecked()).toBe(true);
      expect(await visibleText(page.getByTestId('coaching-mean'))).toContain(
        `Rata-rata instansi yang dipakai aturan: ${fmt.score(defaultPlan.entityMean)}`,
      );
      const names = defaultPlan.items.map((i) => shortName(i.record));
      expect(await text(page, 'coaching-summary')).toBe(
        `${names.length} dari 6 unit perlu pembinaan menurut aturan nilai di bawah rata-rata instansi (${fmt.score(defaultPlan.entityMean)}): ${fmt.list(names)}.`,
      );
      expect(await coachingCards(page)).toEqual(expectedCards(plan(DEFAULT_COACHING_RULE)));
      expect((await coachingCards(page)).map((c) => c.focus.map(([dimension]) => dimension))).toEqual(
        defaultPlan.items.map((i) => i.focus.map((f) => f.label)),
      );
      expectNoConsoleErrors(page);
    });

    it('flags the units below a target given in the URL (rule=target&target=95)', async () => {
      const page = await open('coaching', 'rule=target&target=95');
      const rule: CoachingRule = { kind: 'belowTarget', target: 95 };
      const below95 = batangUnits().filter((u) => (u.total ?? 100) < 95);
      expect(below95.length).toBe(3);

      expect(await page.getByRole('radio', { name: 'Di bawah target nilai' }).isChecked()).toBe(true);
      expect(await page.getByRole('textbox', { name: 'Target nilai' }).inputValue()).toBe('95');
      const shown = await coachingCards(page);
      expect(shown).toEqual(expectedCards(plan(rule)));
      expect(shown.map((c) => c.unit).sort()).toEqual(below95.map(shortName).sort());
      const names = plan(rule).items.map((i) => shortName(i.record));
      expect(await text(page, 'coaching-summary')).toBe(
        `3 dari 6 unit perlu pembinaan menurut aturan nilai di bawah target 95,00: ${fmt.list(names)}.`,
      );
      await screenshot(page, 'views-coaching-target-95');
      expectNoConsoleErrors(page);
    });

    it('flags the lowest N given in the URL (rule=lowest&n=3)', async () => {
      const page = await open('coaching', 'rule=lowest&n=3');
      const rule: CoachingRule = { kind: 'lowestN', n: 3 };
      const lowest3 = sortByTotal(batangUnits()).slice(-3).map(shortName).sort();

      expect(await page.getByRole('radio', { name: 'Unit dengan nilai terendah' }).isChecked()).toBe(true);
      expect(await page.getByRole('textbox', { name: 'Jumlah unit' }).inputValue()).toBe('3');
      const shown = await coachingCards(page);
      expect(shown).toEqual(expectedCards(plan(rule)));
      expect(shown.map((c) => c.unit).sort()).toEqual(lowest3);
      expect(await text(page, 'coaching-summary')).toContain(
        '3 dari 6 unit perlu pembinaan menurut aturan 3 unit dengan nilai terendah',
      );
      expectNoConsoleErrors(page);
    });

    it('puts a rule chosen on screen into the URL, and keeps it across a reload', async () => {
      const page = await open('coaching');
      await page.getByRole('radio', { name: 'Unit dengan nilai terendah' }).check();
      await page.getByRole('textbox', { name: 'Jumlah unit' }).fill('3');
      await expect.poll(() => urlParam(page, 'n')).toBe('3');
      expect(urlParam(page, 'rule')).toBe('lowest');
      const before = await coachingCards(page);
      expect(before).toEqual(expectedCards(plan({ kind: 'lowestN', n: 3 })));

      await page.reload();
      await page.locator(READY.coaching).first().waitFor();
      expect(await page.getByRole('radio', { name: 'Unit dengan nilai terendah' }).isChecked()).toBe(true);
      expect(await page.getByRole('textbox', { name: 'Jumlah unit' }).inputValue()).toBe('3');
      expect(await coachingCards(page)).toEqual(before);
      expectNoConsoleErrors(page);
    });
  });

  describe('trends', () => {
    it('on the bundled data: Batang 2023→2024, and Batang ranked among the 2024 entities', async () => {
      const page = await open('trends');
      const trend = entityTrend(BUNDLED, BATANG).filter((p) => p.score !== null);
      const first = trend[0];
      const last = trend.at(-1);
      if (!first || !last) throw new Error('Batang has no trend in the bundled data');
      const change = roundTo((last.score ?? 0) - (first.score ?? 0), 2);
      const peers = peerRanking(BUNDLED, YEAR);
      const own = peers.find((p) => p.name === BATANG);
      expect(fmt.score(change)).toBe('2,24');

      expect(await text(page, 'trend-summary')).toBe(
        `${BATANG} naik ${fmt.score(change)} poin, dari ${fmt.score(first.score)} (${first.year}) menjadi ${fmt.score(last.score)} (${last.year}). ` +
          `Pada ${YEAR}, ${BATANG} berada di peringkat ${own?.rank} dari ${peers.length} instansi dalam data ini.`,
      );
      expect(await text(page, 'trend-summary')).toContain('naik 2,24 poin');

      await expect
        .poll(() => barChartRows(page, 'chart-peers'), POLL)
        .toEqual(
          peers.map((p): [string, string] => [
            `${p.name === BATANG ? '▶ ' : ''}${p.rank}. ${peerAxisName(p.name)}`,
            `${fmt.score(p.score)}${p.reported ? '' : '*'}`,
          ]),
        );
      // Emphasised by mark, weight and colour: only Batang.
      const chart = page.getByTestId('chart-peers');
      const bold = await chart.locator('.recharts-yAxis-tick-labels text[font-weight="700"]').allTextContents();
      expect(bold).toEqual([`▶ ${own?.rank}. Kab. Batang`]);
      expect(await chart.locator('.recharts-bar-rectangle path[fill="var(--chart-peer-selected)"]').count()).toBe(1);
      expect(await visibleText(chart.locator('figcaption'))).toContain('▶ Kabupaten Batang (dipilih)');

      // No unit of the bundled data spans two years: a sentence instead of an empty chart.
      expect(unitTrends(BUNDLED, BATANG)).toEqual([]);
      expect(await page.getByTestId('unit-trend-none').locator('p').textContent()).toBe(
        `Belum ada unit ${BATANG} yang tercatat di lebih dari satu tahun pada data ini, jadi tren per unit belum dapat digambar.`,
      );
      expectNoConsoleErrors(page);
    });

    it('on the multi-year dataset: a line per unit, with a point for each of its years', async () => {
      const page = await openMultiYear('trends', `entity=${encodeURIComponent(BATANG)}`);
      const series = unitTrends(MULTI, BATANG);
      expect(series.some((s) => s.points.length > 1)).toBe(true);
      const trend = entityTrend(MULTI, BATANG);
      const first = trend[0];
      const last = trend.at(-1);
      if (!first || !last) throw new Error('Batang has no trend in the multi-year fixture');
      const change = roundTo((last.score ?? 0) - (first.score ?? 0), 2);
      expect(await text(page, 'trend-summary')).toContain(
        `${BATANG} ${change >= 0 ? 'naik' : 'turun'} ${fmt.score(Math.abs(change))} poin, dari ${fmt.score(first.score)} (${first.year}) menjadi ${fmt.score(last.score)} (${last.year}).`,
      );

      await chartsDrawn(page);
      const entityChart = page.getByTestId('chart-entity-trend');
      expect(await entityChart.locator('.recharts-line-dots > *').count()).toBe(trend.length);

      const unitChart = page.getByTestId('chart-unit-trend');
      const lines = unitChart.locator('path.recharts-line-curve');
      expect(await lines.evaluateAll((paths) => paths.map((p) => p.getAttribute('name')))).toEqual(
        series.map((s) => s.unitShort ?? s.unit),
      );
      for (const s of series) {
        const label = s.unitShort ?? s.unit;
        const dots = await unitChart.locator(`path.recharts-line-dot[name="${label}"]`).count();
        expect(dots, label).toBe(s.points.filter((p) => p.total !== null).length);
      }
      const legend = await unitChart.locator('figcaption li button').allTextContents();
      expect(legend).toEqual(series.map((s) => s.unitShort ?? s.unit));
      expectNoConsoleErrors(page);
    });
  });

  describe('the multi-year dataset, each view by URL (Kota Magelang 2021, zones only)', () => {
    const MAGELANG = 'Kota Magelang';
    const YEAR_2021 = 2021;
    const query = `entity=${encodeURIComponent(MAGELANG)}&year=${YEAR_2021}`;

    it('overview: the units’ mean with its zone (no letter grades before 2022) and the ranking', async () => {
      const page = await openMultiYear('overview', query);
      const summary = summarizeEntity(MULTI, MAGELANG, YEAR_2021);
      expect(summary.level?.level.grade).toBeUndefined();

      expect(await text(page, 'entity-score-value')).toBe(fmt.score(summary.computedMean));
      const card = page.getByTestId('entity-score');
      expect(await card.textContent()).toContain('Zona Kuning');
      expect(await card.getByLabel(/^Opini /).count()).toBe(0);
      await expect
        .poll(() => barChartRows(page, 'chart-ranking'), POLL)
        .toEqual(expectedRankingRows(MULTI, MAGELANG, YEAR_2021));
      expectNoConsoleErrors(page);
    });

    it('dimensions: the heatmap of that entity and year', async () => {
      const page = await openMultiYear('dimensions', query);
      expect(await tableSectionRows(page.getByTestId('dimension-heatmap').locator('table'), 'tbody')).toEqual(
        expectedHeatmapBody(MULTI, MAGELANG, YEAR_2021),
      );
      expectNoConsoleErrors(page);
    });

    it('coaching: the units below that entity’s mean, with their focus', async () => {
      const page = await openMultiYear('coaching', query);
      const coaching = plan(DEFAULT_COACHING_RULE, MULTI, MAGELANG, YEAR_2021);
      expect(coaching.items.length).toBeGreaterThan(0);
      expect(await coachingCards(page)).toEqual(expectedCards(coaching));
      expectNoConsoleErrors(page);
    });

    it('trends: the entity from its first to its last year, and a line per unit', async () => {
      const page = await openMultiYear('trends', query);
      const trend = entityTrend(MULTI, MAGELANG);
      const first = trend[0];
      const last = trend.at(-1);
      if (!first || !last) throw new Error('Magelang has no trend in the multi-year fixture');
      const change = roundTo((last.score ?? 0) - (first.score ?? 0), 2);
      expect(await text(page, 'trend-summary')).toContain(
        `${MAGELANG} naik ${fmt.score(change)} poin, dari ${fmt.score(first.score)} (${first.year}) menjadi ${fmt.score(last.score)} (${last.year}).`,
      );
      await chartsDrawn(page);
      expect(await page.getByTestId('chart-unit-trend').locator('path.recharts-line-curve').count()).toBe(
        unitTrends(MULTI, MAGELANG).length,
      );
      expectNoConsoleErrors(page);
    });

    it('compare: one unit over three years, each year’s total', async () => {
      const unit = 'Dinas Kependudukan dan Pencatatan Sipil';
      const years = [2021, 2022, 2023];
      const param = compareKeysToParam(years.map((year) => ({ institution: MAGELANG, year, unit })));
      const page = await openMultiYear('compare', `${query}&compare=${encodeURIComponent(param)}`);
      const result = page.getByTestId('compare-result');
      await result.waitFor();
      const shown = await visibleText(result);
      for (const year of years) {
        const total = unitsOf(MULTI, { institution: MAGELANG, year }).find((u) => u.unit === unit)?.total ?? null;
        expect(shown, String(year)).toContain(fmt.score(total));
      }
      await chartsDrawn(page);
      await screenshot(page, 'views-multi-compare-desktop');
      expectNoConsoleErrors(page);
    });
  });

  describe('filters and links', () => {
    it('changes year, entity and unit type through the selects; the URL carries them to a new page', async () => {
      const page = await open('overview');
      const year = page.getByTestId('filter-year');
      const entity = page.getByTestId('filter-entity');
      const type = page.getByTestId('filter-type');

      await year.selectOption('2023');
      expect(urlParam(page, 'year')).toBe('2023');
      await expect
        .poll(() => text(page, 'entity-score-value'))
        .toBe(fmt.score(summarizeEntity(BUNDLED, BATANG, 2023).score));
      expect(await page.getByText('Instansi ini hanya memiliki nilai resmi, tanpa rincian unit.').isVisible()).toBe(
        true,
      );

      await year.selectOption(String(YEAR));
      await entity.selectOption('Kabupaten Wonogiri');
      expect(urlParam(page, 'entity')).toBe('Kabupaten Wonogiri');
      await expect
        .poll(() => text(page, 'entity-score-value'))
        .toBe(fmt.score(summarizeEntity(BUNDLED, 'Kabupaten Wonogiri', YEAR).score));

      await entity.selectOption(BATANG);
      await type.selectOption('puskesmas');
      expect(urlParam(page, 'type')).toBe('puskesmas');
      const puskesmas = expectedRankingRows(BUNDLED, BATANG, YEAR, 'puskesmas');
      expect(puskesmas.map(([label]) => label)).toEqual(['Puskesmas Batang I', '▼ Puskesmas Batang III']);
      await expect.poll(() => barChartRows(page, 'chart-ranking'), POLL).toEqual(puskesmas);

      await page.getByRole('link', { name: 'Dimensi' }).click();
      await page.getByTestId('dimension-heatmap').waitFor();
      expect(urlParam(page, 'view')).toBe('dimensions');
      const heatmapUnits = async (p: Page) =>
        (await tableSectionRows(p.getByTestId('dimension-heatmap').locator('table'), 'tbody')).map((row) => row[0]);
      expect(await heatmapUnits(page)).toEqual(sortByTotal(batangUnits(BUNDLED, YEAR, 'puskesmas')).map(shortName));
      await page.getByTestId('dimension-heatmap').getByRole('button', { name: 'Puskesmas Batang III' }).click();
      await page.getByTestId('unit-detail').waitFor();

      // The copied link: the same view, filters and open unit in a fresh browser context.
      const link = page.url();
      expect(new URL(link).searchParams.get('unit')).toBe('Puskesmas Batang III');
      const copy = await blankPage();
      await copy.goto(link);
      await copy.getByTestId('dimension-heatmap').waitFor();
      expect(await copy.getByTestId('filter-year').inputValue()).toBe(String(YEAR));
      expect(await copy.getByTestId('filter-entity').inputValue()).toBe(BATANG);
      expect(await copy.getByTestId('filter-type').inputValue()).toBe('puskesmas');
      expect(await copy.getByRole('link', { name: 'Dimensi' }).getAttribute('aria-current')).toBe('page');
      expect(await heatmapUnits(copy)).toEqual(await heatmapUnits(page));
      await copy.getByTestId('unit-detail').waitFor();
      expect(await text(copy, 'unit-detail-total')).toBe(await text(page, 'unit-detail-total'));
      await screenshot(copy, 'views-link-reopened');
      expectNoConsoleErrors(page);
      expectNoConsoleErrors(copy);
    });
  });

  describe('tooltips', () => {
    it('shows the exact total of a hovered bar in the ranking chart', async () => {
      const page = await open('overview');
      const disdikbud = batangUnits().find((u) => u.unitShort === 'Disdikbud');
      const { x, y } = await barCentre(page, 'chart-ranking', '▼ Disdikbud');
      await page.mouse.move(x, y);
      const tooltip = page.getByTestId('chart-ranking').locator('.recharts-tooltip-wrapper');
      await tooltip.filter({ hasText: 'Dinas Pendidikan dan Kebudayaan' }).waitFor();
      expect(await tooltip.locator('strong').textContent()).toBe(fmt.score(disdikbud?.total));
      expect(await tooltip.locator('strong').textContent()).toBe('89,07');
      expect(await visibleText(tooltip)).toContain('▼ perlu pembinaan');
      await screenshot(page, 'views-tooltip-ranking');
      expectNoConsoleErrors(page);
    });

    it('shows the exact score of a hovered entity in the peer chart', async () => {
      const page = await open('trends');
      const own = peerRanking(BUNDLED, YEAR).find((p) => p.name === BATANG);
      const { x, y } = await barCentre(page, 'chart-peers', `▶ ${own?.rank}. Kab. Batang`);
      await page.mouse.move(x, y);
      const tooltip = page.getByTestId('chart-peers').locator('.recharts-tooltip-wrapper');
      await tooltip.filter({ hasText: BATANG }).waitFor();
      expect(await tooltip.locator('strong').textContent()).toBe(fmt.score(own?.score));
      expectNoConsoleErrors(page);
    });
  });

  it('speaks English with ?lang=en: coaching labels and 93.70', async () => {
    const page = await open('coaching', 'lang=en');
    const defaultPlan = plan(DEFAULT_COACHING_RULE);
    const names = defaultPlan.items.map((i) => shortName(i.record));

    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('link', { name: 'Coaching' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('group', { name: 'Rule for flagging units' }).isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Below the entity mean' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Below a target score' }).isChecked()).toBe(false);
    expect(fmtEn.score(defaultPlan.entityMean)).toBe('93.70');
    expect(await visibleText(page.getByTestId('coaching-mean'))).toContain('Entity mean used by the rule: 93.70');
    expect(await text(page, 'coaching-summary')).toBe(
      `2 of 6 units need coaching under the rule “below the entity mean (93.70)”: ${fmtEn.list(names)}.`,
    );
    const firstFocus = defaultPlan.items[0]?.focus[0];
    const firstCard = page.getByTestId('coaching-card').first();
    expect((await tableSectionRows(firstCard.getByTestId('focus-table'), 'thead'))[0]).toEqual([
      'Dimension',
      'Weight',
      'Unit score',
      'Entity mean',
      'Below the mean',
      'Effect on the total',
    ]);
    expect((await tableSectionRows(firstCard.getByTestId('focus-table'), 'tbody'))[0]?.at(-1)).toBe(
      `${fmtEn.signed(firstFocus?.effect)} points`,
    );
    await screenshot(page, 'views-coaching-en');
    expectNoConsoleErrors(page);
  });

  describe('dark mode', () => {
    it('follows the system setting until toggled', async () => {
      const page = await blankPage();
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${inject('appUrl')}?view=overview`);
      await page.locator(READY.overview).waitFor();
      expect(await page.locator('html').getAttribute('class')).toContain('dark');
      await page.getByTestId('theme-toggle').click();
      expect((await page.locator('html').getAttribute('class')) ?? '').not.toContain('dark');
      expectNoConsoleErrors(page);
    });

    it('toggles dark mode and keeps every view readable', async () => {
      const page = await open('overview');
      const toggle = page.getByTestId('theme-toggle');
      expect((await page.locator('html').getAttribute('class')) ?? '').not.toContain('dark');
      await toggle.click();
      await expect.poll(() => page.locator('html').getAttribute('class')).toContain('dark');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      const shellBackground = await page
        .getByTestId('app-shell')
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(shellBackground).not.toBe('rgb(255, 255, 255)');
      await expectReadableText(page, 'overview');

      const compare = compareKeysToParam(
        [
          'Dinas Pendidikan dan Kebudayaan',
          'Puskesmas Batang III',
          'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
        ].map((unit) => ({ institution: BATANG, year: YEAR, unit })),
      );
      for (const view of VIEWS) {
        await page.goto(
          `${inject('appUrl')}?view=${view}${view === 'compare' ? `&compare=${encodeURIComponent(compare)}` : ''}`,
        );
        await page.locator(READY[view]).first().waitFor();
        expect(await page.locator('html').getAttribute('class'), view).toContain('dark');
        await chartsDrawn(page);
        await expectReadableText(page, view);
        await screenshot(page, `views-dark-${view}-desktop`);
      }
      expectNoConsoleErrors(page);
    });
  });

  describe('screenshots', () => {
    const compare = compareKeysToParam(
      [
        'Dinas Pendidikan dan Kebudayaan',
        'Puskesmas Batang III',
        'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      ].map((unit) => ({ institution: BATANG, year: YEAR, unit })),
    );
    const widths = [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const;

    it.each(VIEWS.flatMap((view) => widths.map(([name, viewport]) => [view, name, viewport] as const)))(
      'bundled data, %s view at %s width: drawn, nothing sticking out sideways',
      async (view, name, viewport) => {
        const page = await open(view, view === 'compare' ? `compare=${encodeURIComponent(compare)}` : '', viewport);
        await chartsDrawn(page);
        expect(await horizontalOverflow(page)).toBe(0);
        await expectReadableText(page, view);
        await screenshot(page, `views-${view}-${name}`);
        expectNoConsoleErrors(page);
      },
    );

    it.each(
      (['trends', 'dimensions'] as const).flatMap((view) =>
        widths.map(([name, viewport]) => [view, name, viewport] as const),
      ),
    )('multi-year dataset, %s view at %s width', async (view, name, viewport) => {
      const page = await openMultiYear(view, `entity=${encodeURIComponent(BATANG)}`, viewport);
      await chartsDrawn(page);
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, `views-multi-${view}-${name}`);
      expectNoConsoleErrors(page);
    });
  });
});
