// Offline: with the app open, the data loaded last stays on screen when the network goes, and after a
// reload with no network at all (the server stopped) the app shell comes from the service worker's
// cache and the data from IndexedDB, with its age stated. Updates: a new build's worker waits until
// the person reloads from the prompt (scripts/pwa.ts).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, consoleErrorsOf, expectNoConsoleErrors, launchBrowser, newPage, screenshot } from './support/browser';
import { e2eDistDir } from './support/global-setup';
import { loaded, text } from './support/page-helpers';
import { startStaticServer, type StaticServer } from './support/static-server';
import { savedDatasetSource } from '../../scripts/saved-dataset.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const KOTA_CONTOH_CSV = join(projectRoot, 'tests', 'fixtures', 'contoh-kota-2024.csv');
const DAY = 24 * 60 * 60 * 1000;

/** Rewrites when the stored dataset was loaded, as if the person had loaded it `days` ago. */
async function ageStoredDataset(page: Page, days: number): Promise<string> {
  return page.evaluate(async (ms) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('rapor');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error ?? new Error('open failed'));
    });
    const store = db.transaction('datasets', 'readwrite').objectStore('datasets');
    const stored = await new Promise<Record<string, unknown>>((done, fail) => {
      const get = store.get('last-dataset');
      get.onsuccess = () => done(get.result as Record<string, unknown>);
      get.onerror = () => fail(get.error ?? new Error('get failed'));
    });
    const loadedAt = new Date(Date.now() - ms).toISOString();
    await new Promise<void>((done, fail) => {
      const put = db
        .transaction('datasets', 'readwrite')
        .objectStore('datasets')
        .put({ ...stored, loadedAt }, 'last-dataset');
      put.onsuccess = () => done();
      put.onerror = () => fail(put.error ?? new Error('put failed'));
    });
    db.close();
    return loadedAt;
  }, days * DAY);
}

/** Whether the app has kept a dataset in IndexedDB for the next visit. */
async function hasStoredDataset(page: Page): Promise<boolean> {
  return (await page.evaluate(savedDatasetSource)) !== null;
}

