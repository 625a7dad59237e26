import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

export interface OffscreenChart {
  svg: SVGSVGElement;
  container: HTMLElement;
  dispose: () => void;
}

const TIMEOUT_MS = 3000;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Surfaces an export can take: Recharts' own, and plain SVG charts drawn for export only (the
 * heatmap is an HTML table on screen), which mark their root `data-export-surface`.
 */
export const SURFACE_SELECTOR = 'svg.recharts-surface, svg[data-export-surface]';

/** The chart's own surface: the largest surface SVG (legend icons are small SVGs too). */
function chartSurface(container: HTMLElement): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of Array.from(container.querySelectorAll<SVGSVGElement>(SURFACE_SELECTOR))) {
    const box = svg.getBoundingClientRect();
    const area = box.width * box.height;
    if (area > bestArea) {
      best = svg;
      bestArea = area;
    }
  }
  return bestArea > 100 ? best : null;
}

/**
 * Renders a chart outside the viewport at a fixed width, so an export neither depends on the
 * window nor disturbs what is on screen (the card may show its table, or be scrolled away).
 * The container carries `rapor-export`, which switches to the light palette for a white page.
 */
export async function renderOffscreen(element: ReactElement, width: number): Promise<OffscreenChart> {
  const container = document.createElement('div');
  container.className = 'rapor-export';
  container.setAttribute('aria-hidden', 'true');
  container.inert = true;
  Object.assign(container.style, {
    position: 'fixed',
    left: '-20000px',
    top: '0',
    width: `${width}px`,
    background: '#ffffff',
  });
  document.body.append(container);
  const root = createRoot(container);
  const dispose = () => {
    root.unmount();
    container.remove();
  };
  flushSync(() => root.render(element));
  const started = performance.now();
  // Responsive charts measure their box first and draw on a later frame.
  for (;;) {
    const svg = chartSurface(container);
    if (svg && svg.querySelector('path, rect:not(.recharts-cartesian-grid-bg), circle, polygon')) {
      await nextFrame();
      return { svg, container, dispose };
    }
    if (performance.now() - started > TIMEOUT_MS) {
      dispose();
      throw new Error('The chart did not render for export');
    }
    await nextFrame();
  }
}
