#!/usr/bin/env node
// `npm run bench`: builds the app and a bare page (React + one Recharts bar chart), serves both on
// 127.0.0.1, drives headless Chromium and reports medians over several runs against the budgets of
// issue 6. Writes bench/results.json. Options: --runs N (default 5), --no-build (reuse the last build).
//
// How each figure is taken (all in the page, from performance.timeOrigin = navigation start):
// - first chart: the first `svg.recharts-surface` with bar rectangles (for ?data= runs: in a figure
//   whose text shows the loaded dataset), seen by a MutationObserver; the time is taken in a task
//   queued from the next requestAnimationFrame, i.e. just after that frame was painted.
// - JS/CSS bytes: every script and stylesheet response until the page is idle, read once it is idle
//   (reading them during the load slowed the load being timed) and gzipped here (level 6).
// - longest task: PerformanceObserver 'longtask', from navigation to 1 s after the first chart.
// - next visit with the 10× dataset saved: once the app has stored it, the app is opened again without
//   `?data=` in the same browser context; first chart and longest task as above (not a budget of its own).
// - interactions: the timeStamp of the trusted input event (keydown, pointerdown) to the paint after
//   the last DOM change it caused (rAF + task after the last mutation; "done" = 500 ms without
//   mutations). Event Timing (`type: 'event'`, durationThreshold 16) durations are recorded too.
// - PNG export: pointerdown on the PNG item to the download link's click() (the pipeline's last step).
/* global window, document, location, requestAnimationFrame, MutationObserver, HTMLAnchorElement */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { serveFolders } from './static-server.mjs';
import { writeNationalFiles } from './gen-national.mjs';
import { savedDatasetSource } from './saved-dataset.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(projectRoot, 'bench');
const dataDir = join(benchDir, 'data');
// Builds go under node_modules/.cache (as the e2e build does): out of git, lint and the developer's dist/.
const buildDir = join(projectRoot, 'node_modules', '.cache', 'rapor-bench');
const appDist = join(buildDir, 'app');
const bareDist = join(buildDir, 'bare');
const resultsFile = join(benchDir, 'results.json');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
// The most common office screen (1366 × 768). The prerendered first screen is drawn for windows at
// least 1300 px wide (src/app/prerender-gate.ts); the bare page gets the same window.
const VIEWPORT = { width: 1366, height: 768 };
/** A dataset's own text in its ranking figure (the source line), so the bundled data's chart does not count. */
const NATIONAL_MARKER = 'sintetis';
const STEP_TIMEOUT_MS = 60_000;
const QUIET_MS = 500;

export const BUDGETS = {
  jsCssRatio: 1.25,
  firstChartRatio: 0.5,
  dimensionsRatio: 1.5,
  nationalRatio: 2,
  national10xRatio: 3,
  national10xLongestTaskMs: 100,
  interactionMs: 100,
  pngExportMs: 300,
};

// ---------------------------------------------------------------------------------------------
// Arguments, Chromium, builds.

function parseArgs(argv) {
  const args = { runs: 5, build: true };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--runs') args.runs = Number(argv[++i]);
    else if (argv[i] === '--no-build') args.build = false;
    else throw new Error(`bench: unknown argument ${argv[i]} (use --runs N, --no-build)`);
  }
  if (!Number.isInteger(args.runs) || args.runs < 1 || args.runs > 50) throw new Error('bench: --runs takes 1–50');
  return args;
}

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const cache = join(projectRoot, 'node_modules', '.cache', 'rapor-chromium-path');
  if (existsSync(cache)) {
    const cached = readFileSync(cache, 'utf8').trim();
    if (cached) return cached;
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
      if (dir && existsSync(join(dir, name))) return join(dir, name);
    }
  }
  throw new Error('bench: no Chromium found; run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH');
}

async function buildBoth() {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    root: projectRoot,
    configFile: join(projectRoot, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: appDist, emptyOutDir: true },
  });
  await build({
    root: join(benchDir, 'bare'),
    configFile: false,
    mode: 'production',
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { target: 'es2022', sourcemap: false, outDir: bareDist, emptyOutDir: true },
  });
}

function ensureData() {
  if (existsSync(join(dataDir, 'national.json')) && existsSync(join(dataDir, 'national-10x.json'))) return;
  console.log('bench: generating bench/data (npm run gen:national) …');
  writeNationalFiles(dataDir);
}

