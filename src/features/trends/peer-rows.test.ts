import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain/model';
import { peerRanking, type PeerRow } from '../../domain/trends';
import { BATANG, JATENG, PEMALANG, multiEntityMultiYear, unitRecord } from '../../domain/testing/fixtures';
import { levelWithZone } from '../../lib/i18n/level-text';
import { messagesId } from '../../lib/i18n/messages-id';
import {
  PEER_EDGE,
  nationalAverageOf,
  peerChartData,
  peerSources,
  peersIllustrative,
  peersInTableOrder,
  shortEntityName,
} from './peer-rows';
import { DEPOK, HALUT, KAB_CONTOH, KOTA_CONTOH, MALUT, acrossTheBreak } from './trends-2025.fixture';
import { DIY } from '../../domain/testing/fixtures-2025';

function syntheticPeers(count: number, unknown = 0): PeerRow[] {
  const rows: PeerRow[] = Array.from({ length: count }, (_, i) => ({
    name: `Kota ${String(i + 1).padStart(3, '0')}`,
    score: 99 - i * 0.1,
    reported: true,
    rank: i + 1,
    level: null,
    assessed: true,
  }));
  for (let i = 0; i < unknown; i++)
    rows.push({ name: `Kota X${i}`, score: null, reported: false, rank: null, level: null, assessed: true });
  return rows;
}

describe('shortEntityName', () => {
  it('shortens Kabupaten and Provinsi as the press does, and leaves other names alone', () => {
    expect(shortEntityName('Kabupaten Batang')).toBe('Kab. Batang');
    expect(shortEntityName('Provinsi Jawa Tengah')).toBe('Prov. Jawa Tengah');
    expect(shortEntityName('Kota Magelang')).toBe('Kota Magelang');
    expect(shortEntityName('Kementerian Kabupaten')).toBe('Kementerian Kabupaten');
  });
});

