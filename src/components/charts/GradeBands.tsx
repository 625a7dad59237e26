import { usePlotArea, useXAxisScale } from 'recharts';
import { useI18n } from '../../lib/i18n/i18n-context';
import { bandShapes } from './score-axis';
import type { ScoreBand } from './UnitRankingChart';

/**
 * The year's grade bands behind a horizontal score bar chart, each named above the plot. Drawn as
 * plain SVG from the chart's own scale rather than as Recharts ReferenceAreas: five of those, each
 * with a label, were the largest single cost in a CPU profile of the first chart's render.
 */
export function GradeBands({ bands }: { bands: readonly ScoreBand[] }) {
  const { t } = useI18n();
  const plot = usePlotArea();
  const scale = useXAxisScale();
  if (!plot || !scale) return null;
  const shapes = bandShapes(bands, scale, plot, (band) =>
    band.zone !== undefined
      ? t.grade.zoneShort[band.zone]
      : band.quality !== undefined
        ? t.grade.qualityShort[band.quality]
        : '',
  );
  return (
    <g className="rapor-grade-bands">
      {shapes.map((band) => (
        <rect key={band.key} x={band.x} y={band.y} width={band.width} height={band.height} fill={band.fill} />
      ))}
      {shapes.map((band) => (
        <text
          key={band.key}
          x={band.nameX}
          y={band.nameY}
          textAnchor="middle"
          fill="var(--chart-axis)"
          fontSize={12}
          fontWeight={600}
        >
          {band.name}
        </text>
      ))}
    </g>
  );
}