// ---------------------------------------------------------------------------------------------
// In-page instrumentation, installed before any page script runs.

function instrument(marker) {
  const state = { firstChart: null, longTasks: [], events: [], interaction: null, downloadClick: null };
  Object.defineProperty(window, '__bench', { value: state });
  // The first document's time origin, kept across a navigation in the same tab (a link followed
  // before the page has hydrated is a new document): times since the person first opened the page.
  const origin = Number(sessionStorage.getItem('bench:origin') ?? performance.timeOrigin);
  sessionStorage.setItem('bench:origin', String(origin));
  state.sinceFirstOpen = (t) => t + performance.timeOrigin - origin;

  const observe = (type, options, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
        type,
        buffered: true,
        ...options,
      });
    } catch {
      // Entry type not supported: the figure stays empty.
    }
  };
  observe('longtask', {}, (e) => state.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('event', { durationThreshold: 16 }, (e) =>
    state.events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId ?? 0 }),
  );

  const afterNextPaint = (callback) => requestAnimationFrame(() => setTimeout(() => callback(performance.now()), 0));

  const chartDrawn = () => {
    for (const svg of document.querySelectorAll('svg.recharts-surface')) {
      if (!svg.querySelector('.recharts-bar-rectangle')) continue;
      if (!marker) return true;
      // A marker in brackets is the chart's own selector; otherwise a text of its figure.
      if (marker.startsWith('[')) {
        if (svg.closest(marker)) return true;
        continue;
      }
      const scope = svg.closest('figure') ?? document.body;
      if ((scope.textContent ?? '').includes(marker)) return true;
    }
    return false;
  };
  let checkQueued = false;
  let chartSeen = false;
  const onMutations = () => {
    const interaction = state.interaction;
    if (interaction && interaction.t0 !== null) {
      interaction.mutations += 1;
      interaction.lastMutation = performance.now();
      afterNextPaint((t) => {
        interaction.paintAfter = t;
      });
    }
    if (chartSeen || checkQueued) return;
    checkQueued = true;
    queueMicrotask(() => {
      checkQueued = false;
      if (chartSeen || !chartDrawn()) return;
      chartSeen = true;
      afterNextPaint((t) => {
        state.firstChart = t;
        performance.mark('bench:first-chart');
      });
    });
  };
  new MutationObserver(onMutations).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });

  // Interactions: `arm` names the trusted event that starts one.
  state.arm = (type) => {
    state.interaction = { type, t0: null, mutations: 0, lastMutation: null, paintAfter: null };
  };
  for (const type of ['keydown', 'pointerdown']) {
    window.addEventListener(
      type,
      (event) => {
        const interaction = state.interaction;
        if (interaction && interaction.type === type && interaction.t0 === null && event.isTrusted) {
          interaction.t0 = event.timeStamp;
        }
      },
      true,
    );
  }

  // Downloads go through a temporary link's click(); its time ends the export measurement.
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function benchClick() {
    if (this.hasAttribute('download')) state.downloadClick = performance.now();
    return click.call(this);
  };
}

// ---------------------------------------------------------------------------------------------
// Measurements.

async function openPage(browser, url, marker) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'id-ID', timezoneId: 'UTC' });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The responses are only noted here; their bodies are read once the page has settled (jsCssGzipBytes):
  // fetching and gzipping them during the load took CPU from the very load being timed.
  const assets = new Map();
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if ((type === 'script' || type === 'stylesheet') && response.status() === 200) {
      assets.set(response.url(), response);
    }
  });
  await page.addInitScript(instrument, marker);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench.firstChart !== null, undefined, { timeout: STEP_TIMEOUT_MS });
  const firstChartMs = await page.evaluate(() => window.__bench.firstChart);
  return { context, page, assets, errors, firstChartMs };
}

async function jsCssGzipBytes(page, assets) {
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(
    [...assets].map(([url, response]) =>
      response.body().then(
        (body) => gzipSync(body, { level: 6 }).length,
        (error) => {
          // A body that cannot be read would make (1) look smaller than it is: stop instead.
          throw new Error(`bench: could not read ${url} to count its bytes`, { cause: error });
        },
      ),
    ),
  );
  return { bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length };
}

