import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarShapeProps, TooltipContentProps } from 'recharts';
import type { QualityLevel, Zone } from '../../domain/model';
import { scoreValueAxisProps } from './score-axis';
import { GradeBands } from './GradeBands';
import { MeanLine } from './MeanLine';
import { unitRankingConfig } from './unit-ranking-config';
import { BarValueLabels } from './BarValueLabels';
import { useI18n } from '../../lib/i18n/i18n-context';
import { useNarrowWidth, WIDE } from './useNarrowWidth';
import { useChartHeight } from './chart-height';
import { widestLabel } from './label-width';
import { nameTick, withShortTailKept } from './name-tick';
import { FLAG_MARK } from './flag-mark';
import { useFixedChartWidth } from '../ui/prerender-context';

/** The ranking's series: flagged units (▼, own colour), the others, and the entity's mean. */
export interface RankingRow {
  id: string;
  /** Short label for the axis (unitShort when there is one). */
  label: string;
  fullName: string;
  total: number | null;
  /** Marked for coaching: drawn in the flag colour and with a ▼ mark, never colour alone. */
  flagged: boolean;
  /** The unit's level as the tooltip names it ("Opini A", "Sangat Baik", "Baik (dihitung dari nilai)"). */
  levelText?: string;
  totalComputed: boolean;
  /** A row standing for this many units left out of a long chart: no bar, its label says how many. */
  hiddenCount?: number;
}

/** A level of the year's method as a band of the 0–100 axis: a grade with its zone, a zone, or (from 2025) an opinion level. */
export interface ScoreBand {
  min: number;
  max: number;
  zone?: Zone;
  grade?: string;
  quality?: QualityLevel;
}

interface UnitRankingChartProps {
  rows: readonly RankingRow[];
  mean: number | null;
  bands: readonly ScoreBand[];
  /** Called with the row's full name when its bar is clicked. */
  onSelect?: (fullName: string) => void;
}

/** A box narrower than this shows the names above the bars. */
const COMPACT_BELOW = 480;
/** The name column takes what the longest name needs, up to this many pixels and this share of the box. */
const NAME_COLUMN_MAX = 200;
const NAME_COLUMN_SHARE = 0.36;
const LABEL_FONT_SIZE = 12;

/** A row's name on the axis, with the flag mark when it is marked for coaching. */
function axisLabel(row: RankingRow | undefined): string {
  return row ? (row.flagged ? `${FLAG_MARK} ${row.label}` : row.label) : '';
}

function RankingTooltip({ active, payload }: TooltipContentProps) {
  const { t, fmt } = useI18n();
  const row = payload?.[0]?.payload as RankingRow | undefined;
  if (!active || !row || row.hiddenCount !== undefined) return null;
  return (
    <div className="rounded-md border border-line bg-raised px-3 py-2 text-sm text-ink shadow">
      <p className="font-semibold">{row.fullName}</p>
      <p>
        {t.chart.total}: <strong>{fmt.score(row.total)}</strong>
        {row.levelText ? ` · ${row.levelText}` : ''}
      </p>
      {row.totalComputed && <p className="text-muted">{t.chart.computedTotal}</p>}
      {row.flagged && (
        <p className="text-flag">
          {FLAG_MARK} {t.overview.flaggedMark}
        </p>
      )}
    </div>
  );
}

/**
 * Units' totals as horizontal bars on the full 0–100 scale (a cut axis would overstate gaps), over
 * the year's grade bands lettered above the plot, with the entity mean as a dashed line.
 */
