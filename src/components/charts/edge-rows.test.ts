import { describe, expect, it } from 'vitest';
import { CHART_EDGE_ROWS, CHART_MAX_FULL_ROWS, keepEdges } from './edge-rows';

const numbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
const shape = (items: ReturnType<typeof keepEdges<number>>['items']) =>
  items.map((item) => (item.kind === 'row' ? item.row : `gap ${item.hidden}`));

describe('keepEdges', () => {
  it('keeps every row of a short list', () => {
    const result = keepEdges(numbers(CHART_MAX_FULL_ROWS));
    expect(result.hidden).toBe(0);
    expect(shape(result.items)).toEqual(numbers(CHART_MAX_FULL_ROWS));
    expect(keepEdges([]).items).toEqual([]);
  });

  it('keeps the top and bottom of a long list with one gap between', () => {
    const result = keepEdges(numbers(60));
    expect(result.hidden).toBe(60 - 2 * CHART_EDGE_ROWS);
    expect(shape(result.items)).toEqual([
      ...numbers(CHART_EDGE_ROWS),
      `gap ${60 - 2 * CHART_EDGE_ROWS}`,
      ...numbers(CHART_EDGE_ROWS).map((n) => n + 60 - CHART_EDGE_ROWS),
    ]);
  });

  it('keeps a named row in the middle, splitting the gap around it', () => {
    const result = keepEdges(numbers(30), { edge: 3, maxFull: 10, keep: (n) => n === 15 });
    expect(shape(result.items)).toEqual([1, 2, 3, 'gap 11', 15, 'gap 12', 28, 29, 30]);
    expect(result.hidden).toBe(23);
  });

  it('never trims a list that the two ends would cover', () => {
    expect(keepEdges(numbers(7), { edge: 3, maxFull: 2 }).hidden).toBe(0);
    expect(keepEdges(numbers(8), { edge: 3, maxFull: 2 }).hidden).toBe(2);
  });
});
