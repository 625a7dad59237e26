import { CartesianGrid, LabelList, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReactNode } from 'react';
import type { ActiveDotProps, DotItemDotProps, TooltipContentProps, XAxisTickContentProps } from 'recharts';
import type { GradeResult } from '../../domain/grades';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { useChartHeight } from './chart-height';
import { bandFill, type ScoreAxis } from './score-axis';
import type { ScoreBand } from './UnitRankingChart';
import { useElementWidth } from './useElementWidth';

export interface TrendChartPoint {
  year: number;
  score: number | null;
  /** The officially reported figure (filled dot); otherwise the units' mean (hollow dot). */
  reported: boolean;
  /** The units' mean, shown beside a reported figure when both are known. */
  computedMean: number | null;
  grade: GradeResult | null;
}

/** The grade bands that applied in one year (letters from 2022, zones before). */
export interface YearBands {
  year: number;
  bands: readonly ScoreBand[];
}

interface ScoreTrendChartProps {
  points: readonly TrendChartPoint[];
  yearBands: readonly YearBands[];
  axis: ScoreAxis;
  /** The year chosen in the filter, drawn in bold on the axis. */
  selectedYear?: number;
}

const LINE = 'var(--chart-trend)';
const HEIGHT = 300;
/** Below this plot width per year, the axis names grades by letter or zone word only. */
const LONG_TICK_MIN_WIDTH = 96;

function useGradeText() {
  const { t } = useFullI18n();
  return {
    long: (grade: GradeResult | null) =>
      grade === null ? '—' : grade.grade ? t.grade.letter({ grade: grade.grade }) : t.grade.zone[grade.zone],
    short: (grade: GradeResult | null) => (grade === null ? '—' : (grade.grade ?? t.grade.zoneShort[grade.zone])),
    full: (grade: GradeResult | null) =>
      grade === null
        ? t.grade.unknown
        : grade.grade
          ? `${t.grade.letter({ grade: grade.grade })} (${t.grade.label[grade.grade] ?? grade.grade}) · ${t.grade.zone[grade.zone]}`
          : t.grade.zone[grade.zone],
  };
}

function TrendTooltip({ active, payload }: TooltipContentProps) {
  const { t, fmt } = useFullI18n();
  const gradeText = useGradeText();
  const point = payload?.[0]?.payload as TrendChartPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="rounded-md border border-line bg-raised px-3 py-2 text-sm text-ink shadow">
      <p className="font-semibold">{point.year}</p>
      <p>
        <strong>{fmt.score(point.score)}</strong> · {point.reported ? t.trends.reported : t.trends.mean}
      </p>
      {point.reported && point.computedMean !== null && (
        <p className="text-muted">{t.trends.meanAlongside({ mean: fmt.score(point.computedMean) })}</p>
      )}
      <p>{gradeText.full(point.grade)}</p>
    </div>
  );
}

interface MarkerProps {
  cx?: number | undefined;
  cy?: number | undefined;
  payload?: unknown;
  index: number;
}

/** Filled dot for a reported figure, hollow dot for a computed mean: the fill says it, not only the colour. */
function trendMarker(radius: number) {
  return function TrendMarker({ cx, cy, payload, index }: MarkerProps) {
    const point = payload as TrendChartPoint | undefined;
    if (cx === undefined || cy === undefined || !point || point.score === null) return null;
    return (
      <circle
        key={`dot-${index}`}
        cx={cx}
        cy={cy}
        r={radius}
        fill={point.reported ? LINE : 'var(--rapor-raised)'}
        stroke={LINE}
        strokeWidth={2.5}
      />
    );
  };
}

const TrendDot: (props: DotItemDotProps) => ReactNode = trendMarker(5.5);
const TrendActiveDot: (props: ActiveDotProps) => ReactNode = trendMarker(7.5);

/**
 * An entity's score per year. The value axis runs from `axis.min` to 100: a line encodes values by
 * position, not by length, so starting above 0 does not exaggerate the way a cut bar would, and
 * on 0–100 a change such as 91,50 → 93,74 would be a flat line. The range still ends at the top of
 * the scale, and the view states the range in the subtitle. Each year's grade bands sit behind its
 * column, because the scale changed in 2022 (zones only before).
 */
export function ScoreTrendChart({ points, yearBands, axis, selectedYear }: ScoreTrendChartProps) {
  const { fmt } = useFullI18n();
  const gradeText = useGradeText();
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  // An export fills the image's height.
  const height = useChartHeight(HEIGHT);
  const years = points.map((p) => p.year);
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? first;
  const perYear = ((width || 800) - 80) / Math.max(1, last - first + 1);
  const gradeOfYear = new Map(points.map((p) => [p.year, p.grade]));

  const renderTick = ({ x, y, payload }: XAxisTickContentProps) => {
    const year = Number(payload.value);
    const grade = gradeOfYear.get(year) ?? null;
    const bold = year === selectedYear;
    return (
      <g transform={`translate(${Number(x)},${Number(y)})`}>
        <text dy={14} textAnchor="middle" fill="var(--rapor-ink)" fontSize={12} fontWeight={bold ? 700 : 400}>
          {year}
        </text>
        <text dy={30} textAnchor="middle" fill="var(--chart-axis)" fontSize={12}>
          {perYear >= LONG_TICK_MIN_WIDTH ? gradeText.long(grade) : gradeText.short(grade)}
        </text>
      </g>
    );
  };

  return (
    <div ref={containerRef}>
      <LineChart
        responsive
        style={{ width: '100%', height }}
        data={[...points]}
        margin={{ top: 24, right: 16, bottom: 8, left: 0 }}
        accessibilityLayer
      >
        {yearBands.flatMap(({ year, bands }) =>
          bands
            .filter((band) => band.max > axis.min)
            .map((band) => (
              <ReferenceArea
                key={`${year}-${band.min}`}
                x1={year - 0.5}
                x2={year + 0.5}
                y1={Math.max(band.min, axis.min)}
                y2={band.max}
                fill={bandFill(band)}
                fillOpacity={1}
                stroke="var(--chart-band-edge)"
                strokeWidth={1}
                ifOverflow="hidden"
                label={{
                  value: band.grade ?? '',
                  position: 'insideTopLeft',
                  fill: 'var(--chart-axis)',
                  fontSize: 11,
                }}
              />
            )),
        )}
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" strokeOpacity={0.6} />
        <XAxis
          type="number"
          dataKey="year"
          domain={[first - 0.5, last + 0.5]}
          ticks={years}
          allowDataOverflow
          interval={0}
          height={44}
          stroke="var(--chart-axis)"
          tick={renderTick}
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
        <Tooltip content={TrendTooltip} cursor={{ stroke: 'var(--chart-axis)', strokeDasharray: '3 3' }} />
        <Line
          type="linear"
          dataKey="score"
          stroke={LINE}
          strokeWidth={2.5}
          dot={TrendDot}
          activeDot={TrendActiveDot}
          isAnimationActive={false}
          connectNulls={false}
        >
          <LabelList
            dataKey="score"
            position="top"
            offset={10}
            fill="var(--rapor-ink)"
            fontSize={12}
            fontWeight={600}
            formatter={(value: unknown) => (typeof value === 'number' ? fmt.score(value) : '')}
          />
        </Line>
      </LineChart>
    </div>
  );
}
