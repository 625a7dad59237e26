import { useMemo } from 'react';
import {
  anyIllustrativeTotal,
  rankUnits,
  summarizeEntity,
  unitsOf,
  type EntityYearQuery,
} from '../../domain/aggregate';
import type { Dataset } from '../../domain/model';
import { ChartCard } from '../../components/ui/ChartCard';
import { StatTile } from '../../components/ui/StatTile';
import { unitRankingConfig } from '../../components/charts/unit-ranking-config';
import { exportLegend } from '../../components/charts/chart-config';
import { useI18n } from '../../lib/i18n/i18n-context';
import { assessmentName } from '../../lib/i18n/level-text';
import { UNIT_WORDS_PROVENANCE } from '../../domain/methods';
import { NAMED_IN_SENTENCE, shortList } from '../../lib/i18n/short-list';
import { unitTypeLabel } from '../../lib/i18n/unit-type-label';
import { EntityScoreCard } from './EntityScoreCard';
import { rankingCsv, scoreBands, toRankingRows, trimRankingRows } from './ranking-rows';
import { CHART_EDGE_ROWS } from '../../components/charts/edge-rows';
import { preloadableLazy } from '../../lib/preloadable-lazy';

// The table is shown on request (the chart comes first): its code is fetched then, or when the
// page is idle (see preloadRankingTable), not with the first screen.
const rankingTable = preloadableLazy(() => import('./RankingTable').then((m) => m.RankingTable));

// The chart's code (Recharts with it) is not in the first download: the prerendered page shows the
// chart as drawn at build time until the person starts using the page; elsewhere main.tsx fetches it
// beside the data.
const rankingChart = preloadableLazy(() =>
  import('../../components/charts/UnitRankingChart').then((m) => m.UnitRankingChart),
);

/** Fetches the ranking chart's code ahead of its first use. */
export function preloadRankingChart(): Promise<void> {
  return rankingChart.preload();
}

/** Fetches the ranking table's code ahead of its first use. */
export function preloadRankingTable(): Promise<void> {
  return rankingTable.preload();
}

interface OverviewViewProps {
  dataset: Dataset;
  selection: EntityYearQuery;
  sourceLine: string;
  onOpenUnit: (unit: string) => void;
  /** Adds a unit to the comparison; without it, no compare buttons are shown. */
  onCompareUnit?: (unit: string) => void;
}

