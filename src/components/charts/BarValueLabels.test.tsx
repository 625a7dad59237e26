import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import { BarValueLabels, type BarValue } from './BarValueLabels';

const ROWS = [
  { id: 'a', total: 97.55 },
  { id: 'b', total: null },
  { id: 'c', total: 48.5 },
];

/** A horizontal bar chart of a fixed size (jsdom lays nothing out): 0–100 over a 500 px plot. */
function chartWith(bars: readonly BarValue[]) {
  return (
    <BarChart width={600} height={300} data={ROWS} layout="vertical" margin={{ top: 0, right: 0, bottom: 0, left: 0 }}>
      <XAxis type="number" domain={[0, 100]} height={30} />
      <YAxis type="category" dataKey="id" width={100} />
      <Bar dataKey="total" isAnimationActive={false} />
      <BarValueLabels bars={bars} />
    </BarChart>
  );
}

function labels(container: HTMLElement) {
  return [...container.querySelectorAll('.rapor-bar-values text')].map((text) => ({
    text: text.textContent,
    x: Number(text.getAttribute('x')),
    y: Number(text.getAttribute('y')),
  }));
}

describe('BarValueLabels', () => {
  it("prints each known value just past its bar's end, in the middle of its row", () => {
    const bars = ROWS.map((row) => ({ category: row.id, value: row.total, text: `${row.total}*` }));
    const { container } = render(chartWith(bars));
    const drawn = labels(container);
    // The bar without a value has no label; the others print their text.
    expect(drawn.map((label) => label.text)).toEqual(['97.55*', '48.5*']);
    // Plot from x 100 to 600: a value v ends at 100 + 5 v; the label starts 5 px further.
    expect(drawn[0]!.x).toBeCloseTo(100 + 5 * 97.55 + 5, 5);
    expect(drawn[1]!.x).toBeCloseTo(100 + 5 * 48.5 + 5, 5);
    // Rows of 90 px (270 px of plot, three rows): middles at 45 and 225.
    expect(drawn[0]!.y).toBeCloseTo(45, 5);
    expect(drawn[1]!.y).toBeCloseTo(225, 5);
  });

  it('draws above the bars', () => {
    const { container } = render(chartWith([{ category: 'a', value: 97.55, text: '97,55' }]));
    const bar = container.querySelector('.recharts-bar-rectangle');
    const label = container.querySelector('.rapor-bar-values text');
    expect(bar).not.toBeNull();
    expect(label).not.toBeNull();
    expect(bar!.compareDocumentPosition(label!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('skips a category the chart does not have', () => {
    const { container } = render(chartWith([{ category: 'not-in-chart', value: 50, text: '50,00' }]));
    expect(labels(container)).toEqual([]);
  });
});
