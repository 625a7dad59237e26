// Loaded on first export (dynamic import), with everything heavy behind it.
import type { ReactElement } from 'react';
import type { Lang } from '../format';
import type { CopyResult, CsvTable } from '../../components/ui/chart-export';
import { copyPngToClipboard } from './clipboard';
import { DEFAULT_EXPORT_SIZE, type ExportFrame } from './compose-svg';
import { toCsv } from './csv';
import { downloadBlob } from './download';
import { exportChartSvg } from './export-chart';
import { exportFileName } from './file-name';
import { svgToPng } from './png';

export interface ChartJob {
  chart: ReactElement;
  frame: ExportFrame;
  file: { entity?: string; year?: number; chart: string };
  csv: CsvTable;
  lang: Lang;
}

export async function chartPng(job: ChartJob): Promise<Blob> {
  return svgToPng(await exportChartSvg(job.chart, job.frame), DEFAULT_EXPORT_SIZE, 2);
}

export async function downloadChart(job: ChartJob, format: 'png' | 'svg' | 'csv'): Promise<void> {
  const name = exportFileName(job.file, format);
  if (format === 'csv') {
    downloadBlob(new Blob([toCsv(job.csv, job.lang)], { type: 'text/csv;charset=utf-8' }), name);
  } else if (format === 'svg') {
    downloadBlob(new Blob([await exportChartSvg(job.chart, job.frame)], { type: 'image/svg+xml' }), name);
  } else {
    downloadBlob(await chartPng(job), name);
  }
}

export function copyChart(job: ChartJob): Promise<CopyResult> {
  return copyPngToClipboard(chartPng(job));
}

/** Every chart as a PNG in one ZIP, one after another (each render needs the page to itself). */
export async function downloadChartsZip(
  jobs: readonly ChartJob[],
  zipName: string,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const { zipFiles } = await import('./zip');
  const files: { name: string; blob: Blob }[] = [];
  for (const [index, job] of jobs.entries()) {
    files.push({ name: exportFileName(job.file, 'png'), blob: await chartPng(job) });
    onProgress?.(index + 1, jobs.length);
  }
  downloadBlob(await zipFiles(files), zipName);
}
