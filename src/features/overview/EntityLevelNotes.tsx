import type { EntitySummary } from '../../domain/aggregate';
import { useI18n } from '../../lib/i18n/i18n-context';

/**
 * What the level under the score is: an opinion as published (and what it says of Tanpa
 * Maladministrasi), or Rapor's reading of the score on inferred cut points. Nothing for the years
 * whose grades come from the Ombudsman's own table.
 */
export function EntityLevelNotes({ summary, derived }: { summary: EntitySummary; derived: boolean }) {
  const { t } = useI18n();
  const shown = summary.level;
  if (!shown || !summary.method.method.opinion) return null;
  const gloss =
    shown.origin === 'published' && shown.opinion
      ? t.grade.gloss({ level: shown.opinion.level, tm: shown.opinion.tanpaMaladministrasi ? 1 : 0 })
      : '';
  const tm =
    shown.origin === 'published' && shown.opinion
      ? shown.opinion.tanpaMaladministrasi === null
        ? t.grade.tmNotReported
        : shown.opinion.tanpaMaladministrasi
          ? ''
          : t.grade.tmNo
      : t.grade.tmNotDerivable;
  return (
    <div className="mt-2 space-y-0.5 text-sm" data-testid="entity-level-notes">
      {gloss && <p className="text-ink">{gloss}</p>}
      <p className="text-muted">{derived ? t.grade.derivedNote : t.grade.publishedNote}</p>
      {tm && <p className="text-muted">{tm}</p>}
    </div>
  );
}