async function measureLoad(browser, url, marker) {
  const opened = await openPage(browser, url, marker);
  const { bytes, files } = await jsCssGzipBytes(opened.page, opened.assets);
  return { ...opened, jsCssGzipBytes: bytes, jsCssFiles: files };
}

/**
 * The Dimensions view, its tab clicked as soon as it exists: from opening the page to its grouped bar
 * chart drawn. On the prerendered page the tab is a link in the HTML; followed before the app has
 * hydrated, it is a navigation to `?view=dimensions`, timed from the first page's start.
 */
async function dimensionsAtOnce(browser, base) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'id-ID', timezoneId: 'UTC' });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(instrument, '[data-testid="chart-dimension-bars"]');
  await page.goto(`${base}/app/`, { waitUntil: 'commit' });
  await page.locator('nav a[href*="view=dimensions"]').click();
  await page.waitForFunction(() => window.__bench.firstChart !== null, undefined, { timeout: STEP_TIMEOUT_MS });
  const ms = await page.evaluate(() => window.__bench.sinceFirstOpen(window.__bench.firstChart));
  await context.close();
  return { ms, errors };
}

/** Longest main-thread task from navigation until 1 s after the first chart. */
async function longestTask(page, firstChartMs) {
  await page.waitForTimeout(1000);
  return page.evaluate(
    (until) =>
      window.__bench.longTasks.filter((t) => t.start <= until).reduce((max, t) => Math.max(max, t.duration), 0),
    firstChartMs + 1000,
  );
}

/** Runs `act` (which must cause one trusted `eventType`) and times it to the paint after its last change. */
async function timeInteraction(page, eventType, act) {
  await waitForQuiet(page);
  await page.evaluate((type) => window.__bench.arm(type), eventType);
  await act();
  await page.waitForFunction(
    (quiet) => {
      const i = window.__bench.interaction;
      return i.t0 !== null && i.paintAfter !== null && performance.now() - (i.lastMutation ?? 0) > quiet;
    },
    QUIET_MS,
    { timeout: STEP_TIMEOUT_MS, polling: 50 },
  );
  return page.evaluate(() => {
    const { interaction, events } = window.__bench;
    const eventTiming = events
      .filter((e) => e.start >= interaction.t0 - 1)
      .reduce((max, e) => Math.max(max, e.duration), 0);
    window.__bench.interaction = null;
    return {
      ms: interaction.paintAfter - interaction.t0,
      eventTimingMs: eventTiming,
      mutations: interaction.mutations,
    };
  });
}

