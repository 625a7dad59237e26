import { createElement, type ReactElement } from 'react';
import { ChartHeightContext } from '../../components/charts/chart-height';
import type { ExportLegendItem } from '../../components/ui/chart-export';
import { composeExportSvg, frameLayout, type ExportFrame } from './compose-svg';
import { inlineComputedStyles } from './inline-styles';
import { renderOffscreen } from './render-offscreen';

/** `var(--chart-bar)` → the colour the export palette gives it. */
function resolveColor(color: string, scope: HTMLElement): string {
  const match = /^var\((--[\w-]+)\)$/.exec(color.trim());
  if (!match?.[1]) return color;
  return getComputedStyle(scope).getPropertyValue(match[1]).trim() || '#000000';
}

/** Renders the chart offscreen and returns the framed, standalone SVG text. */
export async function exportChartSvg(chart: ReactElement, frame: ExportFrame): Promise<string> {
  // Laid out at the frame's inner size, so text keeps its real size and the chart fills the image.
  const { chartWidth, chartHeight } = frameLayout(frame);
  const sized = createElement(ChartHeightContext, { value: chartHeight }, chart);
  const offscreen = await renderOffscreen(sized, chartWidth);
  try {
    const inlined = inlineComputedStyles(offscreen.svg);
    const legend: ExportLegendItem[] = frame.legend.map((item) => ({
      ...item,
      color: resolveColor(item.color, offscreen.container),
    }));
    return composeExportSvg(inlined, { ...frame, legend });
  } finally {
    offscreen.dispose();
  }
}
