import { DefaultZIndexes, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import { meanLineConfig } from './mean-line-config';

/**
 * A dashed vertical line at `value` on a horizontal bar chart's value axis, above the bars and below
 * their value labels. Plain SVG placed with the chart's own scale: a Recharts ReferenceLine also takes
 * part in the chart's domain and state, which cost the first chart a further render pass.
 */
export function MeanLine({ value }: { value: number }) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  const x = scale?.(value);
  if (!plot || x === undefined || !Number.isFinite(x)) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <line
        className="rapor-mean-line"
        x1={x}
        x2={x}
        y1={plot.y}
        y2={plot.y + plot.height}
        stroke={meanLineConfig.mean.color}
        strokeDasharray={meanLineConfig.mean.dash}
        strokeWidth={2}
      />
    </ZIndexLayer>
  );
}
