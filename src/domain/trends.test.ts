import { describe, expect, it } from 'vitest';
import type { Dataset } from './model';
import { entityTrend, peerRanking, unitTrends } from './trends';
import { BATANG, JATENG, PEMALANG, batang2024, multiEntityMultiYear, unitRecord } from './testing/fixtures';

const empty: Dataset = { dimensions: [], institutions: [], records: [] };

describe('entityTrend', () => {
  const ds = multiEntityMultiYear();
  it('prefers the reported figure and falls back to the computed mean', () => {
    expect(entityTrend(ds, PEMALANG)).toMatchObject([
      { year: 2023, score: 96.75, reported: false, assessed: true, method: 'kepatuhan' },
      { year: 2024, score: 98.59, reported: true, assessed: true, method: 'kepatuhan' },
    ]);
    expect(entityTrend(ds, BATANG)).toMatchObject([
      { year: 2023, score: 91.5, reported: true, level: { origin: 'derived', level: { grade: 'A' } } },
      { year: 2024, score: 93.74, reported: true },
    ]);
  });
  it('follows an institution-only entity over four years, oldest first', () => {
    expect(entityTrend(ds, JATENG).map((p) => [p.year, p.score])).toEqual([
      [2021, 73.49],
      [2022, 93.14],
      [2023, 94.52],
      [2024, 98.21],
    ]);
  });
  it('keeps a year whose score is unknown, and is empty for an unknown entity', () => {
    const ds2: Dataset = {
      ...empty,
      institutions: [{ year: 2022, name: 'K', score: null }],
      records: [unitRecord({ year: 2023, institution: 'K', unit: 'u', total: 80 })],
    };
    expect(entityTrend(ds2, 'K')).toMatchObject([
      { year: 2022, score: null, reported: false, assessed: true, level: null },
      { year: 2023, score: 80, reported: false, assessed: true },
    ]);
    expect(entityTrend(ds, 'Kota Antah')).toEqual([]);
  });
});

describe('unitTrends', () => {
  it('lists only units present in more than one year, by name, with years ascending', () => {
    const trends = unitTrends(multiEntityMultiYear(), BATANG);
    expect(trends.map((t) => t.unitShort)).toEqual(['Disdukcapil', 'Disdikbud', 'Puskesmas Batang III']);
    expect(trends[1]).toEqual({
      unit: 'Dinas Pendidikan dan Kebudayaan',
      unitShort: 'Disdikbud',
      points: [
        { year: 2023, total: 88.4 },
        { year: 2024, total: 89.07 },
      ],
    });
  });
  it('keeps unknown totals as gaps', () => {
    const ds = multiEntityMultiYear();
    ds.records.push(unitRecord({ year: 2022, institution: PEMALANG, unit: 'Dinas Sosial', total: null }));
    const sosial = unitTrends(ds, PEMALANG).find((t) => t.unit === 'Dinas Sosial');
    expect(sosial?.points).toEqual([
      { year: 2022, total: null },
      { year: 2024, total: null },
    ]);
    expect(sosial?.unitShort).toBeUndefined();
  });
  it('takes the latest short name and the first record of a duplicated year', () => {
    const ds: Dataset = {
      ...empty,
      records: [
        unitRecord({ year: 2024, institution: 'K', unit: 'Dinas X', unitShort: 'DX-new', total: 90 }),
        unitRecord({ year: 2023, institution: 'K', unit: 'Dinas X', unitShort: 'DX-old', total: 80 }),
        unitRecord({ year: 2024, institution: 'K', unit: 'Dinas X', total: 10 }),
      ],
    };
    expect(unitTrends(ds, 'K')).toEqual([
      {
        unit: 'Dinas X',
        unitShort: 'DX-new',
        points: [
          { year: 2023, total: 80 },
          { year: 2024, total: 90 },
        ],
      },
    ]);
  });
  it('is empty for a single year, an institution-only entity or no data', () => {
    expect(unitTrends(batang2024(), BATANG)).toEqual([]);
    expect(unitTrends(multiEntityMultiYear(), JATENG)).toEqual([]);
    expect(unitTrends(empty, BATANG)).toEqual([]);
  });
});

describe('peerRanking', () => {
  it('ranks every entity of a year by its score', () => {
    const rows = peerRanking(multiEntityMultiYear(), 2024);
    expect(rows.map((r) => [r.name, r.score, r.rank, r.reported, r.level?.level.grade])).toEqual([
      [PEMALANG, 98.59, 1, true, 'A'],
      [JATENG, 98.21, 2, true, 'A'],
      [BATANG, 93.74, 3, true, 'A'],
    ]);
  });
  it('uses the computed mean where nothing is reported, and zones before 2022', () => {
    const rows2023 = peerRanking(multiEntityMultiYear(), 2023);
    expect(rows2023.map((r) => [r.name, r.reported])).toEqual([
      [PEMALANG, false],
      [JATENG, true],
      [BATANG, true],
    ]);
    const rows2021 = peerRanking(multiEntityMultiYear(), 2021);
    expect(rows2021).toEqual([
      {
        name: JATENG,
        score: 73.49,
        reported: true,
        rank: 1,
        assessed: true,
        level: {
          origin: 'derived',
          subject: 'entity',
          level: { zone: 'kuning', min: 51, max: 81, method: 'zona', basis: 'official' },
        },
      },
    ]);
  });
  it('shares ranks on ties at two decimals, names in order, unknown last without rank', () => {
    const ds: Dataset = {
      ...empty,
      institutions: [
        { year: 2024, name: 'Kota C', score: 90.001 },
        { year: 2024, name: 'Kota Tanpa', score: null },
        { year: 2024, name: 'Kota B', score: 90 },
        { year: 2024, name: 'Kota A', score: 70 },
      ],
    };
    expect(peerRanking(ds, 2024).map((r) => [r.name, r.rank])).toEqual([
      ['Kota B', 1],
      ['Kota C', 1],
      ['Kota A', 3],
      ['Kota Tanpa', null],
    ]);
  });
  it('is empty for a year without data', () => {
    expect(peerRanking(multiEntityMultiYear(), 2030)).toEqual([]);
  });
});
