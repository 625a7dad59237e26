import type { ChartConfig } from './chart-config';

/** The dashed line where a new assessment method starts, in the trend charts and their legends. */
export const methodBreakConfig = {
  methodBreak: { color: 'var(--chart-axis)', dashed: true },
} satisfies ChartConfig;
