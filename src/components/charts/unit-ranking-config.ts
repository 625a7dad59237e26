import type { ChartConfig } from './chart-config';
import { FLAG_MARK } from './flag-mark';
import { meanLineConfig } from './mean-line-config';

/** The ranking chart's series (apart from the chart, so its legend does not fetch Recharts). */
export const unitRankingConfig = {
  flagged: { color: 'var(--chart-bar-flagged)', mark: FLAG_MARK },
  ok: { color: 'var(--chart-bar)' },
  ...meanLineConfig,
} satisfies ChartConfig;