export function OverviewView({ dataset, selection, sourceLine, onOpenUnit, onCompareUnit }: OverviewViewProps) {
  const { t, fmt } = useI18n();
  const { institution, year, unitType } = selection;

  const summary = useMemo(() => summarizeEntity(dataset, institution, year), [dataset, institution, year]);
  const ranked = useMemo(
    () =>
      rankUnits(unitsOf(dataset, { institution, year, ...(unitType ? { unitType } : {}) }), {
        mean: summary.computedMean,
        gradeScale: dataset.gradeScale,
      }),
    [dataset, institution, year, unitType, summary.computedMean],
  );
  const rows = useMemo(() => toRankingRows(ranked, t), [ranked, t]);
  const { method } = summary.method;
  const subtitle = t.overview.rankingSubtitle({ entity: institution, year, assessment: assessmentName(method, t) });
  const bandsInferred = method.levelsProvenance.kind === 'inferred';
  // An entity with dozens of units: the chart keeps the top and bottom, the table lists every unit.
  const chart = useMemo(() => trimRankingRows(rows, (count) => t.longLists.unitsGap({ count })), [rows, t]);
  const bands = useMemo(() => scoreBands(year, dataset.gradeScale), [year, dataset.gradeScale]);
  // Weakest first: the sentence reads as a priority list.
  const flagged = ranked.filter((r) => r.needsCoaching).reverse();
  // Flags follow the year's coaching rule: below the mean up to 2024, below 78 (the Ombudsman's advice) from 2025.
  const rule = method.coaching.rule;
  const legendFlagged =
    rule.kind === 'belowTarget'
      ? t.overview.legendBelowTarget({ target: fmt.score(rule.target) })
      : t.overview.legendFlagged;
  const legendOk =
    rule.kind === 'belowTarget'
      ? t.overview.legendAtOrAboveTarget({ target: fmt.score(rule.target) })
      : t.overview.legendOk;
  const flaggedNames = flagged.map((r) => r.record.unitShort ?? r.record.unit);
  // A ministry may flag dozens of units: the sentence names the weakest few, the table lists them all.
  const unnamedFlagged = Math.max(0, flaggedNames.length - NAMED_IN_SENTENCE);

  return (
    <div className="space-y-5">
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1.3fr)_minmax(0,2fr)]">
        <EntityScoreCard summary={summary} />
        <dl className="grid grid-cols-3 content-start gap-3 sm:gap-4 lg:grid-cols-1 xl:grid-cols-3">
          <StatTile testId="stat-units" label={t.overview.units} value={fmt.integer(summary.unitCount)} />
          <StatTile
            testId="stat-best"
            label={t.overview.best}
            value={summary.best ? (summary.best.unitShort ?? summary.best.unit) : '—'}
            detail={summary.best ? fmt.score(summary.best.total) : undefined}
          />
          <StatTile
            testId="stat-weakest"
            label={t.overview.weakest}
            value={summary.weakest ? (summary.weakest.unitShort ?? summary.weakest.unit) : '—'}
            detail={summary.weakest ? fmt.score(summary.weakest.total) : undefined}
          />
        </dl>
      </div>

      {summary.unitCount === 0 ? (
        <p className="rounded-xl border border-line bg-raised p-5 text-ink">{t.overview.noUnits}</p>
      ) : (
        <>
          <p className="text-base text-ink" data-testid="overview-summary">
            {flagged.length === 0
              ? rule.kind === 'belowTarget'
                ? t.overview.summaryNoneBelowTarget({ count: ranked.length, target: fmt.score(rule.target) })
                : t.overview.summaryNone({ count: ranked.length })
              : unnamedFlagged === 0
                ? t.overview.summaryFlagged({
                    flagged: flagged.length,
                    count: ranked.length,
                    names: fmt.list(flaggedNames),
                  })
                : t.overview.summaryFlaggedSome({
                    flagged: flagged.length,
                    count: ranked.length,
                    names: fmt.list(shortList(flaggedNames, (count) => t.overview.summaryOthers({ count }))),
                  })}
          </p>
          <ChartCard
            testId="chart-ranking"
            liveWhen={preloadRankingChart}
            islandShows={`${institution}|${year}|${unitType ?? ''}`}
            title={t.overview.rankingTitle}
            subtitle={
              chart.hidden > 0
                ? `${subtitle} · ${t.longLists.unitsTrimmed({ edge: CHART_EDGE_ROWS, count: rows.length })}`
                : subtitle
            }
            description={t.overview.rankingDescription({
              count: rows.length,
              mean: fmt.score(summary.computedMean),
              flagged: legendFlagged,
            })}
            table={
              <rankingTable.Component
                ranked={ranked}
                levelHeader={t.chart.levelColumn[method.id] ?? t.chart.grade}
                onOpenUnit={onOpenUnit}
                {...(onCompareUnit ? { onCompareUnit } : {})}
              />
            }
            exportSpec={{
              entity: institution,
              year,
              ...(unitType ? { filters: unitTypeLabel(t.unitTypes, unitType) } : {}),
              legend: exportLegend(unitRankingConfig, {
                flagged: legendFlagged,
                ok: legendOk,
                mean:
                  summary.computedMean !== null
                    ? t.overview.meanLine({ mean: fmt.score(summary.computedMean) })
                    : undefined,
              }),
              csv: rankingCsv(
                ranked,
                {
                  rank: t.chart.rank,
                  unit: t.chart.unit,
                  short: t.chart.short,
                  total: t.chart.total,
                  level: t.chart.levelColumn[method.id] ?? t.chart.grade,
                  flagged: t.chart.status,
                  flaggedText: t.overview.flaggedMark,
                  compliance: t.chart.complianceColumn,
                },
                t,
              ),
              // The image carries what the screen says under the chart: the 2025 bands are inferred.
              sourceLine: bandsInferred ? `${sourceLine} · ${t.overview.bandsInferred}` : sourceLine,
              // The bars are totals and the line their mean: computed from illustrative dimension scores, both are.
              illustrative: summary.computedMeanIllustrative || anyIllustrativeTotal(ranked.map((r) => r.record)),
            }}
            footer={
              <>
                <p className="flex flex-wrap gap-x-4 gap-y-1">
                  <span>
                    <span
                      aria-hidden
                      className="mr-1 inline-block h-2.5 w-2.5 rounded-sm"
                      style={{ background: unitRankingConfig.flagged.color }}
                    />
                    {unitRankingConfig.flagged.mark} {legendFlagged}
                  </span>
                  <span>
                    <span
                      aria-hidden
                      className="mr-1 inline-block h-2.5 w-2.5 rounded-sm"
                      style={{ background: unitRankingConfig.ok.color }}
                    />
                    {legendOk}
                  </span>
                  {summary.computedMean !== null && (
                    <span>
                      <span
                        aria-hidden
                        className="mr-1 inline-block w-4 border-t-2 border-dashed align-middle"
                        style={{ borderColor: unitRankingConfig.mean.color }}
                      />
                      {t.overview.meanLine({ mean: fmt.score(summary.computedMean) })}
                    </span>
                  )}
                </p>
                {bandsInferred && <p data-testid="bands-inferred">{t.overview.bandsInferred}</p>}
                {method.unitWords && (
                  <p data-testid="unit-words-provenance">
                    {/* The sentence says it is inferred ("Padanan disimpulkan …"). */}
                    {t.method.basis[UNIT_WORDS_PROVENANCE.basis]}
                  </p>
                )}
                <p>{sourceLine}</p>
              </>
            }
          >
            <rankingChart.Component rows={chart.rows} mean={summary.computedMean} bands={bands} onSelect={onOpenUnit} />
          </ChartCard>
        </>
      )}
    </div>
  );
}
