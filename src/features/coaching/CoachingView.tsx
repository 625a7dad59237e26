import { useCallback, useMemo } from 'react';
import { summarizeEntity, unitsOf, type EntityYearQuery } from '../../domain/aggregate';
import { coachingPlan, defaultCoachingRule, type CoachingPlan } from '../../domain/coaching';
import type { CoachingRule } from '../../domain/coaching-rule';
import { methodOfYear } from '../../domain/methods';
import type { Dataset } from '../../domain/model';
import { ChartCard } from '../../components/ui/ChartCard';
import { CoachingEffectChart, coachingEffectConfig } from '../../components/charts/CoachingEffectChart';
import { exportLegend } from '../../components/charts/chart-config';
import type { Formatters } from '../../lib/format';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { unitTypeLabel } from '../../lib/i18n/unit-type-label';
import { assessmentName } from '../../lib/i18n/level-text';
import type { AllMessages } from '../../lib/i18n/messages';
import { sourceText } from '../../lib/i18n/source-text';
import { useUrlParams } from '../../lib/url-state';
import { CoachingCard } from './CoachingCard';
import { coachingSummary, effectCsv, toCoachingCards, toEffectRows, type CoachingSummary } from './coaching-rows';
import { defaultTarget, ruleFromParams, ruleToParams } from './coaching-rule-param';
import { EffectTable } from './EffectTable';
import { RuleControls } from './RuleControls';
import { shortList } from '../../lib/i18n/short-list';

export interface CoachingViewProps {
  dataset: Dataset;
  selection: EntityYearQuery;
  onOpenUnit: (unit: string) => void;
  /** Adds a unit to the comparison; without it, no compare buttons are shown. */
  onCompareUnit?: (unit: string) => void;
}

/** The rule in words, for the summary sentence: "nilai di bawah target 90,00". */
function ruleText(rule: CoachingRule, plan: CoachingPlan, t: AllMessages, fmt: Formatters): string {
  switch (rule.kind) {
    case 'belowMean':
      return t.coaching.ruleText.mean({ mean: fmt.score(plan.entityMean) });
    case 'belowTarget':
      return t.coaching.ruleText.target({ target: fmt.score(rule.target) });
    case 'lowestN':
      return t.coaching.ruleText.lowest({ n: fmt.integer(rule.n) });
  }
}

/**
 * The year's default rule and where it comes from, in words: "Aturan bawaan 2025: unit di bawah 78 —
 * menurut pemberitaan pers: Surat Ombudsman …".
 */
function defaultRuleSentence(year: number, t: AllMessages, fmt: Formatters): string {
  const { rule, provenance } = defaultCoachingRule(year);
  const words = t.coaching.defaultRuleText;
  const text =
    rule.kind === 'belowMean'
      ? words.mean
      : rule.kind === 'belowTarget'
        ? words.target({ target: fmt.plain(rule.target) })
        : words.lowest({ n: fmt.integer(rule.n) });
  return t.coaching.defaultRule({
    year,
    rule: text,
    kind: t.method.provenanceKind[provenance.kind] ?? '',
    basis: t.method.basis[provenance.basis] ?? '',
  });
}

/** Why no weighted effect is offered (from 2025 the inner weights are unpublished), or null when weights hold. */
function weightsSentence(plan: CoachingPlan, year: number, t: AllMessages): string | null {
  if (plan.weights.known) return null;
  const { provenance } = plan.weights;
  return t.coaching.weightsUnknown({
    year,
    kind: t.method.provenanceKind[provenance.kind] ?? '',
    basis: t.method.basis[provenance.basis] ?? '',
  });
}

function summarySentence(plan: CoachingPlan, summary: CoachingSummary, t: AllMessages, fmt: Formatters): string {
  const { rule } = plan;
  if (summary.flaggedLabels.length > 0) {
    return t.coaching.summaryFlagged({
      flagged: fmt.integer(summary.flaggedLabels.length),
      count: fmt.integer(summary.judged),
      rule: ruleText(rule, plan, t, fmt),
      // Dozens of flagged units: the sentence names the first few, the cards below list them all.
      names: fmt.list(shortList(summary.flaggedLabels, (count) => t.overview.summaryOthers({ count }))),
    });
  }
  if (summary.judged === 0 || (rule.kind === 'belowMean' && plan.entityMean === null)) {
    return t.coaching.summaryNoneUnknown;
  }
  if (rule.kind === 'belowTarget') {
    return t.coaching.summaryNoneTarget({ count: fmt.integer(summary.judged), target: fmt.score(rule.target) });
  }
  // lowestN always flags at least one judged unit, so only the mean rule is left.
  return t.coaching.summaryNoneMean({ count: fmt.integer(summary.judged), mean: fmt.score(plan.entityMean) });
}

