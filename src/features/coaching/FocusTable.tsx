import { useFullI18n } from '../../lib/i18n/i18n-context';
import type { FocusRow } from './coaching-rows';

// On a phone the six columns do not fit: each row becomes a small block (dimension and effect on
// top, the other figures labelled under it) instead of a table that hides the effect off-screen.
const CELL = 'py-2 pl-3 text-right tabular-nums max-sm:p-0 max-sm:text-left max-sm:text-xs';
const LABELLED = 'max-sm:before:mr-1 max-sm:before:text-muted max-sm:before:content-[attr(data-label)]';
const HEAD = 'py-2 pl-3 text-right font-medium';

interface FocusTableProps {
  rows: readonly FocusRow[];
  unitLabel: string;
  /**
   * The year's weights are known: weight and effect columns, largest effect first. Without them
   * (from 2025) only the gaps, largest first: no column of another year's weights.
   */
  weighted: boolean;
}

/** A unit's dimensions below the entity mean, largest effect on the total (or largest gap) first. */
export function FocusTable({ rows, unitLabel, weighted }: FocusTableProps) {
  const { t, fmt } = useFullI18n();
  const caption = weighted
    ? t.coaching.focusCaption({ unit: unitLabel })
    : t.coaching.focusCaptionByGap({ unit: unitLabel });
  return (
    <table className="w-full text-left text-sm max-sm:block" data-testid="focus-table">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-line text-xs text-muted max-sm:hidden">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">
            {t.coaching.colDimension}
          </th>
          {weighted && (
            <th scope="col" className={HEAD}>
              {t.coaching.colWeight}
            </th>
          )}
          <th scope="col" className={HEAD}>
            {t.coaching.colScore}
          </th>
          <th scope="col" className={HEAD}>
            {t.coaching.colMean}
          </th>
          <th scope="col" className={HEAD}>
            {t.coaching.colGap}
          </th>
          {weighted && (
            <th scope="col" className={HEAD}>
              {t.coaching.colEffect}
            </th>
          )}
        </tr>
      </thead>
      <tbody className="max-sm:block">
        {rows.map((row) => (
          <tr
            key={row.key}
            className="border-b border-line/60 last:border-0 max-sm:grid max-sm:grid-cols-2 max-sm:gap-x-3 max-sm:gap-y-0.5 max-sm:py-2"
          >
            <th scope="row" className="py-2 pr-3 font-medium text-ink max-sm:order-1 max-sm:p-0">
              {row.label}
            </th>
            {weighted && (
              <td className={`${CELL} ${LABELLED} text-muted max-sm:order-6`} data-label={`${t.coaching.colWeight}:`}>
                {row.weightPercent === null ? '—' : fmt.percent(row.weightPercent)}
              </td>
            )}
            <td className={`${CELL} ${LABELLED} max-sm:order-3`} data-label={`${t.coaching.colScore}:`}>
              {fmt.score(row.score)}
            </td>
            <td className={`${CELL} ${LABELLED} max-sm:order-4`} data-label={`${t.coaching.colMean}:`}>
              {fmt.score(row.mean)}
            </td>
            {/* Without weights the gap is what orders the rows: it takes the effect's place on a phone. */}
            <td
              className={`${CELL} ${LABELLED} text-flag ${weighted ? 'max-sm:order-5' : 'font-semibold max-sm:order-2'}`}
              data-label={`${t.coaching.colGap}:`}
            >
              {fmt.score(row.gap)}
            </td>
            {weighted && (
              <td className="py-2 pl-3 text-right font-semibold tabular-nums max-sm:order-2 max-sm:p-0">
                {t.coaching.points({ value: fmt.signed(row.effect) })}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
