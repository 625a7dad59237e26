import type { EntitySummary } from '../../domain/aggregate';
import { GradeBadge } from '../../components/ui/GradeBadge';
import { useI18n } from '../../lib/i18n/i18n-context';

/** The headline: the entity's score, its grade and zone, and where the figure comes from. */
export function EntityScoreCard({ summary }: { summary: EntitySummary }) {
  const { t, fmt } = useI18n();
  return (
    <section
      aria-labelledby="entity-score-title"
      data-testid="entity-score"
      className="rounded-xl border border-line bg-raised p-5 shadow-sm"
    >
      <h2 id="entity-score-title" className="text-sm font-medium text-muted">
        {t.overview.entityScore} · {summary.name} · {summary.year}
      </h2>
      <div className="mt-2 flex flex-wrap items-end gap-x-6 gap-y-3">
        <p className="text-5xl font-bold tracking-tight text-ink tabular-nums" data-testid="entity-score-value">
          {fmt.score(summary.score)}
        </p>
        <GradeBadge grade={summary.grade} size="lg" />
      </div>
      <p className="mt-2 text-sm text-muted">
        {summary.scoreIsReported ? t.overview.reported : `${t.overview.computedMean} (${t.overview.computedNote})`}
      </p>
      {summary.meanDiffers && (
        <p className="mt-1 text-sm text-ink" data-testid="reported-vs-mean">
          {t.overview.reportedVsMean({ reported: fmt.score(summary.reported), mean: fmt.score(summary.computedMean) })}
        </p>
      )}
      {!summary.scoreIsReported && summary.score !== null && (
        <p className="mt-1 text-sm text-muted">{t.overview.onlyComputed}</p>
      )}
    </section>
  );
}
