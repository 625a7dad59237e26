import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { TooltipContentProps } from 'recharts';
import type { Dimension } from '../../domain/model';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { useChartHeight } from './chart-height';
import { FLAG_MARK } from './flag-mark';
import { nameTick, withShortTailKept } from './name-tick';
import { useElementWidth } from './useElementWidth';
import { paletteColor, type ChartColor } from './chart-config';

export interface GroupedBarRow {
  id: string;
  /** Short label for the axis (unitShort when there is one). */
  label: string;
  fullName: string;
  /** Score by dimension key; null is unknown and draws no bar. */
  scores: Record<string, number | null>;
  /** Below the entity's mean on that dimension: marked ▼ beside the bar. */
  below: Record<string, boolean>;
  /** A row standing for this many units left out of a long chart: no bars, its label says how many. */
  hiddenCount?: number;
}

interface DimensionGroupedBarChartProps {
  rows: readonly GroupedBarRow[];
  dimensions: readonly Dimension[];
  /** The entity's mean per dimension, for the tooltip. */
  means: Record<string, number | null>;
}

/** One colour per dimension (styles.css, light and dark); it repeats after six dimensions. */
const DIMENSION_PALETTE: readonly ChartColor[] = [
  'var(--chart-dim-1)',
  'var(--chart-dim-2)',
  'var(--chart-dim-3)',
  'var(--chart-dim-4)',
  'var(--chart-dim-5)',
  'var(--chart-dim-6)',
];

/** The series colour of the dimension at `index`. */
export function dimensionColour(index: number): ChartColor {
  return paletteColor(DIMENSION_PALETTE, index);
}

function GroupedTooltip({
  active,
  payload,
  dimensions,
  means,
}: TooltipContentProps & Pick<DimensionGroupedBarChartProps, 'dimensions' | 'means'>) {
  const { t, fmt } = useFullI18n();
  const row = payload?.[0]?.payload as GroupedBarRow | undefined;
  if (!active || !row || row.hiddenCount !== undefined) return null;
  return (
    <div className="rounded-md border border-line bg-raised px-3 py-2 text-sm text-ink shadow">
      <p className="font-semibold">{row.fullName}</p>
      <table className="mt-1">
        <tbody>
          {dimensions.map((d, i) => (
            <tr key={d.key}>
              <th scope="row" className="pr-3 text-left font-normal">
                <span
                  aria-hidden
                  className="mr-1.5 inline-block h-2.5 w-2.5 rounded-sm"
                  style={{ background: dimensionColour(i) }}
                />
                {d.label}
              </th>
              <td className="pr-3 text-right font-semibold tabular-nums">
                {row.below[d.key] ? `${FLAG_MARK} ` : ''}
                {fmt.score(row.scores[d.key])}
              </td>
              <td className="text-right text-muted tabular-nums">
                {t.dimensions.meanShort({ mean: fmt.score(means[d.key]) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Units on the category axis, one bar per dimension inside each unit. Grouping by unit (not by
 * dimension) keeps the palette to one colour per dimension (four, not one per unit) and lets a
 * reader see at a glance which dimension pulls a unit down. Bars run horizontally so full unit
 * names fit on a phone, on the full 0–100 scale (a cut axis would overstate gaps); a value below
 * the entity's mean gets a ▼ beside its value, never colour alone. Every bar carries its value, so
 * an exported image needs no tooltip.
 */
export function DimensionGroupedBarChart({ rows, dimensions, means }: DimensionGroupedBarChartProps) {
  const { fmt } = useFullI18n();
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const screenBar = dimensions.length > 4 ? 8 : 11;
  const screenHeight = Math.max(180, rows.length * (dimensions.length * (screenBar + 2) + 18) + 40);
  // In an export the chart fills the image's height, bars and gaps growing (or shrinking) with it;
  // bars grow at most 2×, and a chart shorter than the image is then centred in it.
  const height = Math.min(useChartHeight(screenHeight), Math.round(screenHeight * 2));
  const scale = height / screenHeight;
  const barSize = Math.max(2, Math.round(screenBar * scale));
  const longestLabel = rows.reduce((n, r) => Math.max(n, r.label.length), 0);
  const axisWidth = Math.round(Math.max(72, Math.min(longestLabel * 7.5 + 24, 190, (width || 800) * 0.36)));

  return (
    <div ref={containerRef}>
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: 60, bottom: 4, left: 4 }}
        barGap={Math.max(1, Math.round(2 * scale))}
        barCategoryGap={Math.max(4, Math.round(12 * scale))}
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
          tick={nameTick('var(--chart-axis)')}
          tickFormatter={withShortTailKept}
          interval={0}
        />
        <Tooltip
          content={(props: TooltipContentProps) => <GroupedTooltip {...props} dimensions={dimensions} means={means} />}
          cursor={{ fill: 'var(--chart-grid)', fillOpacity: 0.5 }}
        />
        {dimensions.map((d, i) => (
          <Bar
            key={d.key}
            name={d.label}
            dataKey={(row: GroupedBarRow) => row.scores[d.key] ?? null}
            fill={dimensionColour(i)}
            barSize={barSize}
            radius={[0, 2, 2, 0]}
            isAnimationActive={false}
          >
            <LabelList
              position="right"
              fill="var(--rapor-ink)"
              fontSize={11}
              valueAccessor={(_entry: unknown, index: number) => {
                const value = rows[index]?.scores[d.key];
                if (value === null || value === undefined) return '';
                return `${rows[index]?.below[d.key] ? `${FLAG_MARK} ` : ''}${fmt.score(value)}`;
              }}
            />
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}
