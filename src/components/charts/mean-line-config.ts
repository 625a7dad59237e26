import type { ChartConfig } from './chart-config';

/** The mean as a series of the charts that draw it (apart from MeanLine, so a legend does not fetch Recharts). */
export const meanLineConfig = {
  mean: { color: 'var(--chart-mean)', dash: '5 4' },
} satisfies ChartConfig;
