import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ReactNode } from 'react';
import type { ActiveDotProps, DotItemDotProps, TooltipContentProps, XAxisTickContentProps } from 'recharts';
import { isDerivedGuess, type ShownLevel } from '../../domain/shown-level';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { levelWithZone, shownLevelText, shownLevelWords } from '../../lib/i18n/level-text';
import type { AllMessages } from '../../lib/i18n/messages';
import { useChartHeight } from './chart-height';
import { bandFill, type ScoreAxis } from './score-axis';
import type { ScoreBand } from './UnitRankingChart';
import { useElementWidth } from './useElementWidth';
import type { ChartConfig } from './chart-config';
import { methodBreakConfig } from './method-break';

export interface TrendChartPoint {
  year: number;
  /** Null when unknown, and when the entity was not assessed (see `assessed`). */
  score: number | null;
  /** The officially reported figure (filled dot); otherwise the units' mean (hollow dot). */
  reported: boolean;
  /** The units' mean, shown beside a reported figure when both are known. */
  computedMean: number | null;
  /** False when the entity was not assessed that year: labelled so, never drawn as a missing score. */
  assessed: boolean;
  /** The year's level as published or derived (see level-text.ts for how it reads). */
  level: ShownLevel | null;
  /**
   * Which stretch of one assessment method the year belongs to, 0 for the oldest: each stretch is its
   * own line, so no line runs across a change of method.
   */
  segment: number;
}

/** The levels that applied in one year, as bands (grades with zones, zones, or opinion levels). */
export interface YearBands {
  year: number;
  bands: readonly ScoreBand[];
  /** The cut points are inferred, not published (from 2025): the view says so. */
  inferred: boolean;
}

interface ScoreTrendChartProps {
  points: readonly TrendChartPoint[];
  yearBands: readonly YearBands[];
  axis: ScoreAxis;
  /** Years at which a new assessment method starts: a dashed line before them, labelled. */
  breaks: readonly number[];
  /** The year chosen in the filter, drawn in bold on the axis. */
  selectedYear?: number;
}

/** The entity's line: a reported score (filled dot) or a mean computed from its units (hollow dot). */
export const scoreTrendConfig = {
  reported: { color: 'var(--chart-trend)', mark: '●' },
  mean: { color: 'var(--chart-trend)', mark: '○' },
  ...methodBreakConfig,
} satisfies ChartConfig;

const LINE = scoreTrendConfig.reported.color;
const HEIGHT = 300;
/** Below this plot width per year, the axis names levels by letter or short word only. */
const LONG_TICK_MIN_WIDTH = 96;

type Words = Pick<AllMessages, 'grade'>;

/** The level under a year on the axis, and the derived mark on a line of its own (it is long). */
function tickLines(point: TrendChartPoint | undefined, t: Words, form: 'long' | 'short'): string[] {
  if (!point) return ['—'];
  if (!point.assessed) return [t.grade.notAssessed];
  if (!point.level) return ['—'];
  if (isDerivedGuess(point.level)) return [shownLevelWords(point.level, t, form), `(${t.grade.derivedMark})`];
  return [shownLevelText(point.level, t, form)];
}

function TrendTooltip({ active, payload }: TooltipContentProps) {
  const { t, fmt } = useFullI18n();
  const point = payload?.[0]?.payload as TrendChartPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="rounded-md border border-line bg-raised px-3 py-2 text-sm text-ink shadow">
      <p className="font-semibold">{point.year}</p>
      {point.assessed ? (
        <>
          <p>
            <strong>{fmt.score(point.score)}</strong>
            {point.score !== null && <> · {point.reported ? t.trends.reported : t.trends.mean}</>}
          </p>
          {point.reported && point.computedMean !== null && (
            <p className="text-muted">{t.trends.meanAlongside({ mean: fmt.score(point.computedMean) })}</p>
          )}
          <p>{point.level ? levelWithZone(point.level, t) : t.grade.unknown}</p>
        </>
      ) : (
        <p>{t.grade.notAssessed}</p>
      )}
    </div>
  );
}

interface MarkerProps {
  cx?: number | undefined;
  cy?: number | undefined;
  payload?: unknown;
  value?: unknown;
  index: number;
}

