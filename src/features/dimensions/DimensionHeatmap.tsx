import { useId, type CSSProperties, type ReactNode } from 'react';
import { HeatmapSvgChart } from '../../components/charts/HeatmapSvgChart';
import { FLAG_MARK } from '../../components/charts/flag-mark';
import { ExportMenu } from '../../components/ui/ExportMenu';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { CardNotes } from './CardNotes';
import { heatmapCsv } from './dimension-csv';
import { heatmapLegend } from './dimension-legend';
import { HEAT_BUCKETS, type HeatCell, type Heatmap } from './dimension-rows';
import { columnHeaderText, type DimensionColumn } from './dimension-year';
import { ScoreWithMark } from './ScoreWithMark';

interface DimensionHeatmapProps {
  heatmap: Heatmap;
  entity: string;
  year: number;
  /** The active unit-type filter in words, for the exported subtitle. */
  filters?: string;
  subtitle: string;
  /** One sentence under the table, for a year whose dimension weights are unknown; null otherwise. */
  weightsNote: string | null;
  sourceLine: string | null;
  illustrative: boolean;
  onOpenUnit: (unit: string) => void;
}

/** Unknown is hatched, so it never reads as the palest (lowest) step of the scale. */
const UNKNOWN_STYLE: CSSProperties = {
  backgroundColor: 'var(--rapor-sunken)',
  backgroundImage: 'repeating-linear-gradient(135deg, transparent 0 5px, var(--rapor-line) 5px 6px)',
  color: 'var(--rapor-muted)',
};

function cellStyle(bucket: number | null): CSSProperties {
  if (bucket === null) return UNKNOWN_STYLE;
  return { backgroundColor: `var(--heat-${bucket})`, color: `var(--heat-ink-${bucket})` };
}

const CELL = 'rounded-md px-2.5 py-2 text-right whitespace-nowrap tabular-nums';
const STICKY = 'sticky left-0 z-10 bg-raised';

function Cell({ cell, strong }: { cell: HeatCell; strong?: boolean }) {
  return (
    <td className={`${CELL} ${strong ? 'font-semibold' : ''}`} style={cellStyle(cell.bucket)}>
      <ScoreWithMark value={cell.value} belowMean={cell.belowMean} />
    </td>
  );
}

function Swatch({ style }: { style: CSSProperties }) {
  return <span aria-hidden className="inline-block h-3 w-5 rounded-sm border border-line/60" style={style} />;
}

/**
 * Units × dimensions with a colour scale; being a table it is its own accessible alternative.
 * Colour only backs up the numbers: below-mean cells carry ▼, unknown cells "—".
 */
