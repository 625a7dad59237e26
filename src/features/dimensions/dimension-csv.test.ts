import { describe, expect, it } from 'vitest';
import { dimensionsOf, unitsOf } from '../../domain/aggregate';
import { DEFAULT_DIMENSIONS } from '../../domain/dimensions';
import { BATANG, PEMALANG, batang2024, multiEntityMultiYear, unitRecord } from '../../domain/testing/fixtures';
import { groupedBarCsv, heatmapCsv, radarCsv } from './dimension-csv';
import { entityMeans, toGroupedBarRows, toHeatmap, toRadarRows } from './dimension-rows';

const dims = DEFAULT_DIMENSIONS;
const batangUnits = () => unitsOf(batang2024(), { institution: BATANG, year: 2024 });
const labels = {
  unit: 'Unit',
  short: 'Singkatan',
  total: 'Nilai total',
  meanRow: 'Rata-rata instansi',
  belowMeanOn: 'Di bawah rata-rata instansi pada',
  status: 'Status',
  computedTotal: 'dihitung dari dimensi',
};
const header = (d: { label: string; weight: number }) => `${d.label} (${d.weight})`;

describe('heatmapCsv', () => {
  const units = batangUnits();
  const csv = heatmapCsv(toHeatmap(dims, units, entityMeans(dims, units)), header, labels);

  it('has the screen’s columns, the weights in the dimension headers', () => {
    expect(csv.columns).toEqual([
      'Unit',
      'Singkatan',
      'Input (21.85)',
      'Proses (32.37)',
      'Output (24.24)',
      'Pengaduan (21.54)',
      'Nilai total',
      'Di bawah rata-rata instansi pada',
    ]);
  });

  it('lists units highest total first, with full and short name and where each has ▼', () => {
    expect(csv.rows.map((r) => r[1])).toEqual(['DPMPTSP', null, 'Dinsos', 'Disdukcapil', null, 'Disdikbud', null]);
    expect(csv.rows[5]).toEqual([
      'Dinas Pendidikan dan Kebudayaan',
      'Disdikbud',
      78.5,
      98,
      97.5,
      76.89,
      89.07,
      'Input, Pengaduan, Nilai total',
    ]);
    // Disdukcapil: below the mean on Proses and Output, not on its total.
    expect(csv.rows[3]?.[7]).toBe('Proses, Output');
    expect(csv.rows[0]?.[7]).toBeNull();
  });

  it('ends with the entity means, unrounded', () => {
    const mean = csv.rows.at(-1);
    expect(mean?.[0]).toBe('Rata-rata instansi');
    expect(mean?.[2]).toBeCloseTo(90.75, 10);
    expect(mean?.[6]).toBeCloseTo(93.7033, 4);
    expect(mean?.[7]).toBeNull();
  });

  it('keeps unknown scores empty, never 0', () => {
    const ds = multiEntityMultiYear();
    const pemalang = unitsOf(ds, { institution: PEMALANG, year: 2024 });
    const partial = heatmapCsv(
      toHeatmap(dimensionsOf(ds), pemalang, entityMeans(dimensionsOf(ds), pemalang)),
      header,
      labels,
    );
    const dinsos = partial.rows.find((r) => r[0] === 'Dinas Sosial');
    expect(dinsos?.slice(2, 7)).toEqual([97, null, null, null, null]);
  });

  it('adds a status column only when some total was computed from the dimensions', () => {
    expect(csv.columns).not.toContain('Status');
    const computed = [
      unitRecord({
        year: 2024,
        institution: 'X',
        unit: 'A',
        total: 90,
        totalComputed: true,
        dimensions: { input: 90 },
      }),
      unitRecord({ year: 2024, institution: 'X', unit: 'B', total: 80, dimensions: { input: 80 } }),
    ];
    const withStatus = heatmapCsv(toHeatmap(dims, computed, entityMeans(dims, computed)), header, labels);
    expect(withStatus.columns.at(-1)).toBe('Status');
    expect(withStatus.rows.map((r) => r.at(-1))).toEqual(['dihitung dari dimensi', null, null]);
    expect(withStatus.rows.every((r) => r.length === withStatus.columns.length)).toBe(true);
  });
});

