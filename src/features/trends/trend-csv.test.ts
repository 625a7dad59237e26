import { describe, expect, it } from 'vitest';
import { peerRanking } from '../../domain/trends';
import { peersInTableOrder } from './peer-rows';
import { BATANG, JATENG, multiEntityMultiYear } from '../../domain/testing/fixtures';
import { messagesEn } from '../../lib/i18n/messages-en';
import { messagesId } from '../../lib/i18n/messages-id';
import { DIY } from '../../domain/testing/fixtures-2025';
import { entityTrendCsv, peerCsv, unitTrendCsv, type TrendCsvLabels } from './trend-csv';
import { entityTrendPoints, unitTrendData, unitTrendTableRows } from './trend-rows';
import { DEPOK, KAB_CONTOH, KOTA_CONTOH, acrossTheBreak } from './trends-2025.fixture';

const labels: TrendCsvLabels = {
  year: 'Tahun',
  score: 'Nilai',
  basis: 'Dasar nilai',
  mean: 'Rata-rata unit',
  gradeOrZone: 'Hasil',
  method: 'Metode penilaian',
  reportedText: 'Nilai resmi',
  meanText: 'Rata-rata unit',
  notAssessedText: 'Tidak dinilai',
  words: messagesId,
};

const KEPATUHAN = 'Penilaian Kepatuhan';
const MALADMINISTRASI = 'Penilaian Maladministrasi · Opini Ombudsman RI';

describe('entityTrendCsv', () => {
  it('writes each year with basis, mean, the grade with its zone or, up to 2021, the zone, and the method', () => {
    const csv = entityTrendCsv(entityTrendPoints(multiEntityMultiYear(), JATENG), labels);
    expect(csv.columns).toEqual(['Tahun', 'Nilai', 'Dasar nilai', 'Rata-rata unit', 'Hasil', 'Metode penilaian']);
    expect(csv.rows[0]).toEqual([2021, 73.49, 'Nilai resmi', null, 'Zona Kuning', KEPATUHAN]);
    expect(csv.rows[3]).toEqual([2024, 98.21, 'Nilai resmi', null, 'Opini A · Zona Hijau', KEPATUHAN]);
  });

  it('names a computed mean as such and leaves unknowns empty', () => {
    const points = entityTrendPoints(multiEntityMultiYear(), 'Kabupaten Pemalang');
    expect(entityTrendCsv(points, labels).rows[0]).toEqual([
      2023,
      96.75,
      'Rata-rata unit',
      96.75,
      'Opini A · Zona Hijau',
      KEPATUHAN,
    ]);
    const unknown = entityTrendCsv(
      [{ year: 2022, score: null, reported: false, computedMean: null, assessed: true, level: null, segment: 0 }],
      labels,
    );
    expect(unknown.rows).toEqual([[2022, null, null, null, null, KEPATUHAN]]);
  });

  it('writes 2025 with its own level and method: no zone, a derived level marked in words', () => {
    const csv = entityTrendCsv(entityTrendPoints(acrossTheBreak(), KOTA_CONTOH), labels);
    expect(csv.rows).toEqual([
      [2023, 84.2, 'Nilai resmi', null, 'Opini B · Zona Hijau', KEPATUHAN],
      [2024, 86.1, 'Nilai resmi', 86.1, 'Opini B · Zona Hijau', KEPATUHAN],
      [2025, 82.5, 'Nilai resmi', 82.5, 'Kualitas Tinggi (dihitung dari nilai)', MALADMINISTRASI],
    ]);
    const published = entityTrendCsv(entityTrendPoints(acrossTheBreak(), DIY), labels);
    expect(published.rows).toEqual([
      [2025, 86, 'Nilai resmi', expect.closeTo(85.998, 3), 'Kualitas Tinggi Tanpa Maladministrasi', MALADMINISTRASI],
    ]);
  });

  it('says a year not assessed in words, not as an empty score', () => {
    const csv = entityTrendCsv(entityTrendPoints(acrossTheBreak(), KAB_CONTOH), labels);
    expect(csv.rows[2]).toEqual([2025, null, 'Tidak dinilai', null, null, MALADMINISTRASI]);
  });

  it('names the method with its English gloss in English', () => {
    const csv = entityTrendCsv(entityTrendPoints(acrossTheBreak(), KOTA_CONTOH), { ...labels, words: messagesEn });
    expect(csv.rows.map((r) => [r[4], r[5]])).toEqual([
      ['Grade B · Green zone', 'Penilaian Kepatuhan (compliance assessment, grades A–E)'],
      ['Grade B · Green zone', 'Penilaian Kepatuhan (compliance assessment, grades A–E)'],
      [
        'Kualitas Tinggi (derived from the score)',
        'Penilaian Maladministrasi · Opini Ombudsman RI (maladministration assessment, Ombudsman opinion)',
      ],
    ]);
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
    expect(csv.columns).toEqual(['Peringkat', 'Instansi', 'Nilai', 'Dasar nilai', 'Hasil', 'dipilih']);
    expect(csv.rows).toEqual([
      [1, 'Kabupaten Pemalang', 96.75, 'Rata-rata unit', 'Opini A · Zona Hijau', null],
      [2, JATENG, 94.52, 'Nilai resmi', 'Opini A · Zona Hijau', null],
      [3, BATANG, 91.5, 'Nilai resmi', 'Opini A · Zona Hijau', 'dipilih'],
    ]);
  });

  it('writes a 2025 ranking with opinions, no zone, and the entity not assessed last without rank', () => {
    const csv = peerCsv(peersInTableOrder(peerRanking(acrossTheBreak(), 2025)), DEPOK, {
      ...labels,
      rank: 'Peringkat',
      entity: 'Instansi',
      selected: 'dipilih',
    });
    expect(csv.rows[0]).toEqual([
      1,
      DEPOK,
      90.34,
      'Nilai resmi',
      'Kualitas Tertinggi Tanpa Maladministrasi',
      'dipilih',
    ]);
    expect(csv.rows.at(-1)).toEqual([null, KAB_CONTOH, null, 'Tidak dinilai', null, null]);
    expect(csv.rows.map((r) => r[4]).join(' ')).not.toMatch(/Zona/);
  });
});
