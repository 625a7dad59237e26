import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarShapeProps, TooltipContentProps, YAxisTickContentProps } from 'recharts';
import type { ShownLevel } from '../../domain/shown-level';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { levelWithZone } from '../../lib/i18n/level-text';
import { useChartHeight } from './chart-height';
import { scoreValueAxisProps } from './score-axis';
import { GradeBands } from './GradeBands';
import { MeanLine } from './MeanLine';
import { meanLineConfig } from './mean-line-config';
import type { ChartConfig } from './chart-config';
import { BarValueLabels } from './BarValueLabels';
import type { ScoreBand } from './UnitRankingChart';
import { useElementWidth } from './useElementWidth';

export interface PeerChartRow {
  id: string;
  /** Axis label: rank and a shortened name ("3. Kab. Batang"). */
  label: string;
  fullName: string;
  score: number | null;
  rank: number | null;
  /** The officially reported figure; otherwise the units' mean, drawn hatched and marked with *. */
  reported: boolean;
  /** The entity chosen in the filter: own colour, ▶ mark and bold label. */
  selected: boolean;
  /** The year's level: the opinion as published, else derived from the score (and marked so). */
  level: ShownLevel | null;
  /** A stand-in row for entities left out of the chart (shown in the table): how many. */
  hiddenCount?: number;
}

interface PeerRankingChartProps {
  rows: readonly PeerChartRow[];
  bands: readonly ScoreBand[];
  /** A reported national average of the year, drawn as a dashed line (the view names it below). */
  nationalAverage?: number;
}

export const SELECTED_MARK = '▶';
export const COMPUTED_MARK = '*';

/** The peers' series: the chosen entity, the others, a computed (hatched) score, the national mean. */
export const peerRankingConfig = {
  selected: { color: 'var(--chart-peer-selected)', mark: SELECTED_MARK },
  others: { color: 'var(--chart-peer)' },
  computed: { color: 'var(--chart-peer-computed)', mark: COMPUTED_MARK },
  ...meanLineConfig,
} satisfies ChartConfig;
const ROW_HEIGHT = 30;

function PeerTooltip({ active, payload }: TooltipContentProps) {
  const { t, fmt } = useFullI18n();
  const row = payload?.[0]?.payload as PeerChartRow | undefined;
  if (!active || !row || row.hiddenCount !== undefined) return null;
  return (
    <div className="rounded-md border border-line bg-raised px-3 py-2 text-sm text-ink shadow">
      <p className="font-semibold">
        {row.selected ? `${SELECTED_MARK} ` : ''}
        {row.fullName}
      </p>
      <p>
        {t.trends.rankLabel({ rank: row.rank ?? '—' })} · <strong>{fmt.score(row.score)}</strong> ·{' '}
        {row.reported ? t.trends.reported : t.trends.mean}
      </p>
      {row.level && <p>{levelWithZone(row.level, t)}</p>}
    </div>
  );
}

/**
 * Entities of one year as horizontal bars on the full 0–100 scale (bar length must start at 0), over
 * that year's levels (grades with zones, zones, or opinion levels without zones). The selected entity
 * gets its own colour, a ▶ mark and a bold label; a computed mean is hatched and its value marked with
 * *, so the reported/computed split never rests on colour. A reported national average is a dashed line.
 */
export function PeerRankingChart({ rows, bands, nationalAverage }: PeerRankingChartProps) {
  const { t, fmt } = useFullI18n();
  // Unique per chart: two charts on a page must not share pattern ids.
  const hatchId = `hatch${useId().replace(/[^\w-]/g, '')}`;
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const screenHeight = Math.max(140, rows.length * ROW_HEIGHT + 56);
  // An export fills the image's height, bars growing at most 2× (a shorter chart is centred).
  const height = Math.min(useChartHeight(screenHeight), screenHeight * 2);
  const labelOf = (row: PeerChartRow | undefined) =>
    row?.hiddenCount !== undefined ? t.trends.peersGap({ count: row.hiddenCount }) : (row?.label ?? '');
  // A computed mean's value is marked with *; a gap row has no value and no label.
  const barValues = useMemo(
    () =>
      rows.map((row) => ({
        category: row.id,
        value: row.score,
        text: `${fmt.score(row.score)}${row.reported ? '' : COMPUTED_MARK}`,
      })),
    [rows, fmt],
  );
  const longestLabel = rows.reduce((n, r) => Math.max(n, labelOf(r).length + (r.selected ? 2 : 0)), 0);
  const axisWidth = Math.round(Math.max(80, Math.min(longestLabel * 7 + 14, 210, (width || 800) * 0.42)));

  // The axis is keyed by id (gap rows would repeat a label); the tick draws the row's label.
  const renderTick = ({ x, y, index }: YAxisTickContentProps) => {
    const row = rows[index];
    const text = labelOf(row);
    return (
      <text
        x={Number(x)}
        y={Number(y)}
        dy={4}
        textAnchor="end"
        fontSize={12}
        fontWeight={row?.selected ? 700 : 400}
        fontStyle={row?.hiddenCount !== undefined ? 'italic' : 'normal'}
        fill={row?.selected ? 'var(--rapor-ink)' : 'var(--chart-axis)'}
      >
        {row?.selected && <tspan fontSize={14}>{SELECTED_MARK} </tspan>}
        {text}
      </text>
    );
  };

  return (
    <div ref={containerRef}>
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={[...rows]}
        layout="vertical"
        barCategoryGap={5}
        margin={{ top: 24, right: 60, bottom: 4, left: 4 }}
        accessibilityLayer
      >
        <defs>
          {(['peer', 'selected'] as const).map((kind) => (
            <pattern
              key={kind}
              id={`${hatchId}-${kind}`}
              width={6}
              height={6}
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect
                width={6}
                height={6}
                fill={kind === 'selected' ? peerRankingConfig.selected.color : peerRankingConfig.computed.color}
              />
              <line x1={0} y1={0} x2={0} y2={6} stroke="var(--rapor-raised)" strokeWidth={2.5} />
            </pattern>
          ))}
        </defs>
        <GradeBands bands={bands} />
        {/* The bands cover the plot and would hide grid lines: a grid only where there are none. */}
        {bands.length === 0 && <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />}
        <XAxis {...scoreValueAxisProps(bands, (v) => fmt.integer(v))} />
        <YAxis
          type="category"
          dataKey="id"
          width={axisWidth}
          stroke="var(--chart-axis)"
          tick={renderTick}
          interval={0}
        />
        <Tooltip content={PeerTooltip} cursor={{ fill: 'var(--chart-grid)', fillOpacity: 0.5 }} />
        <Bar
          dataKey="score"
          isAnimationActive={false}
          shape={(props: BarShapeProps) => {
            // payload, not index: bars with no value (gap rows) are skipped, which shifts the index.
            const row = props.payload as PeerChartRow | undefined;
            const fill = row?.selected ? peerRankingConfig.selected.color : peerRankingConfig.others.color;
            return (
              <Rectangle
                {...props}
                fill={row && !row.reported ? `url(#${hatchId}-${row.selected ? 'selected' : 'peer'})` : fill}
                stroke={row?.selected ? peerRankingConfig.selected.color : 'none'}
                strokeWidth={row?.selected ? 2 : 0}
                radius={[0, 3, 3, 0]}
              />
            );
          }}
        />
        {nationalAverage !== undefined && <MeanLine value={nationalAverage} />}
        <BarValueLabels bars={barValues} />
      </BarChart>
    </div>
  );
}