async function waitForQuiet(page) {
  await page.evaluate(
    (quiet) =>
      new Promise((resolveQuiet) => {
        let last = performance.now();
        const observer = new MutationObserver(() => {
          last = performance.now();
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        const check = () => {
          if (performance.now() - last > quiet) {
            observer.disconnect();
            resolveQuiet(undefined);
          } else setTimeout(check, 50);
        };
        check();
      }),
    QUIET_MS,
  );
}

async function changeYear(page) {
  const year = page.locator('[data-testid=filter-year]');
  const before = await year.inputValue();
  const result = await timeInteraction(page, 'keydown', async () => {
    await year.focus();
    await page.keyboard.press('ArrowUp');
  });
  const after = await year.inputValue();
  if (after === before) throw new Error('bench: the year did not change with ArrowUp on the year select');
  return result;
}

async function changeEntity(page) {
  const picker = page.locator('[data-testid=filter-entity]');
  const tag = await picker.evaluate((el) => el.tagName);
  if (tag === 'SELECT') {
    const before = await picker.inputValue();
    const result = await timeInteraction(page, 'keydown', async () => {
      await picker.focus();
      await page.keyboard.press('ArrowDown');
    });
    if ((await picker.inputValue()) === before) throw new Error('bench: the entity did not change');
    return result;
  }
  // A combobox (WAI-ARIA, filtered list): ArrowDown lists entities, type another one's full name, and
  // time the Enter that picks it.
  const current = await picker.inputValue();
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  const listId = await picker.getAttribute('aria-controls');
  const names = await page.evaluate(
    (id) => Array.from(document.querySelectorAll(`[id="${id}"] [role=option]`), (o) => o.textContent ?? ''),
    listId,
  );
  const target = names.find((n, i) => i >= Math.floor(names.length / 3) && n !== current);
  if (!target) throw new Error('bench: no other entity to pick');
  await picker.fill(target);
  const result = await timeInteraction(page, 'keydown', () => page.keyboard.press('Enter'));
  await page
    .waitForFunction(
      (name) => new URL(location.href).searchParams.get('entity') === name || document.title.includes(name),
      target,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  return result;
}

async function openCompare(page) {
  const link = page.getByRole('link', { name: 'Bandingkan' });
  return timeInteraction(page, 'pointerdown', () => link.click());
}

async function exportPng(page) {
  const figure = page.locator('figure', { has: page.locator('svg.recharts-surface .recharts-bar-rectangle') }).first();
  await figure.locator('button[aria-haspopup="true"]').click();
  await page.evaluate(() => {
    window.__bench.downloadClick = null;
    window.__bench.arm('pointerdown');
  });
  const started = Date.now();
  const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS });
  await page.locator('[data-export=png]').click();
  const file = await download;
  const wallMs = Date.now() - started;
  const inPage = await page.evaluate(() => {
    const { interaction, downloadClick } = window.__bench;
    return downloadClick !== null && interaction.t0 !== null ? downloadClick - interaction.t0 : null;
  });
  return { ms: inPage ?? wallMs, fileName: file.suggestedFilename() };
}

// ---------------------------------------------------------------------------------------------
// One run, medians, report.

/** Loads of the bare page and the app's overview; which goes first alternates between runs. */
async function measureBareAndApp(browser, base, appFirst) {
  const measureBare = async () => {
    const bare = await measureLoad(browser, `${base}/bare/`, null);
    await bare.context.close();
    return { firstChartMs: bare.firstChartMs, jsCssGzipBytes: bare.jsCssGzipBytes, jsCssFiles: bare.jsCssFiles };
  };
  const measureApp = async () => {
    const app = await measureLoad(browser, `${base}/app/`, null);
    const result = { firstChartMs: app.firstChartMs, jsCssGzipBytes: app.jsCssGzipBytes, jsCssFiles: app.jsCssFiles };
    const pngExport = await exportPng(app.page);
    const errors = [...app.errors];
    await app.context.close();
    return { app: result, pngExport, errors };
  };
  if (appFirst) {
    const app = await measureApp();
    return { bare: await measureBare(), ...app };
  }
  const bare = await measureBare();
  return { bare, ...(await measureApp()) };
}

async function oneRun(browser, base, index) {
  const run = await measureBareAndApp(browser, base, index % 2 === 1);
  const dimensions = await dimensionsAtOnce(browser, base);
  run.dimensions = { ms: dimensions.ms };
  run.errors.push(...dimensions.errors);

  const nationalUrl = `${base}/app/?data=${encodeURIComponent(`${base}/data/national.json`)}`;
  const national = await openPage(browser, nationalUrl, NATIONAL_MARKER);
  run.national = {
    firstChartMs: national.firstChartMs,
    longestTaskMs: await longestTask(national.page, national.firstChartMs),
  };
  run.interactions = {
    changeYear: await changeYear(national.page),
    changeEntity: await changeEntity(national.page),
    openCompare: await openCompare(national.page),
  };
  run.errors.push(...national.errors);
  await national.context.close();

  const tenUrl = `${base}/app/?data=${encodeURIComponent(`${base}/data/national-10x.json`)}`;
  const ten = await openPage(browser, tenUrl, NATIONAL_MARKER);
  run.national10x = { firstChartMs: ten.firstChartMs, longestTaskMs: await longestTask(ten.page, ten.firstChartMs) };
  run.reload10x = await reloadStored(ten.page, `${base}/app/`);
  run.errors.push(...ten.errors);
  await ten.context.close();
  return run;
}

/**
 * The next visit after loading the 10× dataset: the app opened without `?data=` shows the dataset it
 * saved (IndexedDB). Waits for the save to finish first.
 */
async function reloadStored(page, appUrl) {
  const savedSourceKind = async () => (await page.evaluate(savedDatasetSource))?.kind ?? null;
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while ((await savedSourceKind()) !== 'url') {
    if (Date.now() > deadline) throw new Error('bench: the 10× dataset was not saved');
    await page.waitForTimeout(250);
  }
  await page.goto(appUrl, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench.firstChart !== null, undefined, { timeout: STEP_TIMEOUT_MS });
  const firstChartMs = await page.evaluate(() => window.__bench.firstChart);
  return { firstChartMs, longestTaskMs: await longestTask(page, firstChartMs) };
}

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The q-quantile (0–1) by linear interpolation between the sorted values; unknowns ignored. */
export function quantile(values, q) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}

