import { createContext, useContext } from 'react';

/**
 * What the build's prerender (scripts/prerender.mjs) needs of the components, and what the page it
 * wrote hands back to them. `islands`: markup of parts drawn at build time that React does not render
 * on the server (Recharts 3 draws nothing there), by island id; the hydrating page reads them from its
 * own HTML, shows them unchanged, and swaps in the live part after hydration (see PrerenderedIsland). `fixedChartWidth`:
 * while those parts are drawn at build time (in jsdom, where nothing has a size), the width charts take.
 */
export interface Prerender {
  islands: Map<string, string>;
  fixedChartWidth?: number;
}

export const PrerenderContext = createContext<Prerender | null>(null);

/** The width a chart must take instead of measuring its box, while it is drawn at build time. */
export function useFixedChartWidth(): number | undefined {
  return useContext(PrerenderContext)?.fixedChartWidth;
}
