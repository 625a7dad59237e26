import { describe, expect, it } from 'vitest';
import { rankUnits } from '../../domain/aggregate';
import { meanOf } from '../../domain/stats';
import { batang2024 } from '../../domain/testing/fixtures';
import { messagesId } from '../../lib/i18n/messages-id';
import { rankingCsv, scoreBands, toRankingRows, trimRankingRows } from './ranking-rows';
import { unitRecord } from '../../domain/testing/fixtures';

describe('toRankingRows', () => {
  it('ranks Batang 2024 with DPMPTSP first and flags exactly the two units below the mean', () => {
    const ds = batang2024();
    const mean = meanOf(ds.records.map((r) => r.total));
    const rows = toRankingRows(rankUnits(ds.records, { mean }), messagesId);
    expect(rows.map((r) => r.label)).toEqual([
      'DPMPTSP',
      'Puskesmas Batang I',
      'Dinsos',
      'Disdukcapil',
      'Puskesmas Batang III',
      'Disdikbud',
    ]);
    expect(rows.filter((r) => r.flagged).map((r) => r.label)).toEqual(['Puskesmas Batang III', 'Disdikbud']);
    expect(rows.every((r) => r.levelText === 'Opini A')).toBe(true);
  });

  it('leaves units without a known total out of the bars', () => {
    const ds = batang2024();
    const records = ds.records.map((r, i) => (i === 0 ? { ...r, total: null } : r));
    const rows = toRankingRows(rankUnits(records, { mean: null }), messagesId);
    expect(rows).toHaveLength(records.length - 1);
    expect(rows.some((r) => r.flagged)).toBe(false);
  });
});

describe('scoreBands', () => {
  it('covers 0–100 with the 2022+ letter bands', () => {
    const bands = scoreBands(2024);
    expect(bands.map((b) => [b.grade, b.min, b.max])).toEqual([
      ['A', 88, 100],
      ['B', 78, 88],
      ['C', 54, 78],
      ['D', 32, 54],
      ['E', 0, 32],
    ]);
  });
  it('uses the opinion levels from 2025, with no zone', () => {
    const bands = scoreBands(2025);
    expect(bands.map((b) => [b.quality, b.min, b.max])).toEqual([
      ['tertinggi', 88, 100],
      ['tinggi', 78, 88],
      ['sedang', 54, 78],
      ['rendah', 32, 54],
      ['terendah', 0, 32],
    ]);
    expect(bands.every((b) => b.zone === undefined && b.grade === undefined)).toBe(true);
  });
  it('uses zones only up to 2021', () => {
    expect(scoreBands(2021).map((b) => [b.zone, b.min, b.max])).toEqual([
      ['hijau', 81, 100],
      ['kuning', 51, 81],
      ['merah', 0, 51],
    ]);
  });
});

describe('trimRankingRows', () => {
  const manyUnits = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      unitRecord({ year: 2024, institution: 'X', unit: `Unit ${String(i + 1).padStart(2, '0')}`, total: 99 - i }),
    );
  const gap = (count: number) => `⋯ ${count} lagi`;

  it('leaves a ranking of up to 25 units whole', () => {
    const rows = toRankingRows(rankUnits(manyUnits(25), { mean: 80 }), messagesId);
    const trimmed = trimRankingRows(rows, gap);
    expect(trimmed.hidden).toBe(0);
    expect(trimmed.rows).toEqual(rows);
  });

  it('keeps the top and bottom ten of 40 units, with one row naming the 20 between', () => {
    const rows = toRankingRows(rankUnits(manyUnits(40), { mean: 80 }), messagesId);
    const trimmed = trimRankingRows(rows, gap);
    expect(trimmed.hidden).toBe(20);
    expect(trimmed.rows).toHaveLength(21);
    expect(trimmed.rows[0]?.label).toBe('Unit 01');
    expect(trimmed.rows[9]?.label).toBe('Unit 10');
    expect(trimmed.rows[10]).toMatchObject({ label: '⋯ 20 lagi', total: null, hiddenCount: 20, flagged: false });
    expect(trimmed.rows[11]?.label).toBe('Unit 31');
    expect(trimmed.rows[20]?.label).toBe('Unit 40');
    // The bottom ten are the weakest: 99 − 39 = 60 is the last total.
    expect(trimmed.rows[20]?.total).toBe(60);
  });
});

describe('rankingCsv', () => {
  const labels = {
    rank: 'Peringkat',
    unit: 'Unit',
    short: 'Singkatan',
    total: 'Nilai total',
    level: 'Kualitas',
    flagged: 'Status',
    flaggedText: 'perlu pembinaan',
    compliance: 'Tingkat kepatuhan',
  };
  it('gives each 2025 unit its published word, or a derived one marked in words', () => {
    const records = [
      {
        ...unitRecord({ year: 2025, institution: 'Provinsi DI Yogyakarta', unit: 'Dinas Sosial', total: 92.36 }),
        quality: 'sangat_baik' as const,
      },
      unitRecord({ year: 2025, institution: 'Provinsi DI Yogyakarta', unit: 'SMAN 1 Yogyakarta', total: 81.53 }),
      unitRecord({ year: 2025, institution: 'Provinsi DI Yogyakarta', unit: 'Unit Lemah', total: 30 }),
    ];
    const csv = rankingCsv(rankUnits(records, { mean: meanOf(records.map((r) => r.total)) }), labels, messagesId);
    expect(csv.columns).toEqual(['Peringkat', 'Unit', 'Singkatan', 'Nilai total', 'Kualitas', 'Status']);
    expect(csv.rows.map((r) => r[4])).toEqual([
      'Sangat Baik',
      'Baik (dihitung dari nilai)',
      'Terendah (dihitung dari nilai)',
    ]);
    expect(csv.rows.flat().join(' ')).not.toMatch(/hijau|kuning|merah|zona/i);
  });
  it('adds the published compliance level as a column where a unit has one (Kota Depok 2025)', () => {
    const records = [
      {
        ...unitRecord({ year: 2025, institution: 'Kota Depok', unit: 'SMPN 20 Depok', total: 93.49 }),
        quality: 'sangat_baik' as const,
        compliance: 'Tinggi',
      },
      unitRecord({ year: 2025, institution: 'Kota Depok', unit: 'Dinas Sosial', total: 87.29 }),
    ];
    const csv = rankingCsv(rankUnits(records, { mean: 90.39 }), labels, messagesId);
    expect(csv.columns).toEqual([
      'Peringkat',
      'Unit',
      'Singkatan',
      'Nilai total',
      'Kualitas',
      'Tingkat kepatuhan',
      'Status',
    ]);
    expect(csv.rows.map((r) => r[5])).toEqual(['Tinggi', null]);
  });
  it('keeps the grade letters of 2024, unmarked (official cut points)', () => {
    const ds = batang2024();
    const csv = rankingCsv(rankUnits(ds.records, { mean: meanOf(ds.records.map((r) => r.total)) }), labels, messagesId);
    expect(new Set(csv.rows.map((r) => r[4]))).toEqual(new Set(['A']));
  });
});
