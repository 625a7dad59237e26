import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { BarShapeProps, TooltipContentProps } from 'recharts';
import type { Zone } from '../../domain/model';
import { bandAreaProps, scoreValueAxisProps } from './score-axis';
import { useI18n } from '../../lib/i18n/i18n-context';
import { useElementWidth } from './useElementWidth';
import { useChartHeight } from './chart-height';

export interface RankingRow {
  id: string;
  /** Short label for the axis (unitShort when there is one). */
  label: string;
  fullName: string;
  total: number | null;
  /** Marked for coaching: drawn in the flag colour and with a ▼ mark, never colour alone. */
  flagged: boolean;
  gradeLetter?: string;
  totalComputed: boolean;
  /** A row standing for this many units left out of a long chart: no bar, its label says how many. */
  hiddenCount?: number;
}

export interface ScoreBand {
  min: number;
  max: number;
  zone: Zone;
  grade?: string;
}

interface UnitRankingChartProps {
  rows: readonly RankingRow[];
  mean: number | null;
  bands: readonly ScoreBand[];
  /** Called with the row's full name when its bar is clicked. */
  onSelect?: (fullName: string) => void;
}

export const FLAG_MARK = '▼';

function RankingTooltip({ active, payload }: TooltipContentProps) {
  const { t, fmt } = useI18n();
  const row = payload?.[0]?.payload as RankingRow | undefined;
  if (!active || !row || row.hiddenCount !== undefined) return null;
  return (
    <div className="rounded-md border border-line bg-raised px-3 py-2 text-sm text-ink shadow">
      <p className="font-semibold">{row.fullName}</p>
      <p>
        {t.chart.total}: <strong>{fmt.score(row.total)}</strong>
        {row.gradeLetter ? ` · ${t.grade.letter({ grade: row.gradeLetter })}` : ''}
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
  const { t, fmt } = useI18n();
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  // On a phone the names go above the bars, so the bars keep the whole width.
  const compact = width > 0 && width < 480;
  const height = useChartHeight(Math.max(160, rows.length * (compact ? 52 : 44) + 56));
  const longestLabel = rows.reduce((n, r) => Math.max(n, r.label.length + (r.flagged ? 2 : 0)), 0);
  // Labels get what they need up to a share of the width; beyond that Recharts wraps them onto two lines.
  const axisWidth = Math.round(Math.max(72, Math.min(longestLabel * 7.6 + 20, 200, (width || 800) * 0.36)));
  const labelOf = (index: number): string => {
    const row = rows[index];
    return row ? (row.flagged ? `${FLAG_MARK} ${row.label}` : row.label) : '';
  };

  return (
    // The chart is drawn once its box has been measured, at that size: a responsive chart would
    // measure itself during the commit (a forced layout of the whole page) and learn a new height
    // (another entity, another unit count) from its ResizeObserver a frame later, drawing twice.
    <div ref={containerRef} style={width > 0 ? undefined : { height }}>
      {width > 0 && (
        <BarChart
          width={width}
          height={height}
          data={rows}
          layout="vertical"
          margin={{ top: compact ? 30 : 24, right: compact ? 48 : 64, bottom: 4, left: 4 }}
          barCategoryGap={compact ? '32%' : '20%'}
          accessibilityLayer
        >
          {bands.map((band) => (
            <ReferenceArea key={band.min} {...bandAreaProps(band, t.grade.zoneShort[band.zone])} />
          ))}
          <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
          <XAxis {...scoreValueAxisProps(bands, (v) => fmt.integer(v))} />
          <YAxis
            type="category"
            dataKey="label"
            width={compact ? 0 : axisWidth}
            hide={compact}
            stroke="var(--chart-axis)"
            tick={{ fill: 'var(--chart-axis)', fontSize: 12 }}
            tickFormatter={(_: string, index: number) => labelOf(index)}
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
                  y={row.label}
                  stroke="none"
                  label={{ value: row.label, position: 'insideLeft', fill: 'var(--chart-axis)', fontSize: 12 }}
                />
              ))}
          {mean !== null && <ReferenceLine x={mean} stroke="var(--chart-mean)" strokeDasharray="5 4" strokeWidth={2} />}
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
                fill={rows[props.index]?.flagged ? 'var(--chart-bar-flagged)' : 'var(--chart-bar)'}
                radius={[0, 3, 3, 0]}
              />
            )}
          >
            <LabelList
              dataKey="total"
              position="right"
              fill="var(--rapor-ink)"
              fontSize={12}
              // Unknown totals are not drawn (the table lists them); only a gap row has none.
              formatter={(value: unknown) => (typeof value === 'number' ? fmt.score(value) : '')}
            />
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
