import { Bar, BarChart, CartesianGrid, LabelList, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import type { TooltipContentProps } from 'recharts';
import type { Score } from '../../domain/model';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { useChartHeight } from './chart-height';
import { useElementWidth } from './useElementWidth';
import type { ChartConfig } from './chart-config';

/** The one series: the points a unit's total would gain from coaching one dimension. */
export const coachingEffectConfig = {
  effect: { color: 'var(--chart-effect)' },
} satisfies ChartConfig;

export interface CoachingEffectRow {
  id: string;
  /** Short unit name, the second line of the axis label. */
  unitLabel: string;
  unitName: string;
  dimensionLabel: string;
  /** Points the unit's total gains by raising this dimension to the entity mean. */
  effect: number;
  score: Score;
  mean: Score;
  gap: number;
  weightPercent: number;
}

interface CoachingEffectChartProps {
  rows: readonly CoachingEffectRow[];
}

const ROW_HEIGHT = 46;
const TICK_STEPS = [0.1, 0.25, 0.5, 1, 2, 5, 10];

/** Round ticks from zero past the largest effect (0; 0,5; 1; …) instead of Recharts' odd fractions. */
function effectTicks(rows: readonly CoachingEffectRow[]): number[] {
  const max = rows.reduce((m, r) => Math.max(m, r.effect), 0);
  const step = TICK_STEPS.find((s) => max / s <= 5) ?? Math.ceil(max / 5);
  const count = Math.max(1, Math.ceil(max / step - 1e-9));
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toFixed(2)));
}

function EffectTooltip({ active, payload }: TooltipContentProps) {
  const { t, fmt } = useFullI18n();
  const row = payload?.[0]?.payload as CoachingEffectRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="rounded-md border border-line bg-raised px-3 py-2 text-sm text-ink shadow">
      <p className="font-semibold">
        {row.unitName} · {row.dimensionLabel}
      </p>
      <p>
        {t.coaching.colEffect}: <strong>{t.coaching.points({ value: fmt.signed(row.effect) })}</strong>
      </p>
      <p className="text-muted">
        {t.coaching.effectTooltip({
          score: fmt.score(row.score),
          mean: fmt.score(row.mean),
          weight: fmt.percent(row.weightPercent),
        })}
      </p>
    </div>
  );
}

/** Every other unit's rows, as first and last row id, so a unit's dimensions read as one group. */
function alternateUnitGroups(rows: readonly CoachingEffectRow[]): { first: string; last: string }[] {
  const groups: { unit: string; first: string; last: string }[] = [];
  for (const row of rows) {
    const current = groups.at(-1);
    if (current && current.unit === row.unitName) current.last = row.id;
    else groups.push({ unit: row.unitName, first: row.id, last: row.id });
  }
  return groups.filter((_, i) => i % 2 === 1);
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  index?: number;
}

/**
 * Weighted effect on the total per focus dimension, one bar per unit and dimension, on an axis
 * from zero: the bar length is the points a unit gains, so a cut axis would overstate it.
 */
export function CoachingEffectChart({ rows }: CoachingEffectChartProps) {
  const { t, fmt } = useFullI18n();
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const screenHeight = rows.length * ROW_HEIGHT + 40;
  // An export fills the image's height, bars growing at most 2× (a shorter chart is centred).
  const height = Math.min(useChartHeight(screenHeight), screenHeight * 2);
  const ticks = effectTicks(rows);
  const longest = rows.reduce((n, r) => Math.max(n, r.unitLabel.length, r.dimensionLabel.length), 0);
  const axisWidth = Math.round(Math.max(84, Math.min(longest * 7 + 16, 200, (width || 800) * 0.4)));

  // Dimension on the first line, the unit under it, so the label never needs wrapping.
  const renderTick = ({ x, y, index }: TickProps) => {
    const row = index === undefined ? undefined : rows[index];
    if (!row) return <g />;
    return (
      <g transform={`translate(${Number(x)},${Number(y)})`}>
        <text textAnchor="end" x={-6} y={-3} fill="var(--rapor-ink)" fontSize={12} fontWeight={600}>
          {row.dimensionLabel}
        </text>
        <text textAnchor="end" x={-6} y={12} fill="var(--chart-axis)" fontSize={11}>
          {row.unitLabel.length > 28 ? `${row.unitLabel.slice(0, 27)}…` : row.unitLabel}
        </text>
      </g>
    );
  };

  return (
    <div ref={containerRef}>
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: 76, bottom: 4, left: 4 }}
        accessibilityLayer
      >
        {alternateUnitGroups(rows).map((g) => (
          <ReferenceArea key={g.first} y1={g.first} y2={g.last} fill="var(--chart-grid)" fillOpacity={0.45} />
        ))}
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          domain={[0, ticks.at(-1) ?? 'auto']}
          ticks={ticks}
          tickFormatter={(v: number) => (Number.isInteger(v) ? fmt.integer(v) : fmt.score(v))}
          stroke="var(--chart-axis)"
          tick={{ fill: 'var(--chart-axis)', fontSize: 12 }}
        />
        <YAxis
          type="category"
          dataKey="id"
          width={axisWidth}
          stroke="var(--chart-axis)"
          tick={renderTick}
          interval={0}
        />
        <Tooltip content={EffectTooltip} cursor={{ fill: 'var(--chart-grid)', fillOpacity: 0.5 }} />
        <Bar dataKey="effect" fill={coachingEffectConfig.effect.color} radius={[0, 3, 3, 0]} isAnimationActive={false}>
          <LabelList
            dataKey="effect"
            position="right"
            fill="var(--rapor-ink)"
            fontSize={12}
            formatter={(value: unknown) =>
              typeof value === 'number' ? t.coaching.points({ value: fmt.signed(value) }) : '—'
            }
          />
        </Bar>
      </BarChart>
    </div>
  );
}
