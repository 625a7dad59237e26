import { useEffect, useRef, useState } from 'react';

/** Calls `onWidth` with the element's width now and whenever it changes; returns the way to stop. */
export function watchWidth(element: HTMLElement, onWidth: (width: number) => void): () => void {
  onWidth(element.getBoundingClientRect().width);
  const observer = new ResizeObserver((entries) => {
    const entry = entries[0];
    if (entry) onWidth(entry.contentRect.width);
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/** The rendered width of an element, kept current as the window or layout changes. */
export function useElementWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    return element ? watchWidth(element, setWidth) : undefined;
  }, []);
  return [ref, width];
}
