import { useEffect, useRef, useState } from 'react';
import { watchWidth } from './useElementWidth';
import { useFixedChartWidth } from '../ui/prerender-context';

/** The width returned for a box wide enough that the layout does not depend on its exact width. */
export const WIDE = Number.POSITIVE_INFINITY;

/** A window at least this wide is taken to give the chart a wide box before it is measured. */
const WIDE_WINDOW = 700;

/**
 * For a chart that Recharts sizes to its box (`responsive`) but whose layout changes when the box is
 * narrow (a phone): the box's width while it is below `narrowBelow`, WIDE above it, and null until
 * known. On a wide window the answer is WIDE from the first render, so the chart is drawn in the
 * page's first render rather than after a measurement, and measuring a wide box renders nothing again.
 * Drawn at build time (a fixed chart width given, no layout to measure), the answer is WIDE.
 */
export function useNarrowWidth<T extends HTMLElement>(narrowBelow: number): [React.RefObject<T | null>, number | null] {
  const ref = useRef<T>(null);
  const fixed = useFixedChartWidth() !== undefined;
  const [width, setWidth] = useState<number | null>(() =>
    fixed || (typeof window !== 'undefined' && window.innerWidth >= WIDE_WINDOW) ? WIDE : null,
  );
  useEffect(() => {
    const element = ref.current;
    if (fixed || !element) return;
    return watchWidth(element, (measured) => setWidth(measured >= narrowBelow ? WIDE : measured));
  }, [narrowBelow, fixed]);
  return [ref, width];
}
