import { useId } from 'react';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { useChartHeight } from './chart-height';
import { FLAG_MARK } from './flag-mark';
import { useElementWidth } from './useElementWidth';

/** One cell of the heatmap: its score, colour step (0 = lowest; null for unknown) and ▼ mark. */
export interface HeatmapSvgCell {
  value: number | null;
  bucket: number | null;
  belowMean: boolean;
}

export interface HeatmapSvgRow {
  unit: string;
  label: string;
  /** One cell per column, in column order. */
  cells: readonly HeatmapSvgCell[];
  total: HeatmapSvgCell;
  totalComputed: boolean;
}

/** A dimension column and its header as the screen shows it (with the weight where one holds). */
export interface HeatmapSvgColumn {
  key: string;
  header: string;
}

interface HeatmapSvgChartProps {
  columns: readonly HeatmapSvgColumn[];
  rows: readonly HeatmapSvgRow[];
  /** The entity's means, one per column, drawn as the last row. */
  meanCells: readonly HeatmapSvgCell[];
  meanTotal: HeatmapSvgCell;
}

const HEADER = 40;
const MEAN_GAP = 10;
const GAP = 3;
/** Below this a row's text no longer fits; the SVG then grows and the frame scales it down. */
const MIN_ROW = 18;
const MAX_ROW = 64;

/** Shortens a label to about `width` pixels at `fontSize`, ending it with "…". */
function fitLabel(label: string, width: number, fontSize: number): string {
  const max = Math.max(4, Math.floor(width / (fontSize * 0.58)));
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

function cellFill(cell: HeatmapSvgCell, hatch: string): string {
  return cell.bucket === null ? `url(#${hatch})` : `var(--heat-${cell.bucket})`;
}

function cellInk(cell: HeatmapSvgCell): string {
  return cell.bucket === null ? 'var(--rapor-muted)' : `var(--heat-ink-${cell.bucket})`;
}

/**
 * The dimension heatmap as a plain SVG, for export only (on screen it is an HTML table): the same
 * colour steps, values as text with ▼ below the mean and "—" for unknown on a hatched cell, the
 * screen's column headers (weights included where the year has them) and the entity's means as the
 * last row. It lays itself out to the
 * width it is given and the export's height, so the image is filled.
 */
export function HeatmapSvgChart({ columns, rows, meanCells, meanTotal }: HeatmapSvgChartProps) {
  const { t, fmt } = useFullI18n();
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const hatch = `heat-hatch-${useId().replace(/[^\w-]/g, '')}`;
  const lines = rows.length + 1;
  const height = useChartHeight(HEADER + MEAN_GAP + lines * 36);
  const rowHeight = Math.min(MAX_ROW, Math.max(MIN_ROW, (height - HEADER - MEAN_GAP) / lines));
  // As tall as the rows need: when that is less than the image offers, the frame centres it; when
  // more (many units), the frame scales it down.
  const svgHeight = HEADER + MEAN_GAP + lines * rowHeight;
  const fontSize = Math.round(Math.min(16, Math.max(10, rowHeight * 0.36)));

  const longest = rows.reduce((n, r) => Math.max(n, r.label.length), t.dimensions.meanRow.length);
  const labelWidth = Math.round(Math.min(width * 0.3, Math.max(110, longest * fontSize * 0.58 + 16)));
  const columnWidth = (width - labelWidth) / (columns.length + 1);

  const valueText = (cell: HeatmapSvgCell, computed = false) =>
    cell.value === null
      ? fmt.score(null)
      : `${cell.belowMean ? `${FLAG_MARK} ` : ''}${fmt.score(cell.value)}${computed ? '*' : ''}`;

  const drawRow = (
    key: string,
    label: string,
    cells: readonly HeatmapSvgCell[],
    total: HeatmapSvgCell,
    y: number,
    options: { strong: boolean; computed: boolean },
  ) => (
    <g key={key}>
      <text
        x={0}
        y={y + rowHeight / 2}
        dominantBaseline="central"
        fontSize={fontSize}
        fontWeight={options.strong ? 700 : 400}
        fill="var(--rapor-ink)"
      >
        {fitLabel(label, labelWidth - 10, fontSize)}
      </text>
      {[...cells, total].map((cell, i) => {
        const x = labelWidth + i * columnWidth;
        const isTotal = i === cells.length;
        return (
          <g key={columns[i]?.key ?? 'total'}>
            <rect
              x={x + GAP / 2}
              y={y + GAP / 2}
              width={Math.max(0, columnWidth - GAP)}
              height={Math.max(0, rowHeight - GAP)}
              rx={4}
              fill={cellFill(cell, hatch)}
            />
            <text
              x={x + columnWidth / 2}
              y={y + rowHeight / 2}
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={fontSize}
              fontWeight={options.strong || isTotal ? 700 : 400}
              fill={cellInk(cell)}
            >
              {valueText(cell, isTotal && options.computed)}
            </text>
          </g>
        );
      })}
    </g>
  );

  const meanTop = HEADER + rows.length * rowHeight + MEAN_GAP;
  return (
    <div ref={containerRef}>
      {width > 0 && (
        <svg
          data-export-surface
          width={width}
          height={svgHeight}
          viewBox={`0 0 ${width} ${svgHeight}`}
          role="img"
          aria-label={t.dimensions.heatmapTitle}
        >
          <defs>
            {/* Unknown is hatched, so it never reads as the palest (lowest) step of the scale. */}
            <pattern id={hatch} width={7} height={7} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width={7} height={7} fill="var(--rapor-sunken)" />
              <line x1={0} y1={0} x2={0} y2={7} stroke="var(--rapor-line)" strokeWidth={2} />
            </pattern>
          </defs>
          <text x={0} y={HEADER - 12} fontSize={fontSize} fontWeight={600} fill="var(--rapor-muted)">
            {t.chart.unit}
          </text>
          {columns.map((d, i) => (
            <text
              key={d.key}
              x={labelWidth + (i + 0.5) * columnWidth}
              y={HEADER - 12}
              textAnchor="middle"
              fontSize={fontSize}
              fontWeight={600}
              fill="var(--rapor-muted)"
            >
              {d.header}
            </text>
          ))}
          <text
            x={labelWidth + (columns.length + 0.5) * columnWidth}
            y={HEADER - 12}
            textAnchor="middle"
            fontSize={fontSize}
            fontWeight={700}
            fill="var(--rapor-ink)"
          >
            {t.chart.total}
          </text>
          {rows.map((row, index) =>
            drawRow(row.unit, row.label, row.cells, row.total, HEADER + index * rowHeight, {
              strong: false,
              computed: row.totalComputed,
            }),
          )}
          <line
            x1={0}
            x2={width}
            y1={meanTop - MEAN_GAP / 2}
            y2={meanTop - MEAN_GAP / 2}
            stroke="var(--rapor-line)"
            strokeWidth={1}
          />
          {drawRow('mean', t.dimensions.meanRow, meanCells, meanTotal, meanTop, { strong: true, computed: false })}
        </svg>
      )}
    </div>
  );
}
