import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import { MeanLine } from './MeanLine';

/** A horizontal bar chart of a fixed size (jsdom lays nothing out): 0–100 over a 500 px plot. */
function chartWith(mean: number) {
  return (
    <BarChart
      width={600}
      height={300}
      data={[{ id: 'a', total: 97.55 }]}
      layout="vertical"
      margin={{ top: 10, right: 0, bottom: 0, left: 0 }}
    >
      <MeanLine value={mean} />
      <XAxis type="number" domain={[0, 100]} height={30} />
      <YAxis type="category" dataKey="id" width={100} />
      <Bar dataKey="total" isAnimationActive={false} />
    </BarChart>
  );
}

describe('MeanLine', () => {
  it('draws a dashed line at the value from the top of the plot to its bottom', () => {
    const { container } = render(chartWith(93.7));
    const line = container.querySelector('line.rapor-mean-line');
    expect(line).not.toBeNull();
    // Plot from x 100 to 600 (0–100): 93.7 sits at 100 + 5 × 93.7; from y 10 to 270 (300 − 30 axis).
    expect(Number(line!.getAttribute('x1'))).toBeCloseTo(568.5, 5);
    expect(line!.getAttribute('x2')).toBe(line!.getAttribute('x1'));
    expect(Number(line!.getAttribute('y1'))).toBe(10);
    expect(Number(line!.getAttribute('y2'))).toBe(270);
    expect(line!.getAttribute('stroke-dasharray')).toBe('5 4');
  });

  it('draws above the bars, though given before them', () => {
    const { container } = render(chartWith(50));
    const bar = container.querySelector('.recharts-bar-rectangle');
    const line = container.querySelector('line.rapor-mean-line');
    expect(bar).not.toBeNull();
    expect(bar!.compareDocumentPosition(line!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
