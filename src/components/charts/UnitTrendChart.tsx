import { CartesianGrid, Line, LineChart, Symbols, Tooltip, XAxis, YAxis } from 'recharts';
import type { SymbolType, TooltipContentProps } from 'recharts';
import { useI18n } from '../../lib/i18n/i18n-context';
import { useChartHeight } from './chart-height';
import type { ScoreAxis } from './score-axis';

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
}

interface UnitTrendChartProps {
  series: readonly UnitSeries[];
  rows: readonly UnitTrendRow[];
  axis: ScoreAxis;
}

export interface SeriesStyle {
  color: string;
  dash: string;
  symbol: SymbolType;
}

const COLOURS = 8;
const DASHES = ['', '7 4', '2 3', '10 3 2 3'] as const;
const SYMBOLS: readonly SymbolType[] = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'];

/**
 * Colour, dash pattern and point marker of the n-th series. The three cycle at different lengths, so
 * lines stay apart without colour: the first four differ in all three, and no two of the first 24 match.
 */
export function seriesStyle(index: number): SeriesStyle {
  return {
    color: `var(--chart-series-${(index % COLOURS) + 1})`,
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

function UnitTooltip({ active, payload, label, series }: TooltipContentProps & { series: readonly UnitSeries[] }) {
  const { fmt } = useI18n();
  if (!active || !payload || payload.length === 0) return null;
  const entries = payload
    .map((item) => ({
      name: String(item.name),
      value: typeof item.value === 'number' ? item.value : null,
      index: series.findIndex((s) => s.label === item.name),
    }))
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
  return (
    <div className="rounded-md border border-line bg-raised px-3 py-2 text-sm text-ink shadow">
      <p className="font-semibold">{String(label)}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.name} className="flex items-center justify-between gap-4">
            <span className="flex items-center gap-1.5">
              {entry.index >= 0 && <SeriesSwatch index={entry.index} />}
              {entry.name}
            </span>
            <strong className="tabular-nums">{fmt.score(entry.value)}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Each unit's total per year, one line per unit told apart by colour, dash and marker. The value axis
 * is chosen as for the entity trend (see ScoreTrendChart): from `axis.min` to 100, stated by the view.
 * A year without a total leaves a gap rather than an interpolated line.
 */
export function UnitTrendChart({ series, rows, axis }: UnitTrendChartProps) {
  const { fmt } = useI18n();
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
      margin={{ top: 12, right: 16, bottom: 4, left: 0 }}
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
        cursor={{ stroke: 'var(--chart-axis)', strokeDasharray: '3 3' }}
      />
      {series.map((s, index) => {
        const style = seriesStyle(index);
        return (
          <Line
            key={s.key}
            name={s.label}
            dataKey={(row: UnitTrendRow) => row.totals[s.key] ?? null}
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