export function DimensionHeatmap({
  heatmap,
  entity,
  year,
  filters,
  subtitle,
  weightsNote,
  sourceLine,
  illustrative,
  onOpenUnit,
}: DimensionHeatmapProps) {
  const { t, fmt } = useFullI18n();
  const titleId = useId();
  const { columns, rows, meanCells, meanTotal, range } = heatmap;
  // A weight only where the year has one: never another year's (from 2025 none, unless the file's own).
  const headerOf = (c: DimensionColumn) => columnHeaderText(c, t.dimensions.columnHeader, fmt.percent);
  const headers = columns.map((c) => ({ key: c.key, header: headerOf(c) }));
  const exportChart = <HeatmapSvgChart columns={headers} rows={rows} meanCells={meanCells} meanTotal={meanTotal} />;

  const legend: ReactNode[] = [
    <span key="below">
      <span aria-hidden className="font-semibold text-ink">
        {FLAG_MARK}
      </span>{' '}
      {t.dimensions.legendBelowMean}
    </span>,
  ];
  if (range) {
    legend.push(
      <span key="scale" className="inline-flex flex-wrap items-center gap-1.5">
        {t.dimensions.legendScale}
        <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
          <span className="tabular-nums">{fmt.score(range.min)}</span>
          <span className="inline-flex gap-0.5">
            {Array.from({ length: HEAT_BUCKETS }, (_, i) => (
              <Swatch key={i} style={cellStyle(i)} />
            ))}
          </span>
          <span className="tabular-nums">{fmt.score(range.max)}</span>
        </span>
      </span>,
    );
  }
  if (rows.some((r) => r.cells.some((c) => c.value === null) || r.total.value === null)) {
    legend.push(
      <span key="unknown" className="inline-flex items-center gap-1.5">
        <Swatch style={UNKNOWN_STYLE} />— {t.dimensions.legendUnknown}
      </span>,
    );
  }

  return (
    <section
      aria-labelledby={titleId}
      data-testid="dimension-heatmap"
      className="min-w-0 rounded-xl border border-line bg-raised p-4 shadow-sm sm:p-5"
    >
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={titleId} className="text-base font-semibold text-ink">
            {t.dimensions.heatmapTitle}
          </h3>
          <p className="text-sm text-muted">{subtitle}</p>
        </div>
        {/* The table is its own accessible alternative; the image is an SVG drawn for export only. */}
        <ExportMenu
          title={t.dimensions.heatmapTitle}
          subtitle={subtitle}
          description={t.dimensions.heatmapDescription({
            count: rows.length,
            dimensions: fmt.list(columns.map((d) => d.label)),
          })}
          chart={exportChart}
          spec={{
            exportChart,
            entity,
            year,
            ...(filters ? { filters } : {}),
            legend: heatmapLegend(
              heatmap,
              {
                belowMean: t.dimensions.legendBelowMean,
                scale: t.dimensions.legendScale,
                unknown: t.dimensions.legendUnknown,
                computedTotal: t.chart.computedTotal,
              },
              fmt.score,
            ),
            csv: heatmapCsv(heatmap, headerOf, {
              unit: t.chart.unit,
              short: t.chart.short,
              total: t.chart.total,
              meanRow: t.dimensions.meanRow,
              belowMeanOn: t.dimensions.csvBelowMeanOn,
              status: t.chart.status,
              computedTotal: t.chart.computedTotal,
            }),
            sourceLine: sourceLine ?? '',
            illustrative,
          }}
        />
      </div>
      <div className="relative -mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
        <table className="w-full border-separate border-spacing-[3px] text-sm text-ink">
          <caption className="sr-only">
            {t.dimensions.heatmapTitle}, {subtitle}
          </caption>
          <thead>
            <tr className="align-bottom text-muted">
              <th scope="col" className={`${STICKY} px-2 py-1.5 text-left font-medium`}>
                {t.chart.unit}
              </th>
              {headers.map((h) => (
                <th key={h.key} scope="col" className="min-w-[5.5rem] px-2.5 py-1.5 text-right font-medium">
                  {h.header}
                </th>
              ))}
              <th scope="col" className="min-w-[5.5rem] px-2.5 py-1.5 text-right font-semibold text-ink">
                {t.chart.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.unit}>
                <th scope="row" className={`${STICKY} max-w-[11rem] px-2 py-1.5 text-left font-normal`}>
                  <button
                    type="button"
                    onClick={() => onOpenUnit(row.unit)}
                    title={t.dimensions.openUnit({ unit: row.unit })}
                    className="rounded text-left font-medium text-accent underline decoration-line underline-offset-2 hover:decoration-accent"
                  >
                    {row.label}
                  </button>
                </th>
                {row.cells.map((cell, i) => (
                  <Cell key={columns[i]?.key ?? i} cell={cell} />
                ))}
                <td className={`${CELL} font-semibold`} style={cellStyle(row.total.bucket)}>
                  <ScoreWithMark value={row.total.value} belowMean={row.total.belowMean} />
                  {row.totalComputed && <span title={t.chart.computedTotal}>*</span>}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className={`${STICKY} border-t border-line px-2 pt-2.5 pb-1.5 text-left font-semibold`}>
                {t.dimensions.meanRow}
              </th>
              {meanCells.map((cell, i) => (
                <Cell key={columns[i]?.key ?? i} cell={cell} strong />
              ))}
              <Cell cell={meanTotal} strong />
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="mt-3 space-y-1 text-xs text-muted">
        {weightsNote && <p data-testid="dimension-weights-note">{weightsNote}</p>}
        <CardNotes legend={legend} sourceLine={sourceLine} illustrative={illustrative} />
      </div>
    </section>
  );
}
