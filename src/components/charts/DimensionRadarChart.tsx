import { LabelList, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import type { LabelProps, TooltipContentProps } from 'recharts';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { useChartHeight } from './chart-height';
import { FLAG_MARK } from './flag-mark';
import { useElementWidth } from './useElementWidth';
import { RADAR_SCALE_TICK } from './radar-scale';
import type { ChartConfig } from './chart-config';

export interface RadarRow {
  key: string;
  /** Dimension label, one radar axis. */
  label: string;
  /** The unit's score; null is unknown and leaves a gap in its outline. */
  unit: number | null;
  mean: number | null;
  /** unit − mean, when both are known. */
  difference: number | null;
  belowMean: boolean;
}

interface DimensionRadarChartProps {
  rows: readonly RadarRow[];
  /** Series names, shown in the tooltip. */
  unitName: string;
  meanName: string;
}

/** Both series in one place, so the legends outside the chart draw the same lines. */
export const dimensionRadarConfig = {
  unit: { color: 'var(--chart-bar)', swatch: 'line' },
  mean: { color: 'var(--chart-mean)', dash: '6 4' },
} satisfies ChartConfig;

function RadarTooltip({
  active,
  payload,
  unitName,
  meanName,
}: TooltipContentProps & Pick<DimensionRadarChartProps, 'unitName' | 'meanName'>) {
  const { t, fmt } = useFullI18n();
  const row = payload?.[0]?.payload as RadarRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="rounded-md border border-line bg-raised px-3 py-2 text-sm text-ink shadow">
      <p className="font-semibold">{row.label}</p>
      <p>
        {unitName}:{' '}
        <strong className="tabular-nums">
          {row.belowMean ? `${FLAG_MARK} ` : ''}
          {fmt.score(row.unit)}
        </strong>
      </p>
      <p>
        {meanName}: <strong className="tabular-nums">{fmt.score(row.mean)}</strong>
      </p>
      <p className="text-muted">
        {t.dimensions.difference}: <span className="tabular-nums">{fmt.signed(row.difference)}</span>
      </p>
    </div>
  );
}

/**
 * The unit's value beside its point, pulled inward along the point's axis: outward it would run
 * into the dimension names when a score is near 100. The axes start at the top and run clockwise,
 * as Recharts draws them.
 */
function inwardValue({ x, y, index }: LabelProps, count: number, text: string) {
  const angle = Math.PI / 2 - (2 * Math.PI * Number(index ?? 0)) / Math.max(count, 1);
  const dx = Math.cos(angle);
  const dy = -Math.sin(angle);
  return (
    <text
      x={Number(x ?? 0) - dx * 10}
      y={Number(y ?? 0) - dy * 10}
      textAnchor={dx > 0.3 ? 'end' : dx < -0.3 ? 'start' : 'middle'}
      dominantBaseline={dy > 0.3 ? 'auto' : dy < -0.3 ? 'hanging' : 'central'}
      fill="var(--rapor-ink)"
      fontSize={12}
      fontWeight={600}
    >
      {text}
    </text>
  );
}

/**
 * One unit's dimension profile against the entity's means on a full 0–100 radius: the unit as a
 * solid filled outline, the mean as a dashed line, so the two differ in more than colour; a
 * dimension where the unit is below the mean gets ▼ on its axis label and its value. The unit's
 * values are written at its points, so an exported image needs no tooltip.
 */
export function DimensionRadarChart({ rows, unitName, meanName }: DimensionRadarChartProps) {
  const { fmt } = useFullI18n();
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  // Room for the axis labels ("Pengaduan") on both sides, however narrow the card.
  const screenRadius = Math.round(Math.max(60, Math.min(130, (width || 500) / 2 - 92)));
  const height = useChartHeight(screenRadius * 2 + 80);
  // In an export the radar grows to the image's height, still leaving room for the labels beside it.
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
        <PolarAngleAxis
          dataKey="label"
          tick={{ fill: 'var(--rapor-ink)', fontSize: 12 }}
          tickFormatter={(label: string, index: number) => {
            const row = rows[index];
            // An unknown score leaves a gap in the outline; the axis says why.
            if (row?.unit === null) return `${label} (${fmt.score(null)})`;
            return row?.belowMean ? `${FLAG_MARK} ${label}` : label;
          }}
        />
        <PolarRadiusAxis
          domain={[0, 100]}
          ticks={outerRadius < 90 ? [50, 100] : [20, 40, 60, 80, 100]}
          angle={45}
          tickFormatter={(v: number) => fmt.integer(v)}
          tick={RADAR_SCALE_TICK}
          stroke="var(--chart-grid)"
        />
        <Radar
          name={meanName}
          dataKey="mean"
          stroke={dimensionRadarConfig.mean.color}
          strokeWidth={2}
          strokeDasharray={dimensionRadarConfig.mean.dash}
          fill="none"
          dot={false}
          isAnimationActive={false}
        />
        <Radar
          name={unitName}
          dataKey="unit"
          stroke={dimensionRadarConfig.unit.color}
          strokeWidth={2.5}
          fill={dimensionRadarConfig.unit.color}
          fillOpacity={0.14}
          dot={{ r: 3, fill: dimensionRadarConfig.unit.color, strokeWidth: 0 }}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="unit"
            content={(props: LabelProps) => {
              const row = rows[Number(props.index ?? 0)];
              if (!row || row.unit === null) return null;
              const text = `${row.belowMean ? `${FLAG_MARK} ` : ''}${fmt.score(row.unit)}`;
              return inwardValue(props, rows.length, text);
            }}
          />
        </Radar>
        <Tooltip
          content={(props: TooltipContentProps) => <RadarTooltip {...props} unitName={unitName} meanName={meanName} />}
        />
      </RadarChart>
    </div>
  );
}