/** Filled dot for a reported figure, hollow dot for a computed mean: the fill says it, not only the colour. */
function trendMarker(radius: number) {
  return function TrendMarker({ cx, cy, payload, value, index }: MarkerProps) {
    const point = payload as TrendChartPoint | undefined;
    // Each method's line has values only in its own years: no dot elsewhere.
    if (cx === undefined || cy === undefined || !point || typeof value !== 'number') return null;
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

/** The score of a point on the line of one method's stretch; null outside it. */
function segmentScore(segment: number) {
  return (point: TrendChartPoint) => (point.segment === segment ? point.score : null);
}

/**
 * An entity's score per year. The value axis runs from `axis.min` to 100: a line encodes values by
 * position, not by length, so starting above 0 does not exaggerate the way a cut bar would, and
 * on 0–100 a change such as 91,50 → 93,74 would be a flat line. The range still ends at the top of
 * the scale, and the view states the range in the subtitle. Each year's levels sit behind its
 * column, because the scale is the year's own (zones, grades, opinion levels). Where the method
 * changes, the line stops and a dashed rule marks the new method: the scores are not comparable.
 */
export function ScoreTrendChart({ points, yearBands, axis, breaks, selectedYear }: ScoreTrendChartProps) {
  const { t, fmt } = useFullI18n();
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  // An export fills the image's height.
  const height = useChartHeight(HEIGHT);
  const years = points.map((p) => p.year);
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? first;
  const perYear = ((width || 800) - 80) / Math.max(1, last - first + 1);
  const tickForm = perYear >= LONG_TICK_MIN_WIDTH ? 'long' : 'short';
  const pointOfYear = new Map(points.map((p) => [p.year, p]));
  // A line per method stretch with a known score (a stretch of years not assessed draws none).
  const segments = [...new Set(points.filter((p) => p.score !== null).map((p) => p.segment))];
  const notAssessedYears = points.filter((p) => !p.assessed).map((p) => p.year);
  const anyDerived = points.some((p) => isDerivedGuess(p.level));

  const renderTick = ({ x, y, payload }: XAxisTickContentProps) => {
    const year = Number(payload.value);
    const bold = year === selectedYear;
    return (
      <g transform={`translate(${Number(x)},${Number(y)})`}>
        <text dy={14} textAnchor="middle" fill="var(--rapor-ink)" fontSize={12} fontWeight={bold ? 700 : 400}>
          {year}
        </text>
        {tickLines(pointOfYear.get(year), t, tickForm).map((line, i) => (
          <text key={line} dy={30 + i * 14} textAnchor="middle" fill="var(--chart-axis)" fontSize={i === 0 ? 12 : 11}>
            {line}
          </text>
        ))}
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
                  value: band.grade ?? (band.quality !== undefined ? t.grade.qualityShort[band.quality] : ''),
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
          height={anyDerived ? 58 : 44}
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
        {breaks.map((year) => (
          <ReferenceLine
            key={`break-${year}`}
            x={year - 0.5}
            stroke={scoreTrendConfig.methodBreak.color}
            strokeWidth={1.5}
            strokeDasharray="6 4"
            label={{ value: t.trends.methodBreakLabel, position: 'top', fill: 'var(--rapor-ink)', fontSize: 11 }}
          />
        ))}
        {notAssessedYears.map((year) => (
          <ReferenceLine
            key={`not-assessed-${year}`}
            x={year}
            stroke="none"
            label={{ value: t.grade.notAssessed, position: 'center', fill: 'var(--chart-axis)', fontSize: 12 }}
          />
        ))}
        {/* Unknown and not-assessed years get a tooltip too, saying which they are. */}
        <Tooltip
          content={TrendTooltip}
          filterNull={false}
          cursor={{ stroke: 'var(--chart-axis)', strokeDasharray: '3 3' }}
        />
        {segments.map((segment) => (
          <Line
            key={`segment-${segment}`}
            type="linear"
            dataKey={segmentScore(segment)}
            name={String(segment)}
            stroke={LINE}
            strokeWidth={2.5}
            dot={TrendDot}
            activeDot={TrendActiveDot}
            isAnimationActive={false}
            connectNulls={false}
          >
            <LabelList
              dataKey={segmentScore(segment)}
              position="top"
              offset={10}
              fill="var(--rapor-ink)"
              fontSize={12}
              fontWeight={600}
              formatter={(value: unknown) => (typeof value === 'number' ? fmt.score(value) : '')}
            />
          </Line>
        ))}
      </LineChart>
    </div>
  );
}
