import type { TooltipContentProps } from 'recharts';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { CompareSeriesSwatch } from './CompareSeriesSwatch';
import type { CompareGroupRow, CompareSeries } from './compare-series';

/** The tooltip of the comparison charts: the category, then every item's exact value. */
export function CompareTooltipContent({
  active,
  payload,
  series,
}: TooltipContentProps & { series: readonly CompareSeries[] }) {
  const { t, fmt } = useFullI18n();
  const row = payload?.[0]?.payload as CompareGroupRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="max-w-sm rounded-md border border-line bg-raised px-3 py-2 text-sm text-ink shadow">
      <p className="font-semibold">{row.label}</p>
      <ul className="mt-1 space-y-1">
        {series.map((s, i) => (
          <li key={s.id} className="flex items-start gap-2">
            <CompareSeriesSwatch index={i} number={s.number} />
            <span className="min-w-0 flex-1 leading-tight">
              {s.label}
              <span className="block text-xs text-muted">
                {t.compare.itemContext({ entity: s.institution, year: s.year })}
              </span>
            </span>
            <strong className="tabular-nums">{fmt.score(row.values[s.id])}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