describe('offline', () => {
  let browser: Browser | undefined;
  // A server of its own: this test stops it to take the network away for real.
  let server: StaticServer | undefined;
  const pages: Page[] = [];
  // Copies of the build that a test changes, as a new deployment would.
  const deployments: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(async () => {
    for (const page of pages.splice(0)) await page.context().close();
    await server?.close();
    server = undefined;
    for (const dir of deployments.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the last dataset on screen offline and after an offline reload, saying how old it is', async () => {
    if (!browser) throw new Error('Chromium did not start');
    server = await startStaticServer({ root: e2eDistDir });
    const page = await newPage(browser, DESKTOP);
    page.setDefaultTimeout(20_000);
    pages.push(page);
    await page.goto(server.url);
    await page.getByTestId('entity-score-value').waitFor();
    // The offline shell is installed (every file cached) once the service worker is active.
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state)))
      .toBe('activated');
    expect(await page.getByTestId('offline-notice').count()).toBe(0);

    await page.getByTestId('file-input').setInputFiles(KOTA_CONTOH_CSV);
    await loaded(page, 'Berkas contoh-kota-2024.csv');
    await expect.poll(() => hasStoredDataset(page)).toBe(true);

    // The network goes while the app is open: the data stays, and the page says it is offline.
    await page.context().setOffline(true);
    const notice = page.getByTestId('offline-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^Anda sedang luring; data dimuat .+ \(sekarang\)\./);
    expect(await text(page, 'entity-score-value')).toBe('81,92');

    // Three days later, with the server gone too, the app is opened again.
    await ageStoredDataset(page, 3);
    await server.close();
    server = undefined;
    await page.reload();
    await page.getByTestId('entity-score-value').waitFor();
    expect(await text(page, 'entity-score-value')).toBe('81,92');
    expect(await text(page, 'stat-weakest')).toContain('Contoh Dua');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /^Anda sedang luring; data dimuat .*2\d{3}.* \(3 hari yang lalu\)\. Data ini tetap dapat dibaca/,
    );
    const summary = page.locator('details:has([data-testid="data-panel"]) > summary');
    expect((await summary.innerText()).replace(/\s+/g, ' ')).toContain('Berkas contoh-kota-2024.csv');
    // The views load their code from the cache too.
    await page.getByRole('navigation', { name: 'Tampilan' }).getByRole('link', { name: 'Dimensi' }).click();
    await page.getByTestId('dimensions-none').waitFor();
    await screenshot(page, 'offline-reload');

    // Back online, the notice goes.
    await page.context().setOffline(false);
    await notice.waitFor({ state: 'detached' });
    // Requests that failed while offline are the only errors (the bundled data, say); none from the app.
    const appErrors = consoleErrorsOf(page).filter(
      (e) => !e.includes('ERR_INTERNET_DISCONNECTED') && !e.includes('Failed to load resource'),
    );
    expect(appErrors).toEqual([]);
  });

  it('opens offline after one visit on the bundled data, from the build’s own copy', async () => {
    if (!browser) throw new Error('Chromium did not start');
    server = await startStaticServer({ root: e2eDistDir });
    const page = await newPage(browser, DESKTOP);
    page.setDefaultTimeout(20_000);
    pages.push(page);
    await page.goto(server.url);
    const score = await text(page, 'entity-score-value');
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state)))
      .toBe('activated');
    // The first visit's data came before the worker: only the precached copy can answer offline.
    expect(await page.evaluate(() => caches.has('rapor-bundled-data'))).toBe(false);
    await server.close();
    server = undefined;
    await page.reload();
    expect(await text(page, 'entity-score-value')).toBe(score);
  });

  it('controls the page after install and precaches the app’s own files, the language chunks and the data', async () => {
    if (!browser) throw new Error('Chromium did not start');
    server = await startStaticServer({ root: e2eDistDir });
    const page = await newPage(browser, DESKTOP);
    pages.push(page);
    await page.goto(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.getByTestId('entity-score-value').waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // Workbox's precache, holding the app's own files, and the bundled data as last fetched; nothing
    // of a person's APIs.
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls = await Promise.all(
        names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)),
      );
      return { names: names.sort(), urls: urls.flat() };
    });
    expect(cached.names).toEqual(['rapor-bundled-data', expect.stringMatching(/^workbox-precache-v2-/)]);
    // The entry, preloaded by the prerendered page and started by its gate (scripts/prerender.mjs).
    const entry = /<link rel="modulepreload"[^>]* href="\.\/(assets\/index-[^"]+\.js)"/.exec(
      await readFile(join(e2eDistDir, 'index.html'), 'utf8'),
    )?.[1];
    expect(entry).toBeDefined();
    expect(cached.urls).toEqual(
      expect.arrayContaining([
        '/index.html',
        `/${entry}`,
        '/data/rapor-default.json',
        '/favicon.svg',
        '/manifest.webmanifest',
      ]),
    );
    // Both languages' words, for a person who switches language offline.
    for (const chunk of ['messages-en-', 'messages-id-later-', 'messages-en-later-']) {
      expect(cached.urls.some((u) => u.startsWith(`/assets/${chunk}`) && u.endsWith('.js'))).toBe(true);
    }
    expect(cached.urls).not.toContain('/sw.js');
    expectNoConsoleErrors(page);
  });

  it('has a worker that never takes over on its own: skipWaiting only when the page asks', async () => {
    const worker = await readFile(join(e2eDistDir, 'sw.js'), 'utf8');
    expect(worker).not.toContain('clientsClaim');
    expect(worker.match(/skipWaiting/g)).toHaveLength(1);
    expect(worker).toMatch(
      /addEventListener\("message",\w+=>\{\w+\.data&&"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)\}\)/,
    );
  });

  it('shows bundled data replaced in place in dist/ on the next visit, and that copy offline', async () => {
    if (!browser) throw new Error('Chromium did not start');
    const root = await mkdtemp(join(tmpdir(), 'rapor-data-'));
    deployments.push(root);
    await cp(e2eDistDir, root, { recursive: true });
    server = await startStaticServer({ root });
    const page = await newPage(browser, DESKTOP);
    page.setDefaultTimeout(20_000);
    pages.push(page);
    await page.goto(server.url);
    await page.getByTestId('entity-score-value').waitFor();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state)))
      .toBe('activated');

    // Other default data, copied over the file without a new build (sw.js unchanged).
    const NEW_TITLE = 'Data bawaan pengganti';
    const dataFile = join(root, 'data', 'rapor-default.json');
    const data = JSON.parse(await readFile(dataFile, 'utf8')) as { title: string };
    await writeFile(dataFile, JSON.stringify({ ...data, title: NEW_TITLE }));
    const header = page.locator('header');
    await page.reload();
    await page.getByTestId('entity-score-value').waitFor();
    expect(await header.innerText()).toContain(NEW_TITLE);

    await server.close();
    server = undefined;
    await page.reload();
    await page.getByTestId('entity-score-value').waitFor();
    expect(await header.innerText()).toContain(NEW_TITLE);
  });

  it('offers a new build in a prompt, and switches to it only when the person reloads', async () => {
    if (!browser) throw new Error('Chromium did not start');
    // A copy of the build, changed below as a new deployment would change it.
    const root = await mkdtemp(join(tmpdir(), 'rapor-update-'));
    deployments.push(root);
    await cp(e2eDistDir, root, { recursive: true });
    server = await startStaticServer({ root });
    const page = await newPage(browser, DESKTOP);
    page.setDefaultTimeout(20_000);
    pages.push(page);
    await page.goto(server.url);
    await page.getByTestId('entity-score-value').waitFor();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state)))
      .toBe('activated');
    const firstTitle = await page.title();
    // The first install is not an update: nothing to offer.
    expect(await page.getByTestId('update-prompt').count()).toBe(0);

    // The new build: another page, so another revision of it in sw.js.
    const NEW_TITLE = 'Rapor — build baru';
    const html = await readFile(join(root, 'index.html'), 'utf8');
    await writeFile(join(root, 'index.html'), html.replace(/<title>[^<]*<\/title>/, `<title>${NEW_TITLE}</title>`));
    const worker = await readFile(join(root, 'sw.js'), 'utf8');
    const newWorker = worker.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, '$1' + '0'.repeat(32) + '"');
    expect(newWorker).not.toBe(worker);
    await writeFile(join(root, 'sw.js'), newWorker);

    await page.reload();
    const prompt = page.getByTestId('update-prompt');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('Versi baru Rapor sudah diunduh.');
    // The new worker is installed and waits; the page still runs the build it opened with.
    const waitingState = () =>
      page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state ?? null));
    expect(await waitingState()).toBe('installed');
    await page.waitForTimeout(1000);
    expect(await waitingState()).toBe('installed');
    expect(await page.title()).toBe(firstTitle);
    await screenshot(page, 'update-prompt');

    await prompt.getByRole('button', { name: 'Muat ulang' }).click();
    await page.waitForFunction((title) => document.title === title, NEW_TITLE);
    await page.getByTestId('entity-score-value').waitFor();
    expect(await waitingState()).toBeNull();
    expect(await page.getByTestId('update-prompt').count()).toBe(0);
    expectNoConsoleErrors(page);
  });
});
