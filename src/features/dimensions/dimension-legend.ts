import { dimensionColour } from '../../components/charts/DimensionGroupedBarChart';
import { FLAG_MARK } from '../../components/charts/flag-mark';
import type { Dimension } from '../../domain/model';
import type { ExportLegendItem } from '../../components/ui/chart-export';
import { heatSteps, type Heatmap } from './dimension-rows';

/** The words the exported legends use, in the current language. */
export interface LegendWords {
  belowMean: string;
  scale: string;
  unknown: string;
  computedTotal: string;
}

/**
 * The heatmap's legend in an exported image: ▼, the colour steps with the scores each stands for,
 * and "—" and "*" only when some cell shows them.
 */
export function heatmapLegend(
  heatmap: Heatmap,
  words: LegendWords,
  score: (value: number) => string,
): ExportLegendItem[] {
  const cells = heatmap.rows.flatMap((r) => [...r.cells, r.total]);
  const items: ExportLegendItem[] = [];
  if (cells.some((c) => c.belowMean))
    items.push({ label: words.belowMean, color: '', mark: FLAG_MARK, swatch: 'none' });
  const steps = heatSteps(heatmap.range);
  if (steps.length > 0) {
    items.push({ label: words.scale, color: '', swatch: 'none' });
    for (const step of steps) {
      const label = step.min === step.max ? score(step.min) : `${score(step.min)}–${score(step.max)}`;
      items.push({ label, color: `var(--heat-${step.bucket})` });
    }
  }
  const unknown = [...cells, ...heatmap.meanCells, heatmap.meanTotal].some((c) => c.value === null);
  if (unknown) items.push({ label: words.unknown, color: 'var(--rapor-sunken)', mark: '—' });
  if (heatmap.rows.some((r) => r.totalComputed)) {
    items.push({ label: words.computedTotal, color: '', mark: '*', swatch: 'none' });
  }
  return items;
}

/** The grouped bars' legend: one colour per dimension, and ▼ when some bar carries it. */
export function groupedBarLegend(
  dimensions: readonly Dimension[],
  anyBelow: boolean,
  belowMean: string,
): ExportLegendItem[] {
  return [
    ...dimensions.map((d, i) => ({ label: d.label, color: dimensionColour(i) })),
    ...(anyBelow ? [{ label: belowMean, color: '', mark: FLAG_MARK, swatch: 'none' as const }] : []),
  ];
}
