import { describe, expect, it } from 'vitest';
import { rankUnits } from '../../domain/aggregate';
import { meanOf } from '../../domain/stats';
import { batang2024 } from '../../domain/testing/fixtures';
import { scoreBands, toRankingRows } from './ranking-rows';

describe('toRankingRows', () => {
  it('ranks Batang 2024 with DPMPTSP first and flags exactly the two units below the mean', () => {
    const ds = batang2024();
    const mean = meanOf(ds.records.map((r) => r.total));
    const rows = toRankingRows(rankUnits(ds.records, { year: 2024, mean }));
    expect(rows.map((r) => r.label)).toEqual([
      'DPMPTSP',
      'Puskesmas Batang I',
      'Dinsos',
      'Disdukcapil',
      'Puskesmas Batang III',
      'Disdikbud',
    ]);
    expect(rows.filter((r) => r.flagged).map((r) => r.label)).toEqual(['Puskesmas Batang III', 'Disdikbud']);
    expect(rows.every((r) => r.gradeLetter === 'A')).toBe(true);
  });

  it('leaves units without a known total out of the bars', () => {
    const ds = batang2024();
    const records = ds.records.map((r, i) => (i === 0 ? { ...r, total: null } : r));
    const rows = toRankingRows(rankUnits(records, { year: 2024, mean: null }));
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
  it('uses zones only up to 2021', () => {
    expect(scoreBands(2021).map((b) => [b.zone, b.min, b.max])).toEqual([
      ['hijau', 81, 100],
      ['kuning', 51, 81],
      ['merah', 0, 51],
    ]);
  });
});
