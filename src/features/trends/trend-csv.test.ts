import { describe, expect, it } from 'vitest';
import { peerRanking } from '../../domain/trends';
import { BATANG, JATENG, multiEntityMultiYear } from '../../domain/testing/fixtures';
import { entityTrendCsv, peerCsv, unitTrendCsv } from './trend-csv';
import { entityTrendPoints, unitTrendData, unitTrendTableRows } from './trend-rows';

const labels = {
  year: 'Tahun',
  score: 'Nilai',
  basis: 'Dasar nilai',
  mean: 'Rata-rata unit',
  gradeOrZone: 'Opini / zona',
  reportedText: 'Nilai resmi',
  meanText: 'Rata-rata unit',
  zones: { hijau: 'Zona Hijau', kuning: 'Zona Kuning', merah: 'Zona Merah' },
};

describe('entityTrendCsv', () => {
  it('writes each year with basis, mean and the letter or, up to 2021, the zone', () => {
    const csv = entityTrendCsv(entityTrendPoints(multiEntityMultiYear(), JATENG), labels);
    expect(csv.columns).toEqual(['Tahun', 'Nilai', 'Dasar nilai', 'Rata-rata unit', 'Opini / zona']);
    expect(csv.rows[0]).toEqual([2021, 73.49, 'Nilai resmi', null, 'Zona Kuning']);
    expect(csv.rows[3]).toEqual([2024, 98.21, 'Nilai resmi', null, 'A']);
  });

  it('names a computed mean as such and leaves unknowns empty', () => {
    const points = entityTrendPoints(multiEntityMultiYear(), 'Kabupaten Pemalang');
    expect(entityTrendCsv(points, labels).rows[0]).toEqual([2023, 96.75, 'Rata-rata unit', 96.75, 'A']);
    const unknown = entityTrendCsv(
      [{ year: 2022, score: null, reported: false, computedMean: null, grade: null }],
      labels,
    );
    expect(unknown.rows).toEqual([[2022, null, null, null, null]]);
  });
});

describe('unitTrendCsv', () => {
  it('has a column per year and the change, the short name only where it differs', () => {
    const data = unitTrendData(multiEntityMultiYear(), BATANG);
    const csv = unitTrendCsv([2023, 2024], unitTrendTableRows(data), {
      unit: 'Unit',
      short: 'Singkatan',
      change: 'Perubahan',
    });
    expect(csv.columns).toEqual(['Unit', 'Singkatan', '2023', '2024', 'Perubahan']);
    expect(csv.rows[1]).toEqual(['Dinas Pendidikan dan Kebudayaan', 'Disdikbud', 88.4, 89.07, 0.67]);
    expect(csv.rows[2]).toEqual(['Puskesmas Batang III', null, 90, 90.9, 0.9]);
  });
});

describe('peerCsv', () => {
  it('lists every entity in rank order and marks the selected one', () => {
    const ds = multiEntityMultiYear();
    const csv = peerCsv(peerRanking(ds, 2023), BATANG, {
      ...labels,
      rank: 'Peringkat',
      entity: 'Instansi',
      selected: 'dipilih',
    });
    expect(csv.columns).toEqual(['Peringkat', 'Instansi', 'Nilai', 'Dasar nilai', 'Opini / zona', 'dipilih']);
    expect(csv.rows).toEqual([
      [1, 'Kabupaten Pemalang', 96.75, 'Rata-rata unit', 'A', null],
      [2, JATENG, 94.52, 'Nilai resmi', 'A', null],
      [3, BATANG, 91.5, 'Nilai resmi', 'A', 'dipilih'],
    ]);
  });
});
