// Types for bench.mjs, so its test is type-checked.
export declare const BUDGETS: Readonly<{
  jsCssRatio: number;
  firstChartRatio: number;
  nationalFirstChartMs: number;
  national10xFirstChartMs: number;
  national10xLongestTaskMs: number;
  interactionMs: number;
  pngExportMs: number;
}>;

interface Load {
  firstChartMs: number;
  jsCssGzipBytes: number;
  jsCssFiles: number;
}
interface Interaction {
  ms: number;
  eventTimingMs: number;
  mutations: number;
}
export interface BenchRun {
  bare: Load;
  app: Load;
  pngExport: { ms: number; fileName: string };
  /** The Dimensions view, its tab clicked as soon as it exists: ms from opening the page to its chart drawn. */
  dimensions: { ms: number };
  errors: string[];
  national: { firstChartMs: number; longestTaskMs: number };
  national10x: { firstChartMs: number; longestTaskMs: number };
  /** The next visit after loading the 10× dataset, which the app saved. */
  reload10x?: { firstChartMs: number; longestTaskMs: number };
  interactions: { changeYear: Interaction; changeEntity: Interaction; openCompare: Interaction };
}
export interface BenchSummary {
  bare: { jsCssGzipBytes: number | null; firstChartMs: number | null };
  app: { jsCssGzipBytes: number | null; firstChartMs: number | null };
  dimensions: { ms: number | null };
  national: { firstChartMs: number | null; longestTaskMs: number | null };
  national10x: { firstChartMs: number | null; longestTaskMs: number | null };
  reload10x: { firstChartMs: number | null; longestTaskMs: number | null };
  interactions: Record<
    'changeYear' | 'changeEntity' | 'openCompare',
    { ms: number | null; eventTimingMs: number | null }
  >;
  pngExportMs: number | null;
  /** App over bare; dimensions, national and national10x over the bare page's first chart. */
  ratios: {
    jsCss: number | null;
    firstChart: number | null;
    dimensions: number | null;
    national: number | null;
    national10x: number | null;
  };
  /** Quartiles of the runs' own first-chart ratios (app/bare in the same run). */
  firstChartRunRatios: { q1: number | null; median: number | null; q3: number | null };
  budgets: Record<string, boolean>;
}

export declare function median(values: readonly (number | null | undefined)[]): number | null;
export declare function quantile(values: readonly (number | null | undefined)[], q: number): number | null;
export declare function summarize(runs: readonly BenchRun[]): BenchSummary;