const round = (value, digits = 0) => (value === null ? null : Number(value.toFixed(digits)));

export function summarize(runs) {
  const m = (pick) => median(runs.map(pick));
  const s = {
    bare: { jsCssGzipBytes: m((r) => r.bare.jsCssGzipBytes), firstChartMs: m((r) => r.bare.firstChartMs) },
    app: { jsCssGzipBytes: m((r) => r.app.jsCssGzipBytes), firstChartMs: m((r) => r.app.firstChartMs) },
    dimensions: { ms: m((r) => r.dimensions?.ms) },
    national: { firstChartMs: m((r) => r.national.firstChartMs), longestTaskMs: m((r) => r.national.longestTaskMs) },
    national10x: {
      firstChartMs: m((r) => r.national10x.firstChartMs),
      longestTaskMs: m((r) => r.national10x.longestTaskMs),
    },
    reload10x: {
      firstChartMs: m((r) => r.reload10x?.firstChartMs),
      longestTaskMs: m((r) => r.reload10x?.longestTaskMs),
    },
    interactions: Object.fromEntries(
      ['changeYear', 'changeEntity', 'openCompare'].map((k) => [
        k,
        { ms: m((r) => r.interactions[k].ms), eventTimingMs: m((r) => r.interactions[k].eventTimingMs) },
      ]),
    ),
    pngExportMs: m((r) => r.pngExport.ms),
  };
  const ratio = (a, b) => (a === null || b === null || b === 0 ? null : a / b);
  s.ratios = {
    jsCss: round(ratio(s.app.jsCssGzipBytes, s.bare.jsCssGzipBytes), 2),
    firstChart: round(ratio(s.app.firstChartMs, s.bare.firstChartMs), 2),
    // Each against the bare page's first chart: what a person waits for, compared with the least there could be.
    dimensions: round(ratio(s.dimensions.ms, s.bare.firstChartMs), 2),
    national: round(ratio(s.national.firstChartMs, s.bare.firstChartMs), 2),
    national10x: round(ratio(s.national10x.firstChartMs, s.bare.firstChartMs), 2),
  };
  // The budget is judged on the medians; the spread of the runs' own ratios (each run loads the bare
  // page and the app back to back) shows how far one benchmark's figure can be trusted.
  const perRun = runs.map((r) => ratio(r.app.firstChartMs, r.bare.firstChartMs));
  s.firstChartRunRatios = {
    q1: round(quantile(perRun, 0.25), 2),
    median: round(quantile(perRun, 0.5), 2),
    q3: round(quantile(perRun, 0.75), 2),
  };
  const at = (value, limit) => value !== null && value <= limit;
  const under = (value, limit) => value !== null && value < limit;
  s.budgets = {
    '1 JS+CSS ≤ 1.25× bare': at(s.ratios.jsCss, BUDGETS.jsCssRatio),
    '2 first chart ≤ 0.5× bare': at(s.ratios.firstChart, BUDGETS.firstChartRatio),
    '2b Dimensions clicked at once ≤ 1.5× bare first chart': at(s.ratios.dimensions, BUDGETS.dimensionsRatio),
    '3a national first chart ≤ 2× bare': at(s.ratios.national, BUDGETS.nationalRatio),
    '3b 10× first chart ≤ 3× bare': at(s.ratios.national10x, BUDGETS.national10xRatio),
    '3c 10× no task > 100 ms': at(s.national10x.longestTaskMs, BUDGETS.national10xLongestTaskMs),
    '4 interactions < 100 ms': Object.values(s.interactions).every((i) => under(i.ms, BUDGETS.interactionMs)),
    '5 PNG export < 300 ms': under(s.pngExportMs, BUDGETS.pngExportMs),
  };
  return s;
}

