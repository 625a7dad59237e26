import { useMemo } from 'react';
import type { EntityYearQuery } from '../../domain/aggregate';
import type { Dataset } from '../../domain/model';
import { peerRanking } from '../../domain/trends';
import type { Formatters } from '../../lib/format';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import type { AllMessages } from '../../lib/i18n/messages';
import { EntityTrendSection } from './EntityTrendSection';
import { PeerSection } from './PeerSection';
import { entityTrendPoints, trendChange, type TrendChange } from './trend-rows';
import { UnitTrendSection } from './UnitTrendSection';

export interface TrendsViewProps {
  dataset: Dataset;
  selection: EntityYearQuery;
  onOpenUnit: (unit: string) => void;
}

/** How the selected entity and its units moved over the years, and where it stands among its peers. */
export function TrendsView({ dataset, selection, onOpenUnit }: TrendsViewProps) {
  const { t, fmt } = useFullI18n();
  const { institution, year, unitType } = selection;
  const points = useMemo(() => entityTrendPoints(dataset, institution), [dataset, institution]);
  const change = useMemo(() => trendChange(points), [points]);
  const peers = useMemo(() => peerRanking(dataset, year), [dataset, year]);
  const own = peers.find((p) => p.name === institution);
  const rankedCount = peers.filter((p) => p.rank !== null).length;

  const changeText = change ? changeSentence(change, institution, t, fmt) : null;
  // Not assessed is said as such, never as a missing rank.
  const rankText =
    own && !own.assessed
      ? t.trends.summaryNotAssessed({ entity: institution, year })
      : own?.rank != null && rankedCount > 1
        ? t.trends.summaryRank({ year, entity: institution, rank: own.rank, count: rankedCount })
        : null;

  return (
    <div className="space-y-5">
      {(changeText || rankText) && (
        <p className="text-base text-ink" data-testid="trend-summary">
          {[changeText, rankText].filter(Boolean).join(' ')}
        </p>
      )}
      {/* The entity's own line beside its standing among peers; units below, where a wide legend fits. */}
      <div className="grid items-start gap-5 lg:grid-cols-2">
        <EntityTrendSection dataset={dataset} entity={institution} points={points} selectedYear={year} />
        <PeerSection dataset={dataset} entity={institution} year={year} peers={peers} />
      </div>
      <UnitTrendSection
        dataset={dataset}
        entity={institution}
        {...(unitType ? { unitType } : {})}
        onOpenUnit={onOpenUnit}
      />
    </div>
  );
}

/** "Kabupaten Batang naik 2,24 poin, dari 91,50 (2023) menjadi 93,74 (2024)." — always within one method. */
function changeSentence(change: TrendChange, entity: string, t: AllMessages, fmt: Formatters): string {
  const params = {
    entity,
    change: fmt.score(Math.abs(change.change)),
    from: fmt.score(change.from),
    fromYear: change.fromYear,
    to: fmt.score(change.to),
    toYear: change.toYear,
  };
  if (change.change > 0) return t.trends.summaryUp(params);
  if (change.change < 0) return t.trends.summaryDown(params);
  return t.trends.summarySame(params);
}
