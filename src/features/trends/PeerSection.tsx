import { useMemo } from 'react';
import type { Dataset } from '../../domain/model';
import type { PeerRow } from '../../domain/trends';
import { ChartCard } from '../../components/ui/ChartCard';
import { COMPUTED_MARK, PeerRankingChart, SELECTED_MARK } from '../../components/charts/PeerRankingChart';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { peerChartData, peerSources, peersIllustrative, PEER_EDGE } from './peer-rows';
import { PeerTable } from './PeerTable';
import { csvLabels } from './csv-labels';
import { sourcesText } from './sources-text';
import { peerCsv } from './trend-csv';
import { bandsOfYear } from './trend-rows';

interface PeerSectionProps {
  dataset: Dataset;
  entity: string;
  year: number;
  peers: readonly PeerRow[];
}

/** The year's entities ranked, the selected one emphasised; a long list is trimmed to its ends. */
export function PeerSection({ dataset, entity, year, peers }: PeerSectionProps) {
  const { t, fmt } = useFullI18n();
  const data = useMemo(() => peerChartData(peers, entity), [peers, entity]);
  const bands = useMemo(() => bandsOfYear(year, dataset.gradeScale), [year, dataset.gradeScale]);
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

  return (
    <ChartCard
      testId="chart-peers"
      title={t.trends.peersTitle({ year })}
      subtitle={
        data.trimmed
          ? t.trends.peersSubtitleTrimmed({ edge: PEER_EDGE, entity, count: peers.length })
          : t.trends.peersSubtitle({ entity, others: others.length })
      }
      description={t.trends.peersDescription({
        year,
        count: data.rankedCount,
        entity,
        rank: selectedRow?.rank ?? '—',
      })}
      table={<PeerTable peers={peers} selected={entity} />}
      exportSpec={{
        entity,
        year,
        legend: [
          { label: t.trends.legendSelected({ entity }), color: 'var(--chart-peer-selected)', mark: SELECTED_MARK },
          { label: t.trends.legendOthers, color: 'var(--chart-peer)' },
          ...(anyComputed
            ? [{ label: t.trends.legendComputed, color: 'var(--chart-peer-computed)', mark: COMPUTED_MARK }]
            : []),
        ],
        csv: peerCsv(peers, entity, {
          ...csvLabels(t),
          rank: t.trends.rank,
          entity: t.trends.entity,
          selected: t.trends.selected,
        }),
        sourceLine: source ?? '',
        illustrative,
      }}
      footer={
        <>
          <p className="flex flex-wrap gap-x-4 gap-y-1">
            <span className="font-semibold text-ink">
              <Swatch fill="var(--chart-peer-selected)" /> {SELECTED_MARK} {t.trends.legendSelected({ entity })}
            </span>
            <span>
              <Swatch fill="var(--chart-peer)" /> {t.trends.legendOthers}
            </span>
            {anyComputed && (
              <span>
                <HatchSwatch /> {COMPUTED_MARK} {t.trends.legendComputed}
              </span>
            )}
          </p>
          {!anyComputed && <p>{t.trends.peersAllReported}</p>}
          {data.unknownCount > 0 && <p>{t.trends.peersUnknown({ count: data.unknownCount })}</p>}
          {source && <p>{source}</p>}
          {illustrative && <p>{t.chart.illustrativeNote}</p>}
        </>
      }
    >
      <PeerRankingChart rows={data.rows} bands={bands} />
    </ChartCard>
  );
}

function Swatch({ fill }: { fill: string }) {
  return <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm align-middle" style={{ background: fill }} />;
}

function HatchSwatch() {
  return (
    <span
      aria-hidden
      className="inline-block h-2.5 w-2.5 rounded-sm align-middle"
      style={{
        background: 'repeating-linear-gradient(45deg, var(--chart-peer-computed) 0 3px, var(--rapor-raised) 3px 5px)',
      }}
    />
  );
}
