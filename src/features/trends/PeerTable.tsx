import { COMPUTED_MARK, SELECTED_MARK } from '../../components/charts/PeerRankingChart';
import type { PeerRow } from '../../domain/trends';
import { LongTable } from '../../components/ui/LongTable';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { levelWithZone } from '../../lib/i18n/level-text';

/**
 * Every entity of the year, including those the chart leaves out, those without a score and, last and
 * without rank, those not assessed in the year (`peers` comes in that order).
 */
export function PeerTable({ peers, selected }: { peers: readonly PeerRow[]; selected: string }) {
  const { t, fmt } = useFullI18n();
  return (
    <LongTable
      rows={peers}
      columnCount={5}
      testId="peer-table"
      tableClassName="w-full text-left text-sm whitespace-nowrap"
      headClassName="sticky top-0 z-10 border-b border-line bg-raised text-muted"
      headCells={
        <>
          <th scope="col" className="py-2 pr-3 font-medium">
            {t.trends.rank}
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            {t.trends.entity}
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">
            {t.trends.score}
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            {t.trends.basis}
          </th>
          <th scope="col" className="py-2 font-medium">
            {t.trends.gradeOrZone}
          </th>
        </>
      }
      renderRow={(peer, _index, rowProps) => {
        const isSelected = peer.name === selected;
        return (
          <tr
            key={peer.name}
            {...rowProps}
            aria-current={isSelected ? 'true' : undefined}
            className={`border-b border-line/60 last:border-0 ${isSelected ? 'bg-sunken font-semibold' : ''}`}
          >
            <td className="py-2 pr-3 tabular-nums">{peer.rank ?? '—'}</td>
            <th
              scope="row"
              className={`min-w-40 py-2 pr-3 whitespace-normal ${isSelected ? 'font-semibold' : 'font-normal'}`}
            >
              {isSelected && (
                <span aria-hidden className="mr-1">
                  {SELECTED_MARK}
                </span>
              )}
              {peer.name}
              {isSelected && <span className="sr-only"> ({t.trends.selected})</span>}
            </th>
            {peer.assessed ? (
              <>
                <td className="py-2 pr-3 text-right tabular-nums">
                  {fmt.score(peer.score)}
                  {peer.score !== null && !peer.reported && <span className="text-muted">{COMPUTED_MARK}</span>}
                </td>
                <td className="py-2 pr-3">
                  {peer.score === null ? '—' : peer.reported ? t.trends.reported : t.trends.mean}
                </td>
                <td className="py-2">{levelWithZone(peer.level, t)}</td>
              </>
            ) : (
              // Not assessed is a state of the year, not an unknown score.
              <td colSpan={3} className="py-2 text-muted">
                {t.grade.notAssessed}
              </td>
            )}
          </tr>
        );
      }}
    />
  );
}
