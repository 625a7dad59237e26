import { useId, type ReactNode } from 'react';
import { GradeBadge } from '../../components/ui/GradeBadge';
import { FLAG_MARK } from '../../components/charts/flag-mark';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { levelName } from '../../lib/i18n/level-text';
import type { CoachingCardModel, NextLevelStep, Standing } from './coaching-rows';
import { FocusTable } from './FocusTable';

interface CoachingCardProps {
  card: CoachingCardModel;
  entityMean: number | null;
  bestTotal: number | null;
  /** False when the whole entity-year has no dimension scores (said once per card, plainly). */
  datasetHasDimensions: boolean;
  onOpenUnit: (unit: string) => void;
  onCompareUnit?: (unit: string) => void;
}

function Fact({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  testId: string;
}) {
  return (
    <div data-testid={testId} className="min-w-0 rounded-lg bg-sunken px-3 py-2">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="font-semibold text-ink tabular-nums">{value}</dd>
      {detail && <dd className="text-xs text-muted">{detail}</dd>}
    </div>
  );
}

/** One flagged unit: where it stands, and which dimensions would lift its total most. */
export function CoachingCard({
  card,
  entityMean,
  bestTotal,
  datasetHasDimensions,
  onOpenUnit,
  onCompareUnit,
}: CoachingCardProps) {
  const { t, fmt } = useFullI18n();
  const headingId = useId();

  const standingText = (s: Standing | null): string => {
    if (!s) return '—';
    if (s.side === 'equal') return t.coaching.pointsEqual;
    const points = fmt.score(s.points);
    return s.side === 'below' ? t.coaching.pointsBelow({ points }) : t.coaching.pointsAbove({ points });
  };

  const nextLevelValue = (step: NextLevelStep): string => {
    if (step.kind === 'unknown') return '—';
    if (step.kind === 'top') return t.coaching.topLevel[card.method];
    return t.coaching.nextGradeGap({ points: fmt.score(step.points) });
  };
  const nextLevelDetail = (step: NextLevelStep): string | undefined => {
    if (step.kind !== 'step') return undefined;
    const { level } = step;
    const words = { band: levelName(level, t), min: fmt.score(level.min) };
    // A cut point the Ombudsman did not publish (from 2025: inferred) is said to be one.
    return level.basis === 'official' || level.basis === 'dataset'
      ? t.coaching.nextGradeDetail(words)
      : t.coaching.nextLevelDetailMarked({ ...words, kind: t.method.provenanceKind[level.basis] ?? '' });
  };

  const focusNames = fmt.list(card.focus.map((f) => f.label));
  const listed = card.focusState === 'listed';
  const lift = card.weighted && card.potentialLift !== null ? card.potentialLift : null;

  return (
    <article
      data-testid="coaching-card"
      aria-labelledby={headingId}
      className="min-w-0 rounded-xl border border-line bg-raised p-4 shadow-sm sm:p-5"
    >
      <header className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h3 id={headingId} className="text-lg font-semibold text-ink">
            <span aria-hidden className="mr-1 text-flag">
              {FLAG_MARK}
            </span>
            <button
              type="button"
              title={t.coaching.openUnit}
              onClick={() => onOpenUnit(card.unit)}
              className="text-left underline decoration-line decoration-2 underline-offset-4 hover:decoration-accent"
            >
              {card.label}
            </button>
          </h3>
          {card.fullName && <p className="text-sm text-muted">{card.fullName}</p>}
          {onCompareUnit && (
            <button
              type="button"
              onClick={() => onCompareUnit(card.unit)}
              aria-label={t.chart.addToCompareLabel({ unit: card.label })}
              className="mt-1 rounded border border-line px-2 py-0.5 text-xs text-ink hover:bg-sunken print:hidden"
            >
              {t.chart.addToCompare}
            </button>
          )}
        </div>
        <div className="flex items-center gap-3">
          <p className="sm:text-right">
            <span className="block text-xs text-muted">{t.chart.total}</span>
            <span className="text-2xl font-bold text-ink tabular-nums" data-testid="card-total">
              {fmt.score(card.total)}
            </span>
          </p>
          <GradeBadge grade={card.level} />
        </div>
      </header>

      {/* Facts beside the focus table on wide screens; across the card when there is no table. */}
      <div className={`mt-3 grid gap-4 ${listed ? 'lg:grid-cols-[minmax(0,15rem)_minmax(0,1fr)]' : ''}`}>
        <dl className={`grid content-start gap-2 sm:grid-cols-3 ${listed ? 'lg:grid-cols-1' : ''}`}>
          <Fact
            testId="card-vs-mean"
            label={t.coaching.vsMeanLabel}
            value={standingText(card.vsMean)}
            detail={entityMean !== null ? t.coaching.meanDetail({ mean: fmt.score(entityMean) }) : undefined}
          />
          <Fact
            testId="card-vs-best"
            label={t.coaching.vsBestLabel}
            value={card.vsBest?.isBest ? t.coaching.isBest : standingText(card.vsBest)}
            detail={
              card.vsBest && !card.vsBest.isBest
                ? t.coaching.bestDetail({ name: card.vsBest.bestLabel, total: fmt.score(bestTotal) })
                : undefined
            }
          />
          <Fact
            testId="card-next-grade"
            label={t.coaching.nextLevelLabel[card.method]}
            value={nextLevelValue(card.nextLevel)}
            detail={nextLevelDetail(card.nextLevel)}
          />
        </dl>

        <section className="min-w-0" data-testid="card-focus">
          <h4 className="text-sm font-semibold text-ink">
            {card.weighted ? t.coaching.focusTitle : t.coaching.focusTitleByGap}
          </h4>
          {listed ? (
            <>
              <FocusTable rows={card.focus} unitLabel={card.label} weighted={card.weighted} />
              {lift !== null && (
                <p className="mt-2 text-sm text-ink" data-testid="card-lift">
                  <span className="font-semibold">
                    {t.coaching.liftLabel}: {t.coaching.points({ value: fmt.signed(lift) })}
                  </span>{' '}
                  <span className="text-muted">
                    {t.coaching.liftDetail({ dims: focusNames, total: fmt.score(card.liftedTotal) })}
                  </span>
                </p>
              )}
              <p className="mt-1 text-xs text-muted">
                {card.weighted ? t.coaching.effectExplain : t.coaching.byGapExplain}
                {card.illustrative && <> {t.chart.illustrativeNote}</>}
              </p>
            </>
          ) : (
            <p className="mt-1 text-sm text-muted">
              {card.focusState === 'noneBelow'
                ? t.coaching.noneBelow
                : datasetHasDimensions
                  ? t.coaching.noDimensionsUnit
                  : t.coaching.noDimensionsAll}
              {card.focusState === 'noneBelow' && card.illustrative && <> {t.chart.illustrativeNote}</>}
            </p>
          )}
        </section>
      </div>
    </article>
  );
}
