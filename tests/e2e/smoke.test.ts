import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, PHONE, expectNoConsoleErrors, launchBrowser, newPage, screenshot } from './support/browser';

describe('smoke: the built app opens', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('shows the app shell on %s without console errors', async (name, viewport) => {
    if (!browser) throw new Error('Chromium did not start');
    const page = await newPage(browser, { ...viewport, locale: 'id-ID' });
    await page.goto(inject('appUrl'));

    expect(await page.title()).toContain('Rapor');
    await page.locator('[data-testid="app-shell"]').waitFor({ state: 'attached', timeout: 15_000 });

    await screenshot(page, `smoke-${name}`);
    expectNoConsoleErrors(page);
    await page.context().close();
  });
});
