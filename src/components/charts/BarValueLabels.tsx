import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';

/** A bar of a horizontal bar chart: its category on the y axis, its value (none: no label), the value as printed. */
export interface BarValue {
  category: string;
  value: number | null;
  text: string;
}

/** Space between a bar's end and its value, in pixels. */
const GAP = 5;

/**
 * Each bar's value just past its end, on a horizontal bar chart with one bar per category. Plain SVG
 * placed with the chart's own scales: Recharts' LabelList measures every label's words for wrapping
 * (these never wrap) and cost the overview's first chart a further render pass.
 */
export function BarValueLabels({ bars }: { bars: readonly BarValue[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g className="rapor-bar-values">
        {bars.map(({ category, value, text }) => {
          if (value === null) return null;
          const x = xScale(value);
          const y = yScale(category, { position: 'middle' });
          if (x === undefined || y === undefined) return null;
          return (
            <text key={category} x={x + GAP} y={y} dy="0.355em" fill="var(--rapor-ink)" fontSize={12}>
              {text}
            </text>
          );
        })}
      </g>
    </ZIndexLayer>
  );
}
