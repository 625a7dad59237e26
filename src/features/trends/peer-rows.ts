import { entitySource, totalIsIllustrative } from '../../domain/aggregate';
import { datasetIndex, unitsInYear } from '../../domain/dataset-index';
import type { Dataset, NationalAverage, SourceInfo } from '../../domain/model';
import type { PeerRow } from '../../domain/trends';
import type { PeerChartRow } from '../../components/charts/PeerRankingChart';
import { distinctSources } from './trend-rows';

/** How many entities the chart keeps at each end of a long ranking. */
export const PEER_EDGE = 10;
/** Up to this many entities with a score, the chart shows them all. */
export const PEER_CHART_MAX_FULL = 25;

/** The axis name: the common prefixes shortened as the press does; the full name stays in tooltip and table. */
export function shortEntityName(name: string): string {
  return name.replace(/^Kabupaten\s+/u, 'Kab. ').replace(/^Provinsi\s+/u, 'Prov. ');
}

function chartRow(peer: PeerRow, selected: string): PeerChartRow {
  return {
    id: peer.name,
    label: `${peer.rank ?? '—'}. ${shortEntityName(peer.name)}`,
    fullName: peer.name,
    score: peer.score,
    rank: peer.rank,
    reported: peer.reported,
    selected: peer.name === selected,
    level: peer.level,
  };
}

function gapRow(hiddenCount: number, position: number): PeerChartRow {
  return {
    id: `gap-${position}`,
    label: '⋯',
    fullName: '',
    score: null,
    rank: null,
    reported: true,
    selected: false,
    level: null,
    hiddenCount,
  };
}

export interface PeerChartData {
  rows: PeerChartRow[];
  /** Entities with a score; the chart may show fewer (see `trimmed`). */
  rankedCount: number;
  /** Assessed entities left out of the bars because their score is unknown (the table lists them). */
  unknownCount: number;
  /** Entities not assessed in the year: no bar and no rank (the table lists them last). */
  notAssessedCount: number;
  /** Only the top and bottom PEER_EDGE and the selected entity are drawn, with gap rows between. */
  trimmed: boolean;
}

/**
 * The ranking as chart rows. A long ranking keeps the top and bottom PEER_EDGE and the selected
 * entity, with a row standing for each stretch left out, so the chart stays legible with 500+ entities.
 */
export function peerChartData(peers: readonly PeerRow[], selected: string, edge: number = PEER_EDGE): PeerChartData {
  const ranked = peers.filter((p) => p.assessed && p.score !== null);
  const notAssessedCount = peers.filter((p) => !p.assessed).length;
  const unknownCount = peers.length - ranked.length - notAssessedCount;
  const counts = { rankedCount: ranked.length, unknownCount, notAssessedCount };
  if (ranked.length <= Math.max(PEER_CHART_MAX_FULL, edge * 2 + 1)) {
    return { rows: ranked.map((p) => chartRow(p, selected)), ...counts, trimmed: false };
  }
  const selectedIndex = ranked.findIndex((p) => p.name === selected);
  const keep = new Set<number>();
  for (let i = 0; i < edge; i++) {
    keep.add(i);
    keep.add(ranked.length - 1 - i);
  }
  if (selectedIndex >= 0) keep.add(selectedIndex);
  const rows: PeerChartRow[] = [];
  let hidden = 0;
  ranked.forEach((peer, i) => {
    if (!keep.has(i)) {
      hidden += 1;
      return;
    }
    if (hidden > 0) rows.push(gapRow(hidden, i));
    hidden = 0;
    rows.push(chartRow(peer, selected));
  });
  return { rows, ...counts, trimmed: true };
}

/**
 * The ranking in table order: ranked entities, then those with an unknown score, then those not
 * assessed in the year, each group in the ranking's own order (a stable partition).
 */
export function peersInTableOrder(peers: readonly PeerRow[]): PeerRow[] {
  return [...peers.filter((p) => p.assessed), ...peers.filter((p) => !p.assessed)];
}

/** The year's reported national average, if the dataset has one. */
export function nationalAverageOf(ds: Dataset, year: number): NationalAverage | null {
  return ds.nationalAverages?.find((n) => n.year === year) ?? null;
}

/** A computed mean among the drawn rows rests on unit totals; are any of them illustrative? */
export function peersIllustrative(ds: Dataset, year: number, rows: readonly PeerChartRow[]): boolean {
  const index = datasetIndex(ds);
  return rows.some(
    (row) => !row.reported && row.score !== null && unitsInYear(index, row.fullName, year).some(totalIsIllustrative),
  );
}

/** Where the year's entity figures come from, each source once. */
export function peerSources(ds: Dataset, year: number, peers: readonly PeerRow[]): SourceInfo[] {
  return distinctSources(peers.map((p) => entitySource(ds, p.name, year)));
}