describe('peerChartData', () => {
  const ds = multiEntityMultiYear();

  it('ranks every entity of a short list, rank in the label, the selected one flagged', () => {
    const data = peerChartData(peerRanking(ds, 2024), BATANG);
    expect(data.trimmed).toBe(false);
    expect(data.rows.map((r) => r.label)).toEqual(['1. Kab. Pemalang', '2. Prov. Jawa Tengah', '3. Kab. Batang']);
    expect(data.rows.map((r) => r.score)).toEqual([98.59, 98.21, 93.74]);
    expect(data.rows.filter((r) => r.selected).map((r) => r.fullName)).toEqual([BATANG]);
  });

  it('keeps a computed mean marked as not reported', () => {
    const rows = peerChartData(peerRanking(ds, 2023), JATENG).rows;
    expect(rows.map((r) => [r.fullName, r.score, r.reported])).toEqual([
      [PEMALANG, 96.75, false],
      [JATENG, 94.52, true],
      [BATANG, 91.5, true],
    ]);
  });

  it('trims a long ranking to both ends and the selected entity, with a row for each stretch left out', () => {
    const peers = syntheticPeers(500, 3);
    const data = peerChartData(peers, 'Kota 250');
    expect(data).toMatchObject({ trimmed: true, rankedCount: 500, unknownCount: 3 });
    expect(data.rows).toHaveLength(PEER_EDGE * 2 + 1 + 2);
    expect(data.rows.slice(0, PEER_EDGE).map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(data.rows[PEER_EDGE]?.hiddenCount).toBe(239);
    expect(data.rows[PEER_EDGE + 1]).toMatchObject({ fullName: 'Kota 250', selected: true, rank: 250 });
    expect(data.rows[PEER_EDGE + 2]?.hiddenCount).toBe(240);
    expect(data.rows.at(-1)?.rank).toBe(500);
    const drawn = data.rows.filter((r) => r.hiddenCount === undefined).length;
    const hidden = data.rows.reduce((n, r) => n + (r.hiddenCount ?? 0), 0);
    expect(drawn + hidden).toBe(500);
  });

  it('needs only one gap when the selected entity is already at an end', () => {
    const data = peerChartData(syntheticPeers(60), 'Kota 002');
    expect(data.rows).toHaveLength(PEER_EDGE * 2 + 1);
    expect(data.rows[PEER_EDGE]?.hiddenCount).toBe(40);
    expect(data.rows.filter((r) => r.selected)).toHaveLength(1);
  });

  it('shows up to 25 entities in full and leaves unknown scores to the table', () => {
    const data = peerChartData(syntheticPeers(25, 2), 'Kota 001');
    expect(data).toMatchObject({ trimmed: false, rankedCount: 25, unknownCount: 2 });
    expect(data.rows).toHaveLength(25);
    expect(data.rows.every((r) => r.score !== null)).toBe(true);
  });
});

describe('a 2025 ranking', () => {
  const ds = acrossTheBreak();
  const peers = peerRanking(ds, 2025);

  it('ranks the assessed entities and leaves the one not assessed out of the bars and the ranks', () => {
    const data = peerChartData(peers, DIY);
    expect(data.rows.map((r) => [r.fullName, r.rank, r.score])).toEqual([
      [DEPOK, 1, 90.34],
      [DIY, 2, 86],
      [KOTA_CONTOH, 3, 82.5],
      [HALUT, 4, 69.63],
      [MALUT, 5, 65.98],
    ]);
    expect(data).toMatchObject({ rankedCount: 5, unknownCount: 0, notAssessedCount: 1 });
  });

  it('reads each level as the year has it: opinions as published, derived marked, no zone', () => {
    const text = Object.fromEntries(
      peerChartData(peers, DIY).rows.map((r) => [r.fullName, levelWithZone(r.level, messagesId)]),
    );
    expect(text).toEqual({
      [DEPOK]: 'Kualitas Tertinggi Tanpa Maladministrasi',
      [DIY]: 'Kualitas Tinggi Tanpa Maladministrasi',
      [KOTA_CONTOH]: 'Kualitas Tinggi (dihitung dari nilai)',
      [HALUT]: 'Kualitas Sedang',
      [MALUT]: 'Kualitas Sedang Tanpa Maladministrasi',
    });
    expect(Object.values(text).join(' ')).not.toMatch(/Zona|Hijau|Kuning|Merah/);
  });

  it('lists entities not assessed last in the table, after unknown scores', () => {
    const withUnknown: Dataset = {
      ...ds,
      institutions: [...ds.institutions, { year: 2025, name: 'Kota Antah', score: null }],
    };
    const ordered = peersInTableOrder(peerRanking(withUnknown, 2025));
    expect(ordered.slice(-2).map((p) => [p.name, p.rank, p.assessed])).toEqual([
      ['Kota Antah', null, true],
      [KAB_CONTOH, null, false],
    ]);
    expect(peerChartData(ordered, DIY)).toMatchObject({ unknownCount: 1, notAssessedCount: 1 });
  });

  it('finds the year’s reported national average, and none for other years', () => {
    expect(nationalAverageOf(ds, 2025)?.score).toBe(74.64);
    expect(nationalAverageOf(ds, 2024)).toBeNull();
    expect(nationalAverageOf(multiEntityMultiYear(), 2025)).toBeNull();
  });
});

describe('peersIllustrative and peerSources', () => {
  it('is illustrative only when a drawn computed mean rests on illustrative records', () => {
    const ds = multiEntityMultiYear();
    expect(peersIllustrative(ds, 2023, peerChartData(peerRanking(ds, 2023), BATANG).rows)).toBe(false);
    const illustrative: Dataset = {
      dimensions: [],
      institutions: [{ year: 2024, name: 'A', score: 90 }],
      records: [
        unitRecord({ year: 2024, institution: 'B', unit: 'u', total: 80, totalComputed: true, illustrative: true }),
      ],
    };
    const rows = peerChartData(peerRanking(illustrative, 2024), 'A').rows;
    expect(peersIllustrative(illustrative, 2024, rows)).toBe(true);
    const published: Dataset = {
      ...illustrative,
      records: illustrative.records.map((r) => ({ ...r, totalComputed: false })),
    };
    expect(peersIllustrative(published, 2024, peerChartData(peerRanking(published, 2024), 'A').rows)).toBe(false);
    expect(
      peersIllustrative(
        illustrative,
        2024,
        rows.filter((r) => r.reported),
      ),
    ).toBe(false);
  });

  it('lists each source of the year once', () => {
    const ds = multiEntityMultiYear();
    expect(peerSources(ds, 2024, peerRanking(ds, 2024))).toEqual([
      { name: 'Contoh', url: 'https://example.org/rapor' },
      { name: 'Ombudsman RI', retrieved: '2024-12-10' },
    ]);
  });
});
