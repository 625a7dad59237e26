import { describe, expect, it } from 'vitest';
import { NAMED_IN_SENTENCE, shortList } from './short-list';

const others = (count: number) => `${count} lainnya`;

describe('shortList', () => {
  it('keeps a short list as it is', () => {
    expect(shortList(['A', 'B'], others)).toEqual(['A', 'B']);
    expect(shortList([], others)).toEqual([]);
  });

  it('names exactly the limit without a remainder', () => {
    const five = ['A', 'B', 'C', 'D', 'E'];
    expect(NAMED_IN_SENTENCE).toBe(5);
    expect(shortList(five, others)).toEqual(five);
  });

  it('names the first ones and counts the rest, in order', () => {
    expect(shortList(['A', 'B', 'C', 'D', 'E', 'F', 'G'], others)).toEqual(['A', 'B', 'C', 'D', 'E', '2 lainnya']);
    expect(shortList(['A', 'B', 'C'], others, 1)).toEqual(['A', '2 lainnya']);
  });
});
