import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';
import type { ChartExport } from './chart-export';
import { ExportMenu } from './ExportMenu';
import { LazyBoundary } from './LazyBoundary';
import { PrerenderedIsland } from './PrerenderedIsland';

interface ChartCardProps {
  title: string;
  subtitle?: string;
  /** What the chart shows, for screen readers (the figure's accessible description). */
  description: string;
  /** The same data as a table: the accessible alternative and the "show as table" view. */
  table: ReactNode;
  /** Notes under the chart: legend, source line, illustrative-values note. */
  footer?: ReactNode;
  /** Extra controls in the header (export menu, options). */
  actions?: ReactNode;
  /** Makes the chart exportable (PNG, SVG, clipboard, CSV); `children` is the chart drawn unless `exportSpec.exportChart` is given. */
  exportSpec?: ChartExport;
  children: ReactElement;
  testId?: string;
  /**
   * For a chart whose code comes later (fetched by this): shown as drawn at build time on the
   * prerendered page until the person starts using it, and with no loading line in between elsewhere.
   */
  liveWhen?: () => Promise<void>;
  /** What the chart shows, for a prerendered one: its drawn copy goes once this differs. */
  islandShows?: string;
}

/** The frame every chart sits in: title, subtitle, chart or table, notes. */
export function ChartCard({
  title,
  subtitle,
  description,
  table,
  footer,
  actions,
  exportSpec,
  children,
  testId,
  liveWhen,
  islandShows,
}: ChartCardProps) {
  const { t } = useI18n();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const descId = useId();

  return (
    <figure
      aria-labelledby={titleId}
      aria-describedby={descId}
      data-testid={testId}
      className="min-w-0 rounded-xl border border-line bg-raised p-4 shadow-sm sm:p-5"
    >
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={titleId} className="text-base font-semibold text-ink">
            {title}
          </h3>
          {subtitle && <p className="text-sm text-muted">{subtitle}</p>}
          <p id={descId} className="sr-only">
            {description}
          </p>
        </div>
        <div className="flex items-center gap-2">
          {actions}
          {exportSpec && (
            <ExportMenu
              title={title}
              {...(subtitle ? { subtitle } : {})}
              description={description}
              chart={exportSpec.exportChart ?? children}
              spec={exportSpec}
            />
          )}
          <button
            type="button"
            aria-pressed={asTable}
            onClick={() => setAsTable((v) => !v)}
            className="rounded-md border border-line px-2.5 py-1 text-sm text-ink hover:bg-sunken print:hidden"
          >
            {asTable ? t.chart.showChart : t.chart.showTable}
          </button>
        </div>
      </div>
      {asTable ? (
        <div className="overflow-x-auto">
          {/* A table's code may be fetched only when it is first asked for. */}
          <LazyBoundary>{table}</LazyBoundary>
        </div>
      ) : (
        // Not role="img": that would hide the chart's focusable bars, tooltips and buttons from assistive
        // technology. The figure around it carries the title as its name and the description.
        <div data-chart-area>
          {testId && liveWhen ? (
            <PrerenderedIsland id={testId} liveWhen={liveWhen} {...(islandShows ? { shows: islandShows } : {})}>
              <LazyBoundary>{children}</LazyBoundary>
            </PrerenderedIsland>
          ) : (
            children
          )}
        </div>
      )}
      {footer && <figcaption className="mt-3 space-y-1 text-xs text-muted">{footer}</figcaption>}
    </figure>
  );
}
