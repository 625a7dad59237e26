import { describe, expect, it } from 'vitest';
import { dimensionsOf } from '../../domain/aggregate';
import { buildComparison } from '../../domain/comparison';
import { type CompareKey } from '../../domain/compare-keys';
import { BATANG, PEMALANG, multiEntityMultiYear } from '../../domain/testing/fixtures';
import { compareCsv, compareLegend, sharedValue } from './compare-export';
import { compareSeries, dimensionGroupRows, totalGroupRow } from './compare-rows';

const key = (unit: string, year = 2024, institution = BATANG): CompareKey => ({ institution, year, unit });
const labels = { item: 'Item', unit: 'Unit', short: 'Singkatan', entity: 'Instansi', year: 'Tahun', level: 'Opini' };

function comparison(keys: CompareKey[]) {
  const ds = multiEntityMultiYear();
  const { items } = buildComparison(ds, keys);
  const series = compareSeries(items);
  return { ds, items, series };
}

describe('compareCsv', () => {
  it('gives one row per item with its names, entity, year, level and a column per dimension', () => {
    const { ds, items, series } = comparison([key('Disdikbud', 2023), key('Dinas Sosial', 2024, PEMALANG)]);
    const csv = compareCsv(dimensionGroupRows(dimensionsOf(ds), items, series), series, labels, [
      'Opini A · Zona Hijau',
      null,
    ]);
    expect(csv.columns).toEqual([
      'Item',
      'Unit',
      'Singkatan',
      'Instansi',
      'Tahun',
      'Opini',
      'Input',
      'Proses',
      'Output',
      'Pengaduan',
    ]);
    expect(csv.rows[0]?.slice(0, 7)).toEqual([
      1,
      'Dinas Pendidikan dan Kebudayaan',
      'Disdikbud',
      BATANG,
      2023,
      'Opini A · Zona Hijau',
      80,
    ]);
    expect(csv.rows[0]?.[7]).toBe(95);
    // Pemalang's Dinas Sosial has no short name and only Input: the rest stays empty, never 0.
    expect(csv.rows[1]).toEqual([2, 'Dinas Sosial', null, PEMALANG, 2024, null, 97, null, null, null]);
  });

  it('has a single total column for a totals-only comparison', () => {
    const { items, series } = comparison([key('Disdikbud', 2023), key('Dinas Sosial', 2024, PEMALANG)]);
    const csv = compareCsv([totalGroupRow(items, series, 'Nilai total')], series, labels, []);
    expect(csv.columns.at(-1)).toBe('Nilai total');
    expect(csv.rows.map((r) => r.at(-1))).toEqual([88.4, null]);
  });
});

describe('compareLegend', () => {
  const words = {
    itemFull: (p: { unit: string; entity: string; year: number }) => `${p.unit} — ${p.entity} ${p.year}`,
    baseline: 'acuan',
  };

  it('names each item by number, full name, entity and year; item 1 is the baseline', () => {
    const { series } = comparison([key('Disdikbud', 2023), key('Disdikbud', 2024)]);
    const legend = compareLegend(series, 'box', words);
    expect(legend.map((l) => l.label)).toEqual([
      '1. Dinas Pendidikan dan Kebudayaan — Kabupaten Batang 2023 (acuan)',
      '2. Dinas Pendidikan dan Kebudayaan — Kabupaten Batang 2024',
    ]);
    expect(legend.map((l) => l.color)).toEqual(['var(--chart-dim-1)', 'var(--chart-dim-2)']);
    expect(legend.every((l) => l.swatch === 'box' && l.dash === undefined)).toBe(true);
  });

  it('draws radar items as their own line: solid for item 1, each other its dash', () => {
    const { series } = comparison([key('Disdikbud', 2023), key('Disdikbud', 2024), key('Disdukcapil', 2024)]);
    const legend = compareLegend(series, 'line', words);
    expect(legend.map((l) => [l.swatch, l.dash])).toEqual([
      ['line', undefined],
      ['line', '9 5'],
      ['line', '2 4'],
    ]);
  });
});

describe('sharedValue', () => {
  it('is the value all share, else undefined', () => {
    expect(sharedValue([BATANG, BATANG])).toBe(BATANG);
    expect(sharedValue([2023, 2024])).toBeUndefined();
    expect(sharedValue([])).toBeUndefined();
  });
});
