// Reading the built app the way a person does: visible text, chart labels paired with their values,
// the bar under a label, the query string. Shared by the end-to-end test files.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Recharts may draw new data a frame after React commits it: read a chart until it settles. */
export const POLL = { timeout: 5_000, interval: 100 };

/**
 * The values printed at the ends of a bar chart's bars: Recharts' LabelList, or the ranking chart's own
 * labels (BarValueLabels). On a phone the ranking chart's unit names are a LabelList too (rapor-bar-name).
 */
export const VALUE_LABELS = '.recharts-label-list text:not(.rapor-bar-name), .rapor-bar-values text';

/** The text of the element with `testId`, trimmed. */
export async function text(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).textContent()) ?? '').trim();
}

/**
 * What a sighted reader sees in an element: its text without the screen-reader-only additions
 * (`.sr-only`), whitespace collapsed. "▼ 79,39", not "▼ 79,39 (di bawah rata-rata instansi)".
 */
export async function visibleText(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Each row of a table section (`thead`, `tbody`, `tfoot`) as the visible text of its cells. */
export async function tableSectionRows(table: Locator, section: 'thead' | 'tbody' | 'tfoot'): Promise<string[][]> {
  // A table's code may be fetched when it is first shown: read it once it is there.
  await table.waitFor();
  return table.locator(`${section} tr`).evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => {
        const copy = cell.cloneNode(true) as Element;
        for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      }),
    ),
  );
}

/** Waits for "Data dari <source> berhasil dimuat." — the person's confirmation. */
export async function loaded(page: Page, source: string): Promise<void> {
  await page
    .getByTestId('load-status')
    .filter({ hasText: `Data dari ${source} berhasil dimuat.` })
    .waitFor();
}

/** The value of a query parameter in the address bar, or null. */
export function urlParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/**
 * A horizontal bar chart as read: each unit's name (an axis label, its tspans joined by a space, or on
 * a phone the name above its bar) with the value printed at the end of its bar, top to bottom.
 * Switches the card back from its table first.
 */
export async function barChartRows(page: Page, chartTestId: string): Promise<[string, string][]> {
  const chart = page.getByTestId(chartTestId);
  const showChart = chart.getByRole('button', { name: /Tampilkan diagram|Show chart/ });
  if ((await showChart.count()) > 0) await showChart.click();
  await chart.locator(VALUE_LABELS).first().waitFor();
  return chart.evaluate((figure, valueLabels) => {
    const middle = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.top + box.height / 2;
    };
    const labelOf = (el: Element) => {
      const spans = [...el.querySelectorAll('tspan')].map((s) => s.textContent ?? '');
      const joined = el.querySelector('tspan + tspan') ? spans.join(' ') : (el.textContent ?? '');
      return joined.replace(/\s+/g, ' ').trim();
    };
    // On a phone the unit names are drawn above the bars (text.rapor-bar-name) instead of on an axis.
    const values = [...figure.querySelectorAll(valueLabels)].map((el) => ({
      y: middle(el),
      value: el.textContent ?? '',
    }));
    return [...figure.querySelectorAll('.recharts-yAxis-tick-labels text, text.rapor-bar-name')]
      .map((el) => ({ y: middle(el), label: labelOf(el) }))
      .sort((a, b) => a.y - b.y)
      .map(({ y, label }, i, labels): [string, string] => {
        // A value is level with its name (on an axis) or below it (a name above its bar), and above the
        // next name; a row without a value (a gap row) gets ''.
        const next = labels[i + 1]?.y ?? Number.POSITIVE_INFINITY;
        const value = values.find((v) => v.y >= y - 6 && v.y < next - 6);
        return [label, value?.value ?? ''];
      });
  }, VALUE_LABELS);
}

/** The screen point in the middle of the bar drawn beside the y-axis label `label`. */
export async function barCentre(page: Page, chartTestId: string, label: string): Promise<{ x: number; y: number }> {
  const chart = page.getByTestId(chartTestId);
  await chart.locator('.recharts-bar-rectangle').first().waitFor();
  const point = await chart.evaluate((figure, wanted) => {
    const middle = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    const tick = [...figure.querySelectorAll('.recharts-yAxis-tick-labels text, text.rapor-bar-name')].find(
      (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim() === wanted,
    );
    if (!tick) return null;
    const y = middle(tick.getBoundingClientRect()).y;
    const bar = [...figure.querySelectorAll('.recharts-bar-rectangle')].reduce<Element | null>(
      (best, candidate) =>
        best === null ||
        Math.abs(middle(candidate.getBoundingClientRect()).y - y) < Math.abs(middle(best.getBoundingClientRect()).y - y)
          ? candidate
          : best,
      null,
    );
    if (!bar) return null;
    // Mouse events land only inside the window: bring the bar there first.
    bar.scrollIntoView({ block: 'center', inline: 'center' });
    return middle(bar.getBoundingClientRect());
  }, label);
  if (!point) throw new Error(`no bar labelled “${label}” in ${chartTestId}`);
  return point;
}

/**
 * Waits until every chart card on screen has drawn: an SVG with a size and at least one mark in it.
 * A card showing its table instead counts as drawn.
 */
export async function chartsDrawn(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.locator('main figure [data-chart-area]').evaluateAll((charts) =>
          charts.every((chart) => {
            const svg = chart.querySelector('svg.recharts-surface');
            if (!svg) return chart.querySelector('.recharts-wrapper') === null && chart.textContent !== '';
            const box = svg.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && svg.querySelector('path, rect') !== null;
          }),
        ),
      { timeout: 10_000, interval: 100 },
    )
    .toBe(true);
}

/** How many CSS pixels the page is wider than the window (0 when nothing sticks out sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * The WCAG contrast ratio of each matched element's text against the background it sits on (its own
 * background colour, else the nearest ancestor's that is not transparent), with the element's text.
 */
export async function textContrast(locator: Locator): Promise<{ text: string; ratio: number }[]> {
  return locator.evaluateAll((elements) => {
    const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (colour: string) => {
      const [r = 0, g = 0, b = 0] = channels(colour).map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const backgroundOf = (element: Element): string => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (channels(colour)[3] !== 0) return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    return elements.map((element) => {
      const ink = luminance(getComputedStyle(element).color);
      const ground = luminance(backgroundOf(element));
      const ratio = (Math.max(ink, ground) + 0.05) / (Math.min(ink, ground) + 0.05);
      return { text: (element.textContent ?? '').trim(), ratio: Math.round(ratio * 100) / 100 };
    });
  });
}
