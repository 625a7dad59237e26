// The dataset comes through the query cache once: switching the language or the view, or anything
// else that renders the page again, never downloads it again. Counted where the bytes are served.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startApiServer, type ApiServer } from '../support/api-server';
import { DESKTOP, expectNoConsoleErrors, launchBrowser, newPage } from './support/browser';

const BUNDLED_PATH = '/data/rapor-default.json';

/** The built app served through a proxy that counts the requests for each path. */
async function countingAppServer(appUrl: string) {
  const hits = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    void fetch(new URL(`.${request.url ?? '/'}`, appUrl)).then(async (answer) => {
      response.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? '' });
      response.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    hits: (path: string) => hits.get(path) ?? 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('one download per dataset', () => {
  let browser: Browser | undefined;
  let api: ApiServer;
  let app: Awaited<ReturnType<typeof countingAppServer>>;

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await startApiServer();
    app = await countingAppServer(inject('appUrl'));
  });

  afterAll(async () => {
    await browser?.close();
    await api.close();
    await app.close();
  });

  async function open(search: string): Promise<Page> {
    if (!browser) throw new Error('Chromium did not start');
    const page = await newPage(browser, { ...DESKTOP, serviceWorkers: 'block' });
    page.setDefaultTimeout(20_000);
    await page.goto(`${app.url}${search}`);
    await page.getByTestId('entity-score-value').waitFor();
    return page;
  }

  /** Switches the language there and back, opens two views, and changes the theme and the year. */
  async function useThePage(page: Page): Promise<void> {
    await page.getByTestId('lang-toggle').click();
    await page.getByRole('link', { name: 'Dimensions' }).waitFor();
    await page.getByRole('link', { name: 'Dimensions' }).click();
    await page.getByTestId('lang-toggle').click();
    await page.getByRole('link', { name: 'Tren' }).click();
    await page.getByRole('link', { name: 'Ringkasan' }).click();
    await page.getByTestId('theme-toggle').click();
    await page.getByTestId('entity-score-value').waitFor();
    // Long enough for a refetch the switches might have started to reach the server.
    await page.waitForTimeout(1_000);
  }

  it('fetches a ?data= URL exactly once, whatever the person switches', async () => {
    const path = '/json/batang-2024.json';
    const before = api.hits(path);
    const page = await open(`?data=${encodeURIComponent(`${api.url}${path}`)}`);
    expect(api.hits(path) - before).toBe(1);
    await useThePage(page);
    expect(api.hits(path) - before).toBe(1);
    expect(await page.getByTestId('entity-score-value').textContent()).toBe('93,74');
    expectNoConsoleErrors(page);
    await page.context().close();
  });

  it('fetches the bundled data exactly once, whatever the person switches', async () => {
    const before = app.hits(BUNDLED_PATH);
    const page = await open('');
    expect(app.hits(BUNDLED_PATH) - before).toBe(1);
    await useThePage(page);
    expect(app.hits(BUNDLED_PATH) - before).toBe(1);
    expectNoConsoleErrors(page);
    await page.context().close();
  });
});
