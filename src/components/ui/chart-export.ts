import type { ReactElement } from 'react';
import type { ExportLegendItem } from '../../lib/export/compose-svg';
import type { CsvTable } from '../../lib/export/csv';

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
