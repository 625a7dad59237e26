import type { EntitySummary } from '../../domain/aggregate';
import { isDerivedGuess } from '../../domain/shown-level';
import { GradeBadge } from '../../components/ui/GradeBadge';
import { useI18n } from '../../lib/i18n/i18n-context';
import { assessmentName } from '../../lib/i18n/level-text';
import { EntityLevelNotes } from './EntityLevelNotes';

/** The headline: the entity's score, its grade or opinion, the year's assessment, and where the figure comes from. */
export function EntityScoreCard({ summary }: { summary: EntitySummary }) {
  const { t, fmt } = useI18n();
  const { method } = summary.method;
  return (
    <section
      aria-labelledby="entity-score-title"
      data-testid="entity-score"
      className="rounded-xl border border-line bg-raised p-5 shadow-sm"
    >
      <h2 id="entity-score-title" className="text-sm font-medium text-muted">
        {t.overview.entityScore} · {summary.name} · {summary.year}
      </h2>
      <p className="mt-0.5 text-xs text-muted" data-testid="assessment-name">
        {assessmentName(method, t)}
      </p>
      {summary.assessed ? (
        <>
          <div className="mt-2 flex flex-wrap items-end gap-x-6 gap-y-3">
            <p className="text-5xl font-bold tracking-tight text-ink tabular-nums" data-testid="entity-score-value">
              {fmt.score(summary.score)}
            </p>
            <GradeBadge grade={summary.level} size="lg" />
          </div>
          <EntityLevelNotes summary={summary} derived={isDerivedGuess(summary.level)} />
          {(summary.publicTrust !== undefined || summary.supervisionCompliance !== undefined) && (
            <p className="mt-1 text-sm text-ink" data-testid="score-parts">
              {t.overview.scoreParts({
                trust: summary.publicTrust === undefined ? '' : fmt.score(summary.publicTrust),
                supervision:
                  summary.supervisionCompliance === undefined ? '' : fmt.score(summary.supervisionCompliance),
              })}
            </p>
          )}
          <p className="mt-2 text-sm text-muted">
            {summary.scoreIsReported ? t.overview.reported : `${t.overview.computedMean} (${t.overview.computedNote})`}
          </p>
          {summary.meanDiffers && (
            <p className="mt-1 text-sm text-ink" data-testid="reported-vs-mean">
              {t.overview.reportedVsMean({
                reported: fmt.score(summary.reported),
                mean: fmt.score(summary.computedMean),
              })}
            </p>
          )}
          {!summary.scoreIsReported && summary.score !== null && (
            <p className="mt-1 text-sm text-muted">{t.overview.onlyComputed}</p>
          )}
        </>
      ) : (
        <p className="mt-2 text-2xl font-semibold text-ink" data-testid="entity-not-assessed">
          {t.overview.notAssessed({ entity: summary.name, year: summary.year })}
        </p>
      )}
      {summary.nationalAverage && (
        <p className="mt-1 text-sm text-muted" data-testid="national-average">
          {t.overview.nationalAverage({ year: summary.year, score: fmt.score(summary.nationalAverage.score) })}
        </p>
      )}
      {summary.method.assumed && (
        <p className="mt-1 text-sm text-muted" data-testid="method-assumed">
          {t.method.assumed({ year: summary.year, method: method.shortName })}
        </p>
      )}
    </section>
  );
}
