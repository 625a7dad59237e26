import { CompareSeriesSwatch } from '../../components/charts/CompareSeriesSwatch';
import type { CompareSeries } from '../../components/charts/compare-series';
import { useFullI18n } from '../../lib/i18n/i18n-context';

/** The items' legend under a chart: number, colour and line style, full unit name, entity and year. */
export function SeriesLegend({ series }: { series: readonly CompareSeries[] }) {
  const { t } = useFullI18n();
  return (
    <ul aria-label={t.compare.legendTitle} className="grid gap-x-4 gap-y-1 text-xs text-ink sm:grid-cols-2">
      {series.map((s, i) => (
        <li key={s.id} className="flex items-center gap-2">
          <CompareSeriesSwatch index={i} number={s.number} />
          <span className="min-w-0">
            {t.compare.itemFull({ unit: s.unit, entity: s.institution, year: s.year })}
            {i === 0 && <span className="text-muted"> ({t.compare.baseline})</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