describe('groupedBarCsv', () => {
  it('gives each charted unit its scores and ▼ dimensions, then the means', () => {
    const units = batangUnits();
    const means = entityMeans(dims, units);
    const csv = groupedBarCsv(toGroupedBarRows(dims, units, means), dims, means.dimensions, labels);
    expect(csv.columns).toEqual([
      'Unit',
      'Singkatan',
      'Input',
      'Proses',
      'Output',
      'Pengaduan',
      'Di bawah rata-rata instansi pada',
    ]);
    expect(csv.rows).toHaveLength(7);
    expect(csv.rows[5]).toEqual([
      'Dinas Pendidikan dan Kebudayaan',
      'Disdikbud',
      78.5,
      98,
      97.5,
      76.89,
      'Input, Pengaduan',
    ]);
    expect(csv.rows[6]?.[0]).toBe('Rata-rata instansi');
    expect(csv.rows[6]?.[5]).toBeCloseTo(89.7883, 4);
  });

  it('leaves out units the chart cannot draw and keeps unknown as empty', () => {
    const ds = multiEntityMultiYear();
    const pemalang = unitsOf(ds, { institution: PEMALANG, year: 2024 });
    const means = entityMeans(dims, pemalang);
    const csv = groupedBarCsv(toGroupedBarRows(dims, pemalang, means), dims, means.dimensions, labels);
    expect(csv.rows.map((r) => r[0])).toEqual(['Dinas Sosial', 'Rata-rata instansi']);
    expect(csv.rows[0]).toEqual(['Dinas Sosial', null, 97, null, null, null, null]);
  });
});

describe('radarCsv', () => {
  const radarLabels = {
    dimension: 'Dimensi',
    weight: 'Bobot (%)',
    meanRow: 'Rata-rata instansi',
    difference: 'Selisih',
    status: 'Status',
    belowMean: 'di bawah rata-rata instansi',
  };

  it('gives per dimension the weight, the unit, the mean, the difference and the ▼', () => {
    const units = batangUnits();
    const disdikbud = units.find((u) => u.unitShort === 'Disdikbud');
    if (!disdikbud) throw new Error('fixture changed');
    const csv = radarCsv(toRadarRows(dims, disdikbud, entityMeans(dims, units)), dims, disdikbud.unit, radarLabels);
    expect(csv.columns).toEqual([
      'Dimensi',
      'Bobot (%)',
      'Dinas Pendidikan dan Kebudayaan',
      'Rata-rata instansi',
      'Selisih',
      'Status',
    ]);
    expect(csv.rows[0]?.slice(0, 3)).toEqual(['Input', 21.85, 78.5]);
    expect(csv.rows[0]?.[4]).toBeCloseTo(-12.25, 10);
    expect(csv.rows[0]?.[5]).toBe('di bawah rata-rata instansi');
    expect(csv.rows[1]?.[5]).toBeNull();
    expect(csv.rows.map((r) => r[0])).toEqual(['Input', 'Proses', 'Output', 'Pengaduan']);
  });

  it('has no difference where the unit’s score is unknown', () => {
    const unit = unitRecord({ year: 2024, institution: 'X', unit: 'A', dimensions: { input: 90 } });
    const csv = radarCsv(
      toRadarRows(dims, unit, { dimensions: { input: 80, proses: 80 }, total: null }),
      dims,
      'A',
      radarLabels,
    );
    expect(csv.rows[1]?.slice(2, 6)).toEqual([null, 80, null, null]);
    expect(csv.rows[0]?.slice(2, 5)).toEqual([90, 80, 10]);
  });
});
