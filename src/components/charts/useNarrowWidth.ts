import { useEffect, useRef, useState } from 'react';
import { watchWidth } from './useElementWidth';

/** The width returned for a box wide enough that the layout does not depend on its exact width. */
export const WIDE = Number.POSITIVE_INFINITY;

/** A window at least this wide is taken to give the chart a wide box before it is measured. */
const WIDE_WINDOW = 700;

/**
 * For a chart that Recharts sizes to its box (`responsive`) but whose layout changes when the box is
 * narrow (a phone): the box's width while it is below `narrowBelow`, WIDE above it, and null until
 * known. On a wide window the answer is WIDE from the first render, so the chart is drawn in the
 * page's first render rather than after a measurement, and measuring a wide box renders nothing again.
 */
export function useNarrowWidth<T extends HTMLElement>(narrowBelow: number): [React.RefObject<T | null>, number | null] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(() =>
    typeof window !== 'undefined' && window.innerWidth >= WIDE_WINDOW ? WIDE : null,
  );
  useEffect(() => {
    const element = ref.current;
    return element ? watchWidth(element, (measured) => setWidth(measured >= narrowBelow ? WIDE : measured)) : undefined;
  }, [narrowBelow]);
  return [ref, width];
}