function printReport(s, runs, seconds) {
  const kb = (b) => (b === null ? '—' : `${(b / 1024).toFixed(1)} KB`);
  const ms = (v) => (v === null ? '—' : `${Math.round(v)} ms`);
  const rows = [
    ['(1) initial JS+CSS, gzip', kb(s.app.jsCssGzipBytes), kb(s.bare.jsCssGzipBytes), `${s.ratios.jsCss}×`, '≤ 1.25×'],
    [
      '(2) first chart, bundled data',
      ms(s.app.firstChartMs),
      ms(s.bare.firstChartMs),
      `${s.ratios.firstChart}×`,
      '≤ 0.5×',
    ],
    [
      '(2) Dimensions, tab clicked at once',
      ms(s.dimensions.ms),
      ms(s.bare.firstChartMs),
      `${s.ratios.dimensions}×`,
      '≤ 1.5×',
    ],
    [
      '(3) first chart, national (?data=)',
      ms(s.national.firstChartMs),
      ms(s.bare.firstChartMs),
      `${s.ratios.national}×`,
      '≤ 2×',
    ],
    ['    longest task, national', ms(s.national.longestTaskMs), '', '', ''],
    [
      '(3) first chart, 10× national',
      ms(s.national10x.firstChartMs),
      ms(s.bare.firstChartMs),
      `${s.ratios.national10x}×`,
      '≤ 3×',
    ],
    ['    longest task, 10× national', ms(s.national10x.longestTaskMs), '', '', '≤ 100 ms'],
    ['    next visit, 10× saved: first chart', ms(s.reload10x.firstChartMs), '', '', ''],
    ['    next visit, 10× saved: longest task', ms(s.reload10x.longestTaskMs), '', '', ''],
    ['(4) change year (national)', ms(s.interactions.changeYear.ms), '', '', '< 100 ms'],
    ['(4) change entity (national)', ms(s.interactions.changeEntity.ms), '', '', '< 100 ms'],
    ['(4) open comparison (national)', ms(s.interactions.openCompare.ms), '', '', '< 100 ms'],
    ['(5) PNG export, ranking chart', ms(s.pngExportMs), '', '', '< 300 ms'],
  ];
  const header = ['measure (median)', 'app', 'bare', 'app/bare', 'budget'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join('  ');
  console.log(`\nRapor benchmark — ${runs} runs, medians (${seconds} s)\n`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const spread = s.firstChartRunRatios;
  console.log(`\n(2) app/bare in each run (quartiles): ${spread.q1}× · ${spread.median}× · ${spread.q3}×`);
  console.log('\nBudgets:');
  for (const [name, ok] of Object.entries(s.budgets)) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
  console.log(
    `\nEvent Timing (input → next paint, ≥16 ms recorded): year ${ms(s.interactions.changeYear.eventTimingMs)}, ` +
      `entity ${ms(s.interactions.changeEntity.eventTimingMs)}, compare ${ms(s.interactions.openCompare.eventTimingMs)}`,
  );
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  ensureData();
  if (args.build || !existsSync(join(appDist, 'index.html')) || !existsSync(join(bareDist, 'index.html'))) {
    console.log('bench: building the app and the bare page …');
    await buildBoth();
  }
  const { chromium } = await import('playwright-core');
  const server = await serveFolders({ mounts: { '/app/': appDist, '/bare/': bareDist, '/data/': dataDir } });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const runs = [];
  try {
    // Warm-up, not counted: the first pages a fresh browser opens are slower than the rest.
    await measureBareAndApp(browser, server.url, false);
    for (let i = 0; i < args.runs; i += 1) {
      const run = await oneRun(browser, server.url, i);
      runs.push(run);
      console.log(
        `run ${i + 1}/${args.runs}: app ${Math.round(run.app.firstChartMs)} ms, bare ${Math.round(run.bare.firstChartMs)} ms, ` +
          `national ${Math.round(run.national.firstChartMs)} ms, 10× ${Math.round(run.national10x.firstChartMs)} ms`,
      );
      if (run.errors.length > 0) console.warn(`  page errors: ${run.errors.join(' | ')}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const seconds = Math.round((performance.now() - started) / 1000);
  const summary = summarize(runs);
  printReport(summary, args.runs, seconds);
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(
    resultsFile,
    `${JSON.stringify({ date: new Date().toISOString(), runs: args.runs, seconds, budgets: BUDGETS, summary, perRun: runs }, null, 2)}\n`,
  );
  console.log(`\nwritten ${resultsFile}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  });
}
