import { describe, expect, it } from 'vitest';
import { dimensionsOf, unitsOf } from '../../domain/aggregate';
import { DEFAULT_DIMENSIONS } from '../../domain/dimensions';
import { BATANG, PEMALANG, batang2024, multiEntityMultiYear, unitRecord } from '../../domain/testing/fixtures';
import { CONTOH, contoh2025 } from '../../domain/testing/fixtures-2025';
import { createFormatters } from '../../lib/format';
import { laterMessagesId } from '../../lib/i18n/messages-id-later';
import { groupedBarCsv, heatmapCsv, radarCsv } from './dimension-csv';
import { entityMeans, toGroupedBarRows, toHeatmap, toRadarRows } from './dimension-rows';
import { columnHeaderText, dimensionYear, type DimensionColumn } from './dimension-year';

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
const header = (d: DimensionColumn) => `${d.label} (${d.weight})`;
/** The screen's header rule in Indonesian: "Input · 21,85%", or "Input" where the year has no weights. */
const screenHeader = (d: DimensionColumn) =>
  columnHeaderText(d, laterMessagesId.dimensions.columnHeader, createFormatters('id').percent);
/** The dimension columns of a dataset's year, as the view builds them. */
const columnsOf = (ds: ReturnType<typeof contoh2025>, year: number) =>
  dimensionYear(ds, dimensionsOf(ds), year).columns;

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

describe('the CSVs of a year without known weights', () => {
  const ds2025 = contoh2025({ ownDimensions: false });
  const units2025 = unitsOf(ds2025, { institution: CONTOH, year: 2025 });
  const columns2025 = columnsOf(ds2025, 2025);
  const means2025 = entityMeans(dimensionsOf(ds2025), units2025);

  it('heads the 2024 Batang heatmap CSV with the 2022–2024 weights', () => {
    const ds = batang2024();
    const units = batangUnits();
    const csv = heatmapCsv(toHeatmap(columnsOf(ds, 2024), units, entityMeans(dims, units)), screenHeader, labels);
    expect(csv.columns.slice(2, 6)).toEqual([
      'Input · 21,85%',
      'Proses · 32,37%',
      'Output · 24,24%',
      'Pengaduan · 21,54%',
    ]);
  });

  it('heads the 2025 heatmap CSV with the dimension names only, never the 2022–2024 weights', () => {
    const csv = heatmapCsv(toHeatmap(columns2025, units2025, means2025), screenHeader, labels);
    expect(csv.columns).toEqual([
      'Unit',
      'Singkatan',
      'Input',
      'Proses',
      'Output',
      'Pengaduan',
      'Nilai total',
      'Di bawah rata-rata instansi pada',
    ]);
    expect(csv.rows[0]).toEqual(['Dinas Sosial', null, 92, 89, 91, 88, 90.1, null]);
  });

  it('uses the file’s own weights for 2025 when it names its dimensions', () => {
    const own = contoh2025({ ownDimensions: true });
    const csv = heatmapCsv(toHeatmap(columnsOf(own, 2025), units2025, means2025), screenHeader, labels);
    expect(csv.columns.slice(2, 6)).toEqual([
      'Input · 25,00%',
      'Proses · 30,00%',
      'Output · 25,00%',
      'Pengaduan · 20,00%',
    ]);
  });

  const radarLabels = {
    dimension: 'Dimensi',
    weight: 'Bobot (%)',
    meanRow: 'Rata-rata instansi',
    difference: 'Selisih',
    status: 'Status',
    belowMean: 'di bawah rata-rata instansi',
  };

  it('leaves the weight column out of the 2025 radar CSV', () => {
    const sdn = units2025.find((u) => u.unit === 'SDN 1 Contoh');
    if (!sdn) throw new Error('fixture changed');
    const csv = radarCsv(toRadarRows(columns2025, sdn, means2025), columns2025, sdn.unit, radarLabels);
    expect(csv.columns).toEqual(['Dimensi', 'SDN 1 Contoh', 'Rata-rata instansi', 'Selisih', 'Status']);
    expect(csv.rows[0]?.[0]).toBe('Input');
    expect(csv.rows[0]?.[1]).toBe(76);
    expect(csv.rows[0]?.[2]).toBeCloseTo(82.6667, 4);
    expect(csv.rows[0]?.[4]).toBe('di bawah rata-rata instansi');
    expect(csv.rows.every((r) => r.length === 5)).toBe(true);
  });

  it('keeps the file’s own weights in the 2025 radar CSV', () => {
    const own = columnsOf(contoh2025({ ownDimensions: true }), 2025);
    const sdn = units2025.find((u) => u.unit === 'SDN 1 Contoh');
    if (!sdn) throw new Error('fixture changed');
    const csv = radarCsv(toRadarRows(own, sdn, means2025), own, sdn.unit, radarLabels);
    expect(csv.columns[1]).toBe('Bobot (%)');
    expect(csv.rows.map((r) => r[1])).toEqual([25, 30, 25, 20]);
  });
});
