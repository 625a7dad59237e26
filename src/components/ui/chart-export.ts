// What a chart card hands to the export code, and what it asks of it. The export code (src/lib/export)
// builds on these types; the cards never import it, the app provides it (ChartExporterContext).
import { createContext, useContext, type ReactElement } from 'react';
import type { I18n } from '../../lib/i18n/i18n-context';

export interface ExportLegendItem {
  label: string;
  color: string;
  /**
   * The key drawn before the label: a filled box (bars, areas; the default), a line sample (line
   * and radar series), or nothing, when the mark alone carries the meaning (▼ below the mean).
   */
  swatch?: 'box' | 'line' | 'none';
  /** The line's own stroke-dasharray (a dashed series); implies a line sample. */
  dash?: string;
  /** A dashed line sample with the default dash (reference lines). */
  dashed?: boolean;
  /** A text mark shown before the label (▼ for flagged units): meaning never rests on colour. */
  mark?: string;
}

export type CsvCell = string | number | null;

/** Exactly the data a chart shows: column headers and rows, in the current language. */
export interface CsvTable {
  columns: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/** What a chart card needs, beyond its title and chart, to export itself. */
export interface ChartExport {
  /** For the file name and the subtitle: `<entity>-<year>-<chart>.png`. */
  entity?: string;
  year?: number;
  /** Active filters in words (e.g. the unit type), added to the exported subtitle. */
  filters?: string;
  /** Legend drawn into the image; colours may be `var(--…)`, resolved at export time. */
  legend: readonly ExportLegendItem[];
  /** Exactly the data the chart shows. */
  csv: CsvTable;
  sourceLine: string;
  /** Adds the illustrative-values note to the image. */
  illustrative: boolean;
  /**
   * What to draw in the image, when it is not the card's own chart: an SVG made for export (the
   * heatmap is an HTML table on screen). Its root needs `data-export-surface`.
   */
  exportChart?: ReactElement;
}

/** One chart as the export code needs it: the element, its frame texts, file name parts and data. */
export interface ExportableChart {
  title: string;
  subtitle?: string;
  description: string;
  chart: ReactElement;
  spec: ChartExport;
}

export type ChartFileFormat = 'png' | 'svg' | 'csv';

export type CopyResult = { ok: true } | { ok: false; reason: 'unsupported' | 'denied' };

/** The words an export is made in: the language current when the reader asks for it. */
export type ExportWords = Pick<I18n, 't' | 'fmt' | 'lang'>;

/** Exporting one chart; provided by the app, which loads the export code on first use. */
export interface ChartExporter {
  download: (chart: ExportableChart, format: ChartFileFormat, words: ExportWords) => Promise<void>;
  copy: (chart: ExportableChart, words: ExportWords) => Promise<CopyResult>;
}

export const ChartExporterContext = createContext<ChartExporter | null>(null);

/** The app's exporter; null where none is provided (a chart card then shows no export menu). */
export function useChartExporter(): ChartExporter | null {
  return useContext(ChartExporterContext);
}