/** Which units need coaching under a chosen rule, and which dimensions would lift their totals most. */
export function CoachingView({ dataset, selection, onOpenUnit, onCompareUnit }: CoachingViewProps) {
  const { t, fmt } = useFullI18n();
  const { institution, year, unitType } = selection;
  const [params, setParams] = useUrlParams();
  const rule = useMemo(() => ruleFromParams(params, year), [params, year]);
  const onRuleChange = useCallback(
    (next: CoachingRule, typing: boolean) => setParams(ruleToParams(next, year), { replace: typing }),
    [setParams, year],
  );
  const yearMethod = methodOfYear(year);
  const assessment = assessmentName(yearMethod.method, t);

  const query = useMemo(
    () => ({ institution, year, ...(unitType ? { unitType } : {}) }),
    [institution, year, unitType],
  );
  const plan = useMemo(() => coachingPlan(dataset, query, rule), [dataset, query, rule]);
  const entity = useMemo(() => summarizeEntity(dataset, institution, year), [dataset, institution, year]);
  const cards = useMemo(() => toCoachingCards(plan, year, dataset.gradeScale), [plan, year, dataset.gradeScale]);
  const effectRows = useMemo(() => toEffectRows(cards), [cards]);
  const summary = useMemo(() => coachingSummary(unitsOf(dataset, query), cards), [dataset, query, cards]);

  const bestTotal = plan.best?.total ?? null;
  const illustrativeShown = cards.some((c) => c.illustrative && c.focus.length > 0);
  const source = sourceText(dataset.source, t, fmt);
  const weightsNote = weightsSentence(plan, year, t);
  const topEffect = effectRows.reduce<(typeof effectRows)[number] | null>(
    (top, row) => (top === null || row.effect > top.effect ? row : top),
    null,
  );

  return (
    <div className="space-y-5">
      <section className="space-y-3 rounded-xl border border-line bg-raised p-4 shadow-sm sm:p-5">
        <div data-testid="coaching-assessment">
          <p className="text-sm font-semibold text-ink">
            {t.coaching.assessmentLine({ entity: institution, year, assessment })}
          </p>
          {yearMethod.assumed && <p className="text-sm text-muted">{t.method.assumed({ year, method: assessment })}</p>}
        </div>
        <RuleControls rule={rule} defaultTarget={defaultTarget(year)} onChange={onRuleChange} />
        <p className="text-sm text-muted" data-testid="coaching-default-rule">
          {defaultRuleSentence(year, t, fmt)}
        </p>
        <div className="text-sm text-ink" data-testid="coaching-mean">
          {plan.entityMean === null ? (
            <p>{t.coaching.meanUnknown}</p>
          ) : (
            <p>
              <strong>{t.coaching.meanUsed({ mean: fmt.score(plan.entityMean) })}</strong>
              {' — '}
              {t.coaching.meanExplain({ count: fmt.integer(entity.unitCount), entity: institution, year })}
              {entity.meanDiffers && <> {t.coaching.meanNotReported({ reported: fmt.score(entity.reported) })}</>}
            </p>
          )}
          {unitType && (
            <p className="mt-1 text-muted">{t.coaching.unitTypeNote({ type: unitTypeLabel(t.unitTypes, unitType) })}</p>
          )}
        </div>
      </section>

      {entity.unitCount === 0 ? (
        <p className="rounded-xl border border-line bg-raised p-5 text-ink">{t.coaching.noUnits}</p>
      ) : (
        <>
          <div className="space-y-1">
            <p className="text-base text-ink" data-testid="coaching-summary" aria-live="polite">
              {summarySentence(plan, summary, t, fmt)}
            </p>
            {summary.unknownTotals > 0 && (
              <p className="text-sm text-muted">
                {t.coaching.unknownTotals({ count: fmt.integer(summary.unknownTotals) })}
              </p>
            )}
            {!plan.hasDimensions && (
              <p className="text-sm text-muted" data-testid="coaching-no-dimensions">
                {t.coaching.noDimensionsEntity({ entity: institution, year })}
              </p>
            )}
            {weightsNote && (
              <p className="text-sm text-muted" data-testid="coaching-weights-note">
                {weightsNote}
              </p>
            )}
          </div>

          {effectRows.length > 0 && (
            <ChartCard
              testId="chart-coaching-effect"
              title={t.coaching.chartTitle}
              subtitle={t.coaching.chartSubtitle({ entity: institution, year, assessment })}
              description={t.coaching.chartDescription({
                units: fmt.integer(cards.filter((c) => c.focus.length > 0).length),
                top: topEffect
                  ? `${topEffect.unitLabel} · ${topEffect.dimensionLabel} ${t.coaching.points({ value: fmt.signed(topEffect.effect) })}`
                  : '—',
              })}
              table={<EffectTable rows={effectRows} />}
              exportSpec={{
                entity: institution,
                year,
                ...(unitType ? { filters: unitTypeLabel(t.unitTypes, unitType) } : {}),
                legend: exportLegend(coachingEffectConfig, { effect: t.coaching.colEffect }),
                csv: effectCsv(effectRows, {
                  unit: t.chart.unit,
                  dimension: t.coaching.colDimension,
                  score: t.coaching.colScore,
                  mean: t.coaching.colMean,
                  gap: t.coaching.colGap,
                  weight: t.coaching.colWeight,
                  effect: t.coaching.colEffect,
                }),
                sourceLine: source ?? '',
                illustrative: illustrativeShown,
              }}
              footer={
                <>
                  <p>{t.coaching.effectExplain}</p>
                  {illustrativeShown && <p>{t.chart.illustrativeNote}</p>}
                  {source && <p>{source}</p>}
                </>
              }
            >
              <CoachingEffectChart rows={effectRows} />
            </ChartCard>
          )}

          {cards.length > 0 && (
            <div className="space-y-4" data-testid="coaching-cards">
              {cards.map((card) => (
                <CoachingCard
                  key={card.unit}
                  card={card}
                  entityMean={plan.entityMean}
                  bestTotal={bestTotal}
                  datasetHasDimensions={plan.hasDimensions}
                  onOpenUnit={onOpenUnit}
                  {...(onCompareUnit ? { onCompareUnit } : {})}
                />
              ))}
            </div>
          )}
        </>
      )}
    </div>
  );
}
