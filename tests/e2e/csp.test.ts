// The built app carries a Content-Security-Policy that lets scripts come only from the app itself, and
// nothing the app does — every view, the unit detail, loading a file, exporting PNG, SVG and a ZIP of
// every chart — runs into it.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, expectNoConsoleErrors, launchBrowser, newPage } from './support/browser';
import { chartsDrawn, loaded } from './support/page-helpers';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const KOTA_CONTOH_CSV = join(projectRoot, 'tests', 'fixtures', 'contoh-kota-2024.csv');

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Collects every CSP violation the page reports, from before its first script runs. */
function recordViolations(): void {
  const seen: { directive: string; blocked: string; sample: string }[] = [];
  Object.defineProperty(window, '__cspViolations', { value: seen });
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
  });
}

async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy's directives as a map: `script-src` → `['self']`. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('Content-Security-Policy of the built app', () => {
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

  async function open(search = ''): Promise<Page> {
    if (!browser) throw new Error('Chromium did not start');
    const page = await newPage(browser, DESKTOP);
    page.setDefaultTimeout(20_000);
    pages.push(page);
    await page.context().addInitScript(recordViolations);
    await page.goto(`${inject('appUrl')}${search}`);
    await page.getByTestId('entity-score-value').waitFor();
    return page;
  }

  it('is in the page as a <meta> and allows scripts only from the app itself', async () => {
    const page = await open();
    const metas = page.locator('meta[http-equiv="Content-Security-Policy"]');
    expect(await metas.count()).toBe(1);
    const policy = directives((await metas.getAttribute('content')) ?? '');
    expect(policy.get('default-src')).toEqual(["'self'"]);
    // Scripts: the app's own files, and the prerendered page's gate (scripts/prerender.mjs) by its hash.
    const inline = await page.evaluate(() =>
      // (The bundled data as the build checked it is a data block: never run, so not a script to allow.)
      [...document.querySelectorAll('script:not([src]):not([type="application/json"])')].map(
        (script) => script.textContent ?? '',
      ),
    );
    expect(inline).toHaveLength(1);
    expect(policy.get('script-src')).toEqual(["'self'", sha256(inline[0] ?? '')]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    // Styles too: the app sets inline styles through the CSSOM, which the policy leaves alone; the
    // prerendered markup's style attributes are allowed by their hashes, each value and no other.
    const html = await (await fetch(inject('appUrl'))).text();
    const styleValues = [...new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map((match) => match[1] ?? ''))];
    expect(styleValues.length).toBeGreaterThan(0);
    expect(policy.get('style-src')?.slice(0, 2)).toEqual(["'self'", "'unsafe-hashes'"]);
    expect(new Set(policy.get('style-src')?.slice(2))).toEqual(new Set(styleValues.map(sha256)));
    // The policy comes before any script, or it would not cover them.
    expect(
      await page.evaluate(() => {
        const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
        const firstScript = document.querySelector('script');
        return meta !== null && firstScript !== null && (meta.compareDocumentPosition(firstScript) & 4) !== 0;
      }),
    ).toBe(true);

    // And it is enforced: an injected inline script does not run, and the refusal is reported.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
      await new Promise((settle) => setTimeout(settle, 50));
      return '__injected' in window;
    });
    expect(ran).toBe(false);
    await expect
      .poll(() => violations(page))
      .toEqual([expect.objectContaining({ directive: 'script-src-elem', blocked: 'inline' })]);
  });

  it('reports no violation through every view, a file load and PNG, SVG and ZIP exports', async () => {
    const page = await open();
    await page.getByTestId('file-input').setInputFiles(KOTA_CONTOH_CSV);
    await loaded(page, 'Berkas contoh-kota-2024.csv');
    await page.locator('details:has([data-testid="data-panel"]) > summary').click();
    await page.getByTestId('back-to-bundled').click();
    await expect.poll(() => page.getByTestId('entity-score-value').textContent()).toBe('93,74');

    const nav = page.getByRole('navigation', { name: 'Tampilan' });
    for (const view of ['Dimensi', 'Pembinaan', 'Tren', 'Bandingkan', 'Laporan', 'Ringkasan']) {
      await nav.getByRole('link', { name: view }).click();
      await page.locator('main figure, [data-testid="compare-empty"]').first().waitFor();
      await chartsDrawn(page);
    }

    // The unit detail dialog, from the ranking table.
    const ranking = page.getByTestId('chart-ranking');
    await ranking.getByRole('button', { name: 'Tampilkan tabel' }).click();
    await ranking.getByRole('button', { name: 'Dinas Sosial', exact: true }).click();
    await page.getByTestId('unit-detail').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('unit-detail').waitFor({ state: 'detached' });
    await ranking.getByRole('button', { name: 'Tampilkan diagram' }).click();
    await chartsDrawn(page);

    // A tooltip (styled inline by Recharts) under the pointer.
    const bar = ranking.locator('.recharts-bar-rectangle').first();
    await bar.hover();
    await ranking
      .locator('.recharts-tooltip-wrapper')
      .filter({ hasText: /\d,\d\d/ })
      .waitFor();

    // PNG and SVG of the ranking chart: the SVG is drawn into an <img> from a blob: URL with the font inline.
    for (const format of ['png', 'svg'] as const) {
      await ranking.getByRole('button', { name: /^Ekspor grafik/ }).click();
      const download = page.waitForEvent('download');
      await ranking.locator(`[data-export="${format}"]`).click();
      const file = await (await download).path();
      const content = await readFile(file);
      if (format === 'png') expect(content.subarray(1, 4).toString('latin1')).toBe('PNG');
      else expect(content.toString('utf8')).toContain('<svg');
    }

    // Every chart of the report as one ZIP.
    await nav.getByRole('link', { name: 'Laporan' }).click();
    await page.getByTestId('report').waitFor();
    await chartsDrawn(page);
    const zip = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('download-all-charts').click();
    expect((await zip).suggestedFilename()).toMatch(/\.zip$/);

    expect(await violations(page)).toEqual([]);
    expectNoConsoleErrors(page);
  });
});
