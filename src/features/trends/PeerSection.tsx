import { useMemo } from 'react';
import type { Dataset } from '../../domain/model';
import type { PeerRow } from '../../domain/trends';
import { ChartCard } from '../../components/ui/ChartCard';
import { PeerRankingChart, peerRankingConfig } from '../../components/charts/PeerRankingChart';
import { exportLegend } from '../../components/charts/chart-config';
import { methodOfYear } from '../../domain/methods';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { assessmentName } from '../../lib/i18n/level-text';
import {
  nationalAverageOf,
  peerChartData,
  peerSources,
  peersIllustrative,
  peersInTableOrder,
  PEER_EDGE,
} from './peer-rows';
import { PeerTable } from './PeerTable';
import { csvLabels } from './csv-labels';
import { exportFooterLine } from './method-text';
import { sourcesText } from './sources-text';
import { peerCsv } from './trend-csv';
import { inferredBandYears, yearBands } from './trend-rows';

interface PeerSectionProps {
  dataset: Dataset;
  entity: string;
  year: number;
  peers: readonly PeerRow[];
}

/**
 * The year's entities ranked over the year's own levels, the selected one emphasised; a long list is
 * trimmed to its ends. Entities not assessed that year come last in the table, without rank.
 */
export function PeerSection({ dataset, entity, year, peers }: PeerSectionProps) {
  const { t, fmt } = useFullI18n();
  const data = useMemo(() => peerChartData(peers, entity), [peers, entity]);
  const tablePeers = useMemo(() => peersInTableOrder(peers), [peers]);
  const yearLevels = useMemo(() => yearBands([year], dataset.gradeScale), [year, dataset.gradeScale]);
  const national = useMemo(() => nationalAverageOf(dataset, year), [dataset, year]);
  const illustrative = useMemo(() => peersIllustrative(dataset, year, data.rows), [dataset, year, data.rows]);
  const source = useMemo(() => sourcesText(peerSources(dataset, year, peers), t, fmt), [dataset, year, peers, t, fmt]);

  const others = peers.filter((p) => p.name !== entity);
  if (data.rankedCount === 0 || others.length === 0) {
    return (
      <section
        aria-labelledby="peer-title"
        data-testid="peer-none"
        className="rounded-xl border border-line bg-raised p-5 shadow-sm"
      >
        <h3 id="peer-title" className="text-base font-semibold text-ink">
          {t.trends.peersTitle({ year })}
        </h3>
        <p className="mt-2 text-sm text-ink">
          {data.rankedCount === 0 ? t.trends.peersNone({ year }) : t.trends.peersSingle({ year, entity })}
        </p>
      </section>
    );
  }

  const selectedRow = peers.find((p) => p.name === entity);
  const anyComputed = data.rows.some((r) => !r.reported && r.score !== null);
  const bands = yearLevels[0]?.bands ?? [];
  const inferredText =
    inferredBandYears(yearLevels).length > 0 ? t.trends.legendBandsInferred({ years: String(year) }) : null;
  const nationalText = national ? t.trends.nationalAverage({ year, score: fmt.score(national.score) }) : null;
  const subtitle = [
    data.trimmed
      ? t.trends.peersSubtitleTrimmed({ edge: PEER_EDGE, entity, count: peers.length })
      : t.trends.peersSubtitle({ entity, others: others.length }),
    assessmentName(methodOfYear(year).method, t),
  ].join(' · ');
  const description = [
    t.trends.peersDescription({ year, count: data.rankedCount, entity, rank: selectedRow?.rank ?? '—' }),
    ...(selectedRow && !selectedRow.assessed ? [t.trends.summaryNotAssessed({ entity, year })] : []),
    ...(nationalText ? [`${nationalText}.`] : []),
  ].join(' ');

  return (
    <ChartCard
      testId="chart-peers"
      title={t.trends.peersTitle({ year })}
      subtitle={subtitle}
      description={description}
      table={<PeerTable peers={tablePeers} selected={entity} />}
      exportSpec={{
        entity,
        year,
        legend: exportLegend(peerRankingConfig, {
          selected: t.trends.legendSelected({ entity }),
          others: t.trends.legendOthers,
          computed: anyComputed ? t.trends.legendComputed : undefined,
          mean: nationalText || undefined,
        }),
        csv: peerCsv(tablePeers, entity, {
          ...csvLabels(t),
          rank: t.trends.rank,
          entity: t.trends.entity,
          selected: t.trends.selected,
        }),
        sourceLine: exportFooterLine(source, inferredText ? [inferredText] : []),
        illustrative,
      }}
      footer={
        <>
          <p className="flex flex-wrap gap-x-4 gap-y-1">
            <span className="font-semibold text-ink">
              <Swatch fill={peerRankingConfig.selected.color} /> {peerRankingConfig.selected.mark}{' '}
              {t.trends.legendSelected({ entity })}
            </span>
            <span>
              <Swatch fill={peerRankingConfig.others.color} /> {t.trends.legendOthers}
            </span>
            {anyComputed && (
              <span>
                <HatchSwatch /> {peerRankingConfig.computed.mark} {t.trends.legendComputed}
              </span>
            )}
          </p>
          {nationalText && (
            <p className="text-ink" data-testid="peer-national-average">
              <DashSwatch /> {nationalText}
            </p>
          )}
          {!anyComputed && <p>{t.trends.peersAllReported}</p>}
          {data.unknownCount > 0 && <p>{t.trends.peersUnknown({ count: data.unknownCount })}</p>}
          {data.notAssessedCount > 0 && (
            <p data-testid="peer-not-assessed">{t.trends.peersNotAssessed({ count: data.notAssessedCount, year })}</p>
          )}
          {inferredText && <p>{inferredText}</p>}
          {source && <p>{source}</p>}
          {illustrative && <p>{t.chart.illustrativeNote}</p>}
        </>
      }
    >
      <PeerRankingChart rows={data.rows} bands={bands} {...(national ? { nationalAverage: national.score } : {})} />
    </ChartCard>
  );
}

function Swatch({ fill }: { fill: string }) {
  return <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm align-middle" style={{ background: fill }} />;
}

function DashSwatch() {
  return (
    <svg width={18} height={10} aria-hidden className="inline-block align-middle">
      <line x1={1} x2={17} y1={5} y2={5} stroke={peerRankingConfig.mean.color} strokeWidth={2} strokeDasharray="4 3" />
    </svg>
  );
}

function HatchSwatch() {
  return (
    <span
      aria-hidden
      className="inline-block h-2.5 w-2.5 rounded-sm align-middle"
      style={{
        background: `repeating-linear-gradient(45deg, ${peerRankingConfig.computed.color} 0 3px, var(--rapor-raised) 3px 5px)`,
      }}
    />
  );
}
