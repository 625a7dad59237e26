import { createContext, useContext } from 'react';

/** Set by the exporter: the height the chart must fill in the image, instead of its on-screen height. */
export const ChartHeightContext = createContext<number | null>(null);

/** The on-screen height a chart would pick, unless it is being rendered for an export. */
export function useChartHeight(onScreen: number): number {
  return useContext(ChartHeightContext) ?? onScreen;
}
