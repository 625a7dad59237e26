import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import type { TooltipContentProps } from 'recharts';
import { useI18n } from '../../lib/i18n/i18n-context';
import { useChartHeight } from './chart-height';
import { CompareTooltipContent } from './CompareTooltipContent';
import { seriesStyle, type CompareGroupRow, type CompareSeries } from './compare-series';
import { useElementWidth } from './useElementWidth';
import { RADAR_SCALE_TICK } from './radar-scale';

interface CompareRadarChartProps {
  /** One row per dimension: a radar axis. */
  rows: readonly CompareGroupRow[];
  series: readonly CompareSeries[];
}

/**
 * The compared items' dimension profiles overlaid on a full 0–100 radius. Each item has its own
 * colour and line style (solid, dashed, dotted, dash-dot…); only the baseline (item 1) is filled,
 * lightly, so the outlines stay readable. An unknown score leaves a gap, never a point at 0.
 */
export function CompareRadarChart({ rows, series }: CompareRadarChartProps) {
  const { fmt } = useI18n();
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  // On a phone the dimension names beside the radar need the room a large radius would take.
  const narrow = width > 0 && width < 480;
  const height = useChartHeight(narrow ? 300 : 360);
  // As large as the height allows (an export is taller), leaving room for the dimension names beside it.
  const outerRadius = Math.round(Math.max(60, Math.min((height - 80) / 2, (width || 500) / 2 - 92)));
  return (
    <div ref={containerRef}>
      <RadarChart
        responsive
        style={{ width: '100%', height }}
        data={rows}
        outerRadius={outerRadius}
        margin={{ top: 8, right: 24, bottom: 8, left: 24 }}
        accessibilityLayer
      >
        <PolarGrid stroke="var(--chart-grid)" />
        <PolarAngleAxis dataKey="label" tick={{ fill: 'var(--rapor-ink)', fontSize: narrow ? 11 : 12 }} />
        {/* The radius labels sit halfway between the first two axes, clear of the dimension names. */}
        <PolarRadiusAxis
          domain={[0, 100]}
          ticks={[20, 40, 60, 80, 100]}
          angle={90 - 180 / Math.max(rows.length, 1)}
          tickFormatter={(v: number) => fmt.integer(v)}
          tick={RADAR_SCALE_TICK}
          stroke="var(--chart-grid)"
        />
        {series.map((s, i) => {
          const { colour, dash } = seriesStyle(i);
          return (
            <Radar
              key={s.id}
              name={`${s.number}. ${s.label}`}
              dataKey={(row: CompareGroupRow) => row.values[s.id] ?? null}
              stroke={colour}
              strokeWidth={2.5}
              strokeDasharray={dash}
              fill={i === 0 ? colour : 'none'}
              fillOpacity={i === 0 ? 0.1 : 0}
              dot={{ r: 3, fill: colour, strokeWidth: 0 }}
              isAnimationActive={false}
            />
          );
        })}
        <Tooltip content={(props: TooltipContentProps) => <CompareTooltipContent {...props} series={series} />} />
      </RadarChart>
    </div>
  );
}
