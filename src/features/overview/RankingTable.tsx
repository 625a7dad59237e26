import type { RankedUnit } from '../../domain/aggregate';
import { FLAG_MARK } from '../../components/charts/flag-mark';
import { useI18n } from '../../lib/i18n/i18n-context';
import { shownLevelText } from '../../lib/i18n/level-text';

/** The ranking as a table: the chart's accessible alternative, and every unit including unknown totals. */
export function RankingTable({
  ranked,
  levelHeader,
  onOpenUnit,
  onCompareUnit,
}: {
  ranked: readonly RankedUnit[];
  /** The level column's name in the year's method (Opini, Zona, Kualitas). */
  levelHeader: string;
  onOpenUnit: (unit: string) => void;
  onCompareUnit?: (unit: string) => void;
}) {
  const { t, fmt } = useI18n();
  return (
    <table className="w-full text-left text-sm" data-testid="ranking-table">
      <thead className="border-b border-line text-muted">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">
            {t.chart.rank}
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            {t.chart.unit}
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">
            {t.chart.total}
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            {levelHeader}
          </th>
          <th scope="col" className="py-2 font-medium">
            {t.chart.status}
          </th>
          {onCompareUnit && (
            <th scope="col">
              <span className="sr-only">{t.chart.addToCompare}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {ranked.map((r) => (
          <tr key={r.record.unit} className="border-b border-line/60 last:border-0">
            <td className="py-2 pr-3 tabular-nums">{r.rank ?? '—'}</td>
            <th scope="row" className="py-2 pr-3 font-normal">
              <button
                type="button"
                onClick={() => onOpenUnit(r.record.unit)}
                className="text-left text-accent underline-offset-2 hover:underline"
              >
                {r.record.unit}
              </button>
              {r.record.unitShort && r.record.unitShort !== r.record.unit && (
                <span className="text-muted"> ({r.record.unitShort})</span>
              )}
            </th>
            <td className="py-2 pr-3 text-right tabular-nums">
              {fmt.score(r.total)}
              {r.record.totalComputed && (
                <span className="text-muted" title={t.chart.computedTotal}>
                  *
                </span>
              )}
            </td>
            <td className="py-2 pr-3">
              {shownLevelText(r.level, t)}
              {r.record.compliance && (
                <span className="block text-xs text-muted">{t.chart.compliance({ level: r.record.compliance })}</span>
              )}
            </td>
            <td className="py-2">
              {r.needsCoaching ? (
                <span className="font-medium text-flag">
                  {FLAG_MARK} {t.overview.flaggedMark}
                </span>
              ) : (
                ''
              )}
            </td>
            {onCompareUnit && (
              <td className="py-2 pl-2 text-right">
                <button
                  type="button"
                  onClick={() => onCompareUnit(r.record.unit)}
                  aria-label={t.chart.addToCompareLabel({ unit: r.record.unitShort ?? r.record.unit })}
                  className="rounded border border-line px-2 py-0.5 text-xs text-ink hover:bg-sunken print:hidden"
                >
                  {t.chart.addToCompare}
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
