import { useEffect, useMemo, useRef } from 'react';
import type { Dataset } from '../../domain/model';
import { unitDetail } from '../../domain/unit-detail';
import { GradeBadge } from '../../components/ui/GradeBadge';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { levelName, methodChangeText } from '../../lib/i18n/level-text';
import { methodChanges } from '../../domain/methods';
import { UnitDimensionTable } from './UnitDimensionTable';
import { UnitHistoryTable } from './UnitHistoryTable';

interface UnitDetailDialogProps {
  dataset: Dataset;
  institution: string;
  year: number;
  unit: string;
  onClose: () => void;
  onCompare: (unit: string) => void;
}

/**
 * One unit at a glance: total, grade, rank, its dimensions against the entity, its coaching focus
 * and its years. A modal <dialog> gives focus trapping and Escape for free.
 */
export function UnitDetailDialog({ dataset, institution, year, unit, onClose, onCompare }: UnitDetailDialogProps) {
  const { t, fmt } = useFullI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const detail = useMemo(() => unitDetail(dataset, { institution, year, unit }), [dataset, institution, year, unit]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  if (!detail) return null;
  const { record } = detail;
  const mean = fmt.score(detail.entityMean);

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="unit-detail-title"
      data-testid="unit-detail"
      className="m-auto max-h-[92vh] w-[min(44rem,calc(100vw-1.5rem))] overflow-y-auto rounded-xl border border-line bg-raised p-0 text-ink shadow-xl backdrop:bg-black/40"
    >
      <div className="sticky top-0 flex items-start justify-between gap-3 border-b border-line bg-raised px-5 py-4">
        <div className="min-w-0">
          <p className="text-xs font-medium text-muted">{t.unitDetail.title}</p>
          <h2 id="unit-detail-title" className="text-lg leading-snug font-semibold">
            {record.unit}
            {record.unitShort && record.unitShort !== record.unit && (
              <span className="font-normal text-muted"> ({record.unitShort})</span>
            )}
          </h2>
          <p className="text-sm text-muted">{t.unitDetail.context({ entity: institution, year })}</p>
        </div>
        <div className="flex shrink-0 gap-2">
          <button
            type="button"
            onClick={() => onCompare(record.unit)}
            aria-label={t.chart.addToCompareLabel({ unit: record.unitShort ?? record.unit })}
            className="rounded-md border border-accent px-3 py-1.5 text-sm text-accent hover:bg-sunken"
          >
            {t.chart.addToCompare}
          </button>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-sunken"
          >
            {t.unitDetail.close}
          </button>
        </div>
      </div>

      <div className="space-y-5 px-5 py-4">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <p className="text-4xl font-bold tabular-nums" data-testid="unit-detail-total">
            {fmt.score(record.total)}
          </p>
          <GradeBadge grade={detail.level} size="lg" />
          <div className="text-sm">
            {detail.rank !== null && <p>{t.unitDetail.rank({ rank: detail.rank, of: detail.of })}</p>}
            {record.compliance && <p>{t.chart.compliance({ level: record.compliance })}</p>}
            <p className={detail.belowMean ? 'font-medium text-flag' : 'text-muted'}>
              {detail.belowMean ? `▼ ${t.unitDetail.belowMean({ mean })}` : t.unitDetail.atOrAboveMean({ mean })}
            </p>
            <p className="text-muted">
              {detail.nextLevel
                ? t.unitDetail.nextLevel({
                    gap: fmt.score(detail.nextLevel.gap),
                    level: levelName(detail.nextLevel.level, t),
                    inferred: detail.nextLevel.level.basis === 'inferred' ? 1 : 0,
                  })
                : t.unitDetail.topGrade}
            </p>
          </div>
        </div>

        <section aria-labelledby="unit-dimensions-title" className="space-y-2">
          <h3 id="unit-dimensions-title" className="font-semibold">
            {t.unitDetail.dimensionsTitle}
          </h3>
          {detail.dimensions.some((d) => d.score !== null) ? (
            <UnitDimensionTable rows={detail.dimensions} dataset={dataset} year={year} />
          ) : (
            <p className="text-sm text-muted">{t.unitDetail.noDimensions}</p>
          )}
          {record.illustrative && <p className="text-xs text-flag">{t.chart.illustrativeNote}</p>}
        </section>

        <section aria-labelledby="unit-focus-title" className="space-y-2">
          <h3 id="unit-focus-title" className="font-semibold">
            {t.unitDetail.focusTitle}
          </h3>
          {detail.focus.length === 0 ? (
            <p className="text-sm text-muted">{t.unitDetail.focusNone}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="unit-detail-focus">
              {detail.focus.map((f) => (
                <li key={f.key}>
                  {f.effect === null
                    ? t.unitDetail.focusItemUnweighted({ dimension: f.label, gap: fmt.score(f.gap) })
                    : t.unitDetail.focusItem({
                        dimension: f.label,
                        gap: fmt.score(f.gap),
                        effect: fmt.signed(f.effect),
                      })}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="unit-history-title" className="space-y-2">
          <h3 id="unit-history-title" className="font-semibold">
            {t.unitDetail.historyTitle}
          </h3>
          <UnitHistoryTable history={detail.history} />
          {methodChanges(detail.history.map((h) => h.year)).map((change) => (
            <p key={change.year} className="text-sm font-medium text-ink" data-testid="unit-history-method-change">
              {methodChangeText(change, t)}
            </p>
          ))}
          {detail.history.length < 2 && <p className="text-sm text-muted">{t.unitDetail.onlyOneYear}</p>}
        </section>
      </div>
    </dialog>
  );
}
