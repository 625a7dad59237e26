// Chromium helpers for the end-to-end tests, over playwright-core and the system Chromium
// found by scripts/ensure-chromium.mjs.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const chromiumPathCache = join(projectRoot, 'node_modules', '.cache', 'rapor-chromium-path');
export const artifactsDir = join(projectRoot, 'tests', 'e2e', 'artifacts');

export interface Viewport {
  width: number;
  height: number;
}

export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 390, height: 844 };

export function chromiumExecutablePath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync(chromiumPathCache)) {
    const cached = readFileSync(chromiumPathCache, 'utf8').trim();
    if (cached) return cached;
  }
  throw new Error('No Chromium known: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH.');
}

// Quiet, offline-ish Chromium: no update checks, sync or QUIC that could make a run flaky or slow.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A headless Chromium; `launch` gives it a fresh temporary profile each time. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutablePath(), headless: true, args: CHROMIUM_ARGS });
}

export interface NewPageOptions extends Viewport {
  locale?: string;
  /** 'block': no service worker (its own fetches of the app's files would count as the page's). */
  serviceWorkers?: 'allow' | 'block';
}

// Errors seen per page, so a test can assert none happened after it has driven the page.
const consoleErrors = new WeakMap<Page, string[]>();

/** A page in its own context that records every console error and uncaught page error. */
export async function newPage(browser: Browser, options: NewPageOptions = DESKTOP): Promise<Page> {
  const { width, height, locale = 'id-ID', serviceWorkers = 'allow' } = options;
  // Downloads are kept (Playwright's default, stated so the export tests can rely on it).
  const context = await browser.newContext({
    viewport: { width, height },
    locale,
    timezoneId: 'UTC',
    acceptDownloads: true,
    serviceWorkers,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A failed resource load says only "404"; the location names the resource.
    const { url } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return page;
}

/** The console and page errors `page` has collected so far. */
export function consoleErrorsOf(page: Page): readonly string[] {
  return consoleErrors.get(page) ?? [];
}

/** Fails the test if `page` logged a console error or threw an uncaught error. */
export function expectNoConsoleErrors(page: Page): void {
  expect(consoleErrorsOf(page), 'console/page errors in the browser').toEqual([]);
}

/** Saves a full-page PNG to tests/e2e/artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
