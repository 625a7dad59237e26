import { describe, expect, it } from 'vitest';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import { renderWithI18n } from '../../testing/render';
import { GradeBands } from './GradeBands';
import type { ScoreBand } from './UnitRankingChart';
import { GRADED_BANDS as GRADED } from '../../testing/score-bands';

const ZONES_ONLY: ScoreBand[] = [
  { min: 0, max: 50.99, zone: 'merah' },
  { min: 50.99, max: 80.99, zone: 'kuning' },
  { min: 80.99, max: 100, zone: 'hijau' },
];

/** A horizontal bar chart of a fixed size (jsdom lays nothing out) with the bands behind it. */
function chartWith(bands: readonly ScoreBand[]) {
  return (
    <BarChart width={600} height={200} data={[{ name: 'Dinsos', total: 95.07 }]} layout="vertical">
      <GradeBands bands={bands} />
      <XAxis type="number" domain={[0, 100]} />
      <YAxis type="category" dataKey="name" width={100} />
      <Bar dataKey="total" isAnimationActive={false} />
    </BarChart>
  );
}

function drawnBands(container: HTMLElement) {
  const group = container.querySelector('.rapor-grade-bands');
  const rects = [...(group?.querySelectorAll('rect') ?? [])];
  const names = [...(group?.querySelectorAll('text') ?? [])].map((t) => t.textContent);
  return { rects, names };
}

describe('GradeBands', () => {
  it('draws every band side by side across the plot, named by grade, behind the bars', () => {
    const { container } = renderWithI18n(chartWith(GRADED));
    const { rects, names } = drawnBands(container);
    expect(names).toEqual(['E', 'D', 'C', 'B', 'A']);
    const xs = rects.map((r) => Number(r.getAttribute('x')));
    const widths = rects.map((r) => Number(r.getAttribute('width')));
    // Adjacent: each band starts where the one before it ends; widths in proportion to the scores (32 : 22).
    for (let i = 1; i < rects.length; i++) expect(xs[i]).toBeCloseTo(xs[i - 1]! + widths[i - 1]!, 5);
    expect(widths[0]! / widths[1]!).toBeCloseTo(32 / 22, 5);
    // Drawn before (under) the bars.
    const bar = container.querySelector('.recharts-bar-rectangle');
    expect(bar).not.toBeNull();
    expect(rects[0]!.compareDocumentPosition(bar!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('names zone-only bands (up to 2021) by their zone, in the page language', () => {
    expect(drawnBands(renderWithI18n(chartWith(ZONES_ONLY)).container).names).toEqual(['Merah', 'Kuning', 'Hijau']);
  });
});
