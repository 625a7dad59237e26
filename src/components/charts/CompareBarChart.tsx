import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { TooltipContentProps } from 'recharts';
import { useI18n } from '../../lib/i18n/i18n-context';
import { useChartHeight } from './chart-height';
import { CompareTooltipContent } from './CompareTooltipContent';
import { seriesStyle, type CompareGroupRow, type CompareSeries } from './compare-series';
import { useElementWidth } from './useElementWidth';
import { nameTick } from './name-tick';

interface CompareBarChartProps {
  /** One group of bars per row (a dimension, or the total alone). */
  groups: readonly CompareGroupRow[];
  series: readonly CompareSeries[];
}

/**
 * Grouped horizontal bars on the full 0–100 scale (a cut axis would overstate gaps): one group per
 * category, one bar per compared item in the item's colour, each labelled with the item's number
 * and value so bars are told apart without colour. An unknown value draws no bar.
 */
export function CompareBarChart({ groups, series }: CompareBarChartProps) {
  const { fmt } = useI18n();
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const screenBar = series.length > 4 ? 10 : 13;
  const screenHeight = Math.max(150, groups.length * (series.length * (screenBar + 3) + 22) + 44);
  // In an export the chart fills the image's height, bars and gaps growing (or shrinking) with it;
  // bars grow at most 2.5×, and a chart shorter than the image is then centred in it.
  const height = Math.min(useChartHeight(screenHeight), Math.round(screenHeight * 2.5));
  const scale = height / screenHeight;
  const barSize = Math.max(2, Math.round(screenBar * scale));
  const longestLabel = groups.reduce((n, g) => Math.max(n, g.label.length), 0);
  const axisWidth = Math.round(Math.max(64, Math.min(longestLabel * 7 + 12, 140, (width || 800) * 0.28)));

  return (
    <div ref={containerRef}>
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={groups}
        layout="vertical"
        margin={{ top: 4, right: 72, bottom: 4, left: 4 }}
        barGap={Math.max(1, Math.round(3 * scale))}
        barCategoryGap={Math.max(4, Math.round(14 * scale))}
        accessibilityLayer
      >
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 20, 40, 60, 80, 100]}
          tickFormatter={(v: number) => fmt.integer(v)}
          stroke="var(--chart-axis)"
          tick={{ fill: 'var(--chart-axis)', fontSize: 12 }}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={axisWidth}
          stroke="var(--chart-axis)"
          tick={nameTick('var(--rapor-ink)')}
          interval={0}
        />
        <Tooltip
          content={(props: TooltipContentProps) => <CompareTooltipContent {...props} series={series} />}
          cursor={{ fill: 'var(--chart-grid)', fillOpacity: 0.5 }}
        />
        {series.map((s, i) => (
          <Bar
            key={s.id}
            name={`${s.number}. ${s.label}`}
            dataKey={(row: CompareGroupRow) => row.values[s.id] ?? null}
            fill={seriesStyle(i).colour}
            barSize={barSize}
            radius={[0, 2, 2, 0]}
            isAnimationActive={false}
          >
            <LabelList
              position="right"
              fill="var(--rapor-ink)"
              fontSize={11}
              valueAccessor={(_entry: unknown, index: number) => {
                const value = groups[index]?.values[s.id];
                // No-break spaces: Recharts wraps a label at its spaces when the bar reaches the plot's
                // edge (a score of 100), stacking "1 ·" over "100,00" onto the neighbouring bars.
                return value === null || value === undefined ? '' : `${s.number}\u00a0·\u00a0${fmt.score(value)}`;
              }}
            />
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}
