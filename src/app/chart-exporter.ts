// The app's ChartExporter: the cards ask it to export, and the export code (src/lib/export, with
// the job builder and everything heavy behind it) is fetched on the first export, not with the first screen.
import type { ChartExporter } from '../components/ui/chart-export';

async function loadExportCode() {
  const [{ chartJob }, pipeline] = await Promise.all([
    import('../lib/export/chart-job'),
    import('../lib/export/chart-pipeline'),
  ]);
  return { chartJob, pipeline };
}

export const chartExporter: ChartExporter = {
  download: async (chart, format, words) => {
    const { chartJob, pipeline } = await loadExportCode();
    await pipeline.downloadChart(chartJob(chart, words), format);
  },
  copy: async (chart, words) => {
    const { chartJob, pipeline } = await loadExportCode();
    return pipeline.copyChart(chartJob(chart, words));
  },
};
