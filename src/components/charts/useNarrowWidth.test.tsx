import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { useNarrowWidth, WIDE } from './useNarrowWidth';

/** Renders the hook in a box and records the width of every render. */
function widthsRendered(window: number, box: number): (number | null)[] {
  vi.stubGlobal('innerWidth', window);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: box } as DOMRect);
  const seen: (number | null)[] = [];
  function Probe() {
    const [ref, width] = useNarrowWidth<HTMLDivElement>(556);
    seen.push(width);
    return <div ref={ref} />;
  }
  render(<Probe />);
  return seen;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('useNarrowWidth', () => {
  it('on a wide window says wide from the first render, and a wide measurement renders nothing again', () => {
    expect(widthsRendered(1280, 900)).toEqual([WIDE]);
  });

  it('gives the width of a box measured narrow on a wide window', () => {
    expect(widthsRendered(1280, 420)).toEqual([WIDE, 420]);
  });

  it('on a narrow window waits for the measurement, which says how narrow', () => {
    expect(widthsRendered(390, 326)).toEqual([null, 326]);
  });

  it('on a narrow window takes a box measured at or above the limit for wide', () => {
    expect(widthsRendered(390, 556)).toEqual([null, WIDE]);
  });
});