export function UnitRankingChart({ rows, mean, bands, onSelect }: UnitRankingChartProps) {
  const { fmt } = useI18n();
  // Below this width the layout changes: names above the bars (a phone), a narrower name column.
  const [containerRef, width] = useNarrowWidth<HTMLDivElement>(NAME_COLUMN_MAX / NAME_COLUMN_SHARE);
  // On a phone the names go above the bars, so the bars keep the whole width.
  const compact = width !== null && width < COMPACT_BELOW;
  const height = useChartHeight(Math.max(160, rows.length * (compact ? 52 : 44) + 56));
  // Drawn at build time for the prerendered first screen: at the width the page gives it there.
  const fixedWidth = useFixedChartWidth();
  const size =
    fixedWidth === undefined ? { responsive: true, style: { width: '100%', height } } : { width: fixedWidth, height };
  const labelOf = (index: number): string => axisLabel(rows[index]);
  // Unknown totals get no value label (the table lists them); only a gap row has none.
  const barValues = useMemo(
    () => rows.map((row) => ({ category: row.id, value: row.total, text: fmt.score(row.total) })),
    [rows, fmt],
  );
  // The names get the room the widest needs (plus the tick and its gap), up to a share of the width;
  // a longer name wraps onto two lines.
  const widest = useMemo(() => widestLabel(rows.map(axisLabel), LABEL_FONT_SIZE), [rows]);
  const share = width === null || width === WIDE ? NAME_COLUMN_MAX : width * NAME_COLUMN_SHARE;
  const axisWidth = Math.round(Math.max(72, Math.min(widest + 20, NAME_COLUMN_MAX, share)));

  return (
    // Recharts sizes the chart to its box; on a wide window it is drawn in the page's first render. A
    // narrow window waits for the box's width, which decides the layout (names above the bars or beside).
    <div ref={containerRef} style={width === null ? { height } : undefined}>
      {width !== null && (
        <BarChart
          // Recharts learns a responsive chart's new height from its ResizeObserver a frame later and
          // would draw it twice, once at the old height: another height (another unit count) draws anew.
          key={height}
          {...size}
          data={rows}
          layout="vertical"
          margin={{ top: compact ? 30 : 24, right: compact ? 48 : 64, bottom: 4, left: 4 }}
          barCategoryGap={compact ? '32%' : '20%'}
          accessibilityLayer
        >
          <GradeBands bands={bands} />
          {/* The bands cover the plot and would hide grid lines: a grid only where there are none. */}
          {bands.length === 0 && <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />}
          <XAxis {...scoreValueAxisProps(bands, (v) => fmt.integer(v))} />
          <YAxis
            type="category"
            dataKey="id"
            width={compact ? 0 : axisWidth}
            hide={compact}
            stroke="var(--chart-axis)"
            tick={nameTick('var(--chart-axis)', LABEL_FONT_SIZE)}
            tickFormatter={(_: string, index: number) => withShortTailKept(labelOf(index))}
            interval={0}
          />
          <Tooltip content={RankingTooltip} cursor={{ fill: 'var(--chart-grid)', fillOpacity: 0.5 }} />
          {/* On a phone the axis is hidden and names sit above the bars; a gap row has no bar to sit on. */}
          {compact &&
            rows
              .filter((row) => row.hiddenCount !== undefined)
              .map((row) => (
                <ReferenceLine
                  key={row.id}
                  y={row.id}
                  stroke="none"
                  label={{ value: row.label, position: 'insideLeft', fill: 'var(--chart-axis)', fontSize: 12 }}
                />
              ))}
          {mean !== null && <MeanLine value={mean} />}
          <BarValueLabels bars={barValues} />
          <Bar
            dataKey="total"
            isAnimationActive={false}
            cursor={onSelect ? 'pointer' : undefined}
            onClick={(_, index) => {
              const row = rows[index];
              if (row && row.hiddenCount === undefined && onSelect) onSelect(row.fullName);
            }}
            shape={(props: BarShapeProps) => (
              <Rectangle
                {...props}
                fill={rows[props.index]?.flagged ? unitRankingConfig.flagged.color : unitRankingConfig.ok.color}
                radius={[0, 3, 3, 0]}
              />
            )}
          >
            {compact && (
              <LabelList
                dataKey="label"
                content={(props) => (
                  <text
                    className="rapor-bar-name"
                    x={Number(props.x ?? 0)}
                    y={Number(props.y ?? 0) - 5}
                    fill="var(--chart-axis)"
                    fontSize={12}
                    fontWeight={rows[Number(props.index)]?.flagged ? 600 : 400}
                  >
                    {labelOf(Number(props.index))}
                  </text>
                )}
              />
            )}
          </Bar>
        </BarChart>
      )}
    </div>
  );
}
