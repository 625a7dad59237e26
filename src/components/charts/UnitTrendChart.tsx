import { CartesianGrid, Line, LineChart, ReferenceLine, Symbols, Tooltip, XAxis, YAxis } from 'recharts';
import type { SymbolType, TooltipContentProps } from 'recharts';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { useChartHeight } from './chart-height';
import type { ScoreAxis } from './score-axis';
import { paletteColor, type ChartColor } from './chart-config';
import { methodBreakConfig } from './method-break';

export interface UnitSeries {
  /** Stable key of the series within the chart. */
  key: string;
  unit: string;
  /** Short label for legend and tooltip. */
  label: string;
}

export interface UnitTrendRow {
  year: number;
  /** Total by series key; null when the unit has no known total that year. */
  totals: Record<string, number | null>;
  /** Which stretch of one assessment method the year belongs to, 0 for the oldest (see ScoreTrendChart). */
  segment: number;
}

/** One drawn line: a unit's totals within one method's stretch (only stretches where it has a total). */
export interface UnitLine {
  seriesKey: string;
  segment: number;
}

interface UnitTrendChartProps {
  series: readonly UnitSeries[];
  rows: readonly UnitTrendRow[];
  lines: readonly UnitLine[];
  axis: ScoreAxis;
  /** Years at which a new assessment method starts: no line runs across, a dashed rule marks them. */
  breaks: readonly number[];
}

export interface SeriesStyle {
  color: string;
  dash: string;
  symbol: SymbolType;
}

/** One colour per unit line (styles.css, light and dark). */
const UNIT_TREND_PALETTE: readonly ChartColor[] = [
  'var(--chart-series-1)',
  'var(--chart-series-2)',
  'var(--chart-series-3)',
  'var(--chart-series-4)',
  'var(--chart-series-5)',
  'var(--chart-series-6)',
  'var(--chart-series-7)',
  'var(--chart-series-8)',
];
const DASHES = ['', '7 4', '2 3', '10 3 2 3'] as const;
const SYMBOLS: readonly SymbolType[] = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'];

/**
 * Colour, dash pattern and point marker of the n-th series. The three cycle at different lengths, so
 * lines stay apart without colour: the first four differ in all three, and no two of the first 24 match.
 */
export function seriesStyle(index: number): SeriesStyle {
  return {
    color: paletteColor(UNIT_TREND_PALETTE, index),
    dash: DASHES[index % DASHES.length] ?? '',
    symbol: SYMBOLS[index % SYMBOLS.length] ?? 'circle',
  };
}

const SYMBOL_SIZE = 56;

/** A short line with the series' dash and marker, for legends outside the SVG. */
export function SeriesSwatch({ index }: { index: number }) {
  const style = seriesStyle(index);
  return (
    <svg width={30} height={14} aria-hidden className="inline-block shrink-0 align-middle">
      <line x1={1} x2={29} y1={7} y2={7} stroke={style.color} strokeWidth={2.5} strokeDasharray={style.dash} />
      <Symbols cx={15} cy={7} type={style.symbol} size={SYMBOL_SIZE} fill={style.color} />
    </svg>
  );
}

function UnitTooltip({ active, payload, series }: TooltipContentProps & { series: readonly UnitSeries[] }) {
  const { fmt } = useFullI18n();
  // The row, not the payload: a unit has one line per method, and only one of them has the year's value.
  const row = payload?.[0]?.payload as UnitTrendRow | undefined;
  if (!active || !row) return null;
  const entries = series
    .map((s, index) => ({ key: s.key, name: s.label, value: row.totals[s.key] ?? null, index }))
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
  return (
    <div className="rounded-md border border-line bg-raised px-3 py-2 text-sm text-ink shadow">
      <p className="font-semibold">{row.year}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key} className="flex items-center justify-between gap-4">
            <span className="flex items-center gap-1.5">
              <SeriesSwatch index={entry.index} />
              {entry.name}
            </span>
            <strong className="tabular-nums">{fmt.score(entry.value)}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A unit's total on the line of one method's stretch; null outside it. */
function segmentTotal(key: string, segment: number) {
  return (row: UnitTrendRow) => (row.segment === segment ? (row.totals[key] ?? null) : null);
}

/**
 * Each unit's total per year, one line per unit told apart by colour, dash and marker. The value axis
 * is chosen as for the entity trend (see ScoreTrendChart): from `axis.min` to 100, stated by the view.
 * A year without a total leaves a gap rather than an interpolated line, and so does a change of
 * assessment method: each unit has one line per method, and a dashed rule marks the new one.
 */
export function UnitTrendChart({ series, rows, lines, axis, breaks }: UnitTrendChartProps) {
  const { t, fmt } = useFullI18n();
  // An export fills the image's height.
  const height = useChartHeight(320);
  const years = rows.map((r) => r.year);
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? first;

  return (
    <LineChart
      responsive
      style={{ width: '100%', height }}
      data={[...rows]}
      margin={{ top: breaks.length > 0 ? 24 : 12, right: 16, bottom: 4, left: 0 }}
      accessibilityLayer
    >
      <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
      <XAxis
        type="number"
        dataKey="year"
        domain={[first - 0.3, last + 0.3]}
        ticks={years}
        allowDataOverflow
        interval={0}
        stroke="var(--chart-axis)"
        tick={{ fill: 'var(--chart-axis)', fontSize: 12 }}
      />
      <YAxis
        type="number"
        domain={[axis.min, axis.max]}
        ticks={axis.ticks}
        allowDataOverflow
        width={40}
        tickFormatter={(v: number) => fmt.integer(v)}
        stroke="var(--chart-axis)"
        tick={{ fill: 'var(--chart-axis)', fontSize: 12 }}
      />
      <Tooltip
        content={(props) => <UnitTooltip {...props} series={series} />}
        filterNull={false}
        cursor={{ stroke: 'var(--chart-axis)', strokeDasharray: '3 3' }}
      />
      {breaks.map((year) => (
        <ReferenceLine
          key={`break-${year}`}
          x={year - 0.5}
          stroke={methodBreakConfig.methodBreak.color}
          strokeWidth={1.5}
          strokeDasharray="6 4"
          label={{ value: t.trends.methodBreakLabel, position: 'top', fill: 'var(--rapor-ink)', fontSize: 11 }}
        />
      ))}
      {lines.map(({ seriesKey, segment }) => {
        const index = series.findIndex((s) => s.key === seriesKey);
        const style = seriesStyle(index);
        return (
          <Line
            key={`${seriesKey}-${segment}`}
            name={series[index]?.label ?? seriesKey}
            dataKey={segmentTotal(seriesKey, segment)}
            type="linear"
            stroke={style.color}
            strokeWidth={2.5}
            strokeDasharray={style.dash}
            // Scores of 100 sit on the plot's top edge: markers are not cut off there.
            dot={{
              symbol: style.symbol,
              r: 5,
              fill: style.color,
              stroke: style.color,
              strokeDasharray: '',
              clipDot: false,
            }}
            activeDot={{ symbol: style.symbol, r: 7, fill: style.color, stroke: 'var(--rapor-raised)' }}
            isAnimationActive={false}
            connectNulls={false}
          />
        );
      })}
    </LineChart>
  );
}
