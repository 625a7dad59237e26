import { describe, expect, it } from 'vitest';
import { dimensionsOf } from '../../domain/aggregate';
import { buildComparison } from '../../domain/comparison';
import { type CompareKey } from '../../domain/compare-keys';
import type { Dataset } from '../../domain/model';
import { BATANG, PEMALANG, batang2024, multiEntityMultiYear } from '../../domain/testing/fixtures';
import { DIY, diy2025 } from '../../domain/testing/fixtures-2025';
import {
  anyDimensions,
  compareSeries,
  compareTableRows,
  comparedSources,
  diffDirection,
  dimensionGroupRows,
  itemsWithoutDimensions,
  totalGroupRow,
} from './compare-rows';

const key = (unit: string, year = 2024, institution = BATANG): CompareKey => ({ institution, year, unit });

describe('compareSeries', () => {
  it('numbers the items from 1 with short labels and unique ids, across years', () => {
    const ds = multiEntityMultiYear();
    const { items } = buildComparison(ds, [key('Disdikbud', 2023), key('Disdikbud', 2024)]);
    const series = compareSeries(items);
    expect(series.map((s) => [s.number, s.label, s.year])).toEqual([
      [1, 'Disdikbud', 2023],
      [2, 'Disdikbud', 2024],
    ]);
    expect(series[0]?.unit).toBe('Dinas Pendidikan dan Kebudayaan');
    expect(new Set(series.map((s) => s.id)).size).toBe(2);
  });
});

describe('dimensionGroupRows and totalGroupRow', () => {
  it('gives every item’s score per dimension, by series id, unknown as null', () => {
    const ds = multiEntityMultiYear();
    const { items } = buildComparison(ds, [key('Disdikbud', 2023), key('Dinas Sosial', 2024, PEMALANG)]);
    const series = compareSeries(items);
    const rows = dimensionGroupRows(dimensionsOf(ds), items, series);
    expect(rows.map((r) => r.label)).toEqual(['Input', 'Proses', 'Output', 'Pengaduan']);
    const [a, b] = series;
    if (!a || !b) throw new Error('two series');
    expect(rows[0]?.values).toEqual({ [a.id]: 80, [b.id]: 97 });
    expect(rows[1]?.values).toEqual({ [a.id]: 95, [b.id]: null });
    expect(totalGroupRow(items, series, 'Total')).toEqual({
      key: 'total',
      label: 'Total',
      values: { [a.id]: 88.4, [b.id]: null },
    });
  });
});

describe('diffDirection', () => {
  it.each([
    [8.48, 'up'],
    [-0.5, 'down'],
    [0, 'same'],
    // Reads as 0,00 at two decimals: no arrow for noise.
    [0.004, 'same'],
    [-0.004, 'same'],
    [0.005, 'up'],
    [null, null],
    [Number.NaN, null],
  ])('%s → %s', (diff, expected) => {
    expect(diffDirection(diff)).toBe(expected);
  });
});

describe('compareTableRows', () => {
  const ds = batang2024();
  const { items } = buildComparison(ds, [key('Disdikbud'), key('DPMPTSP'), key('Puskesmas Batang III')]);

  it('puts the total first, then the dimensions, with signed differences to the first item', () => {
    const rows = compareTableRows(dimensionsOf(ds), items, true);
    expect(rows.map((r) => r.key)).toEqual(['total', 'input', 'proses', 'output', 'pengaduan']);
    const total = rows[0];
    expect(total?.cells.map((c) => c.value)).toEqual([89.07, 97.55, 90.9]);
    expect(total?.cells[0]).toEqual({ value: 89.07, diff: null, direction: null });
    expect(total?.cells[1]?.diff).toBeCloseTo(97.55 - 89.07, 10);
    expect(total?.cells[1]?.direction).toBe('up');
    const proses = rows.find((r) => r.key === 'proses');
    expect(proses?.dimension?.weight).toBe(32.37);
    // DPMPTSP 97.5 against Disdikbud 98.
    expect(proses?.cells[1]?.diff).toBeCloseTo(-0.5, 10);
    expect(proses?.cells[1]?.direction).toBe('down');
  });

  it('keeps only the total without dimensions', () => {
    expect(compareTableRows(dimensionsOf(ds), items, false).map((r) => r.kind)).toEqual(['total']);
  });

  it('shows the weights only where they hold in every compared year', () => {
    expect(
      compareTableRows(dimensionsOf(ds), items, true)
        .slice(1)
        .every((r) => r.weightShown === true),
    ).toBe(true);
    expect(
      compareTableRows(dimensionsOf(ds), items, true, false)
        .slice(1)
        .every((r) => r.weightShown === false),
    ).toBe(true);
  });
});

describe('itemsWithoutDimensions and anyDimensions', () => {
  it('names the items lacking dimension scores', () => {
    const ds = multiEntityMultiYear();
    const { items } = buildComparison(ds, [key('Disdikbud', 2023), key('Puskesmas Batang III', 2023)]);
    expect(itemsWithoutDimensions(items).map((i) => i.record.unit)).toEqual(['Puskesmas Batang III']);
    expect(anyDimensions(items)).toBe(true);
    const totalsOnly = buildComparison(ds, [
      key('Disdukcapil', 2024, PEMALANG),
      key('Puskesmas Comal', 2024, PEMALANG),
    ]);
    expect(anyDimensions(totalsOnly.items)).toBe(false);
  });
});

describe('comparedSources', () => {
  it('uses each record’s own source once, else the dataset’s', () => {
    const ds = multiEntityMultiYear();
    const { items } = buildComparison(ds, [key('Disdikbud', 2023), key('Disdikbud', 2024), key('Dinsos')]);
    expect(comparedSources(items, ds.source)).toEqual([ds.source]);
    const own = { name: 'Ombudsman RI', retrieved: '2024-12-10' };
    const first = items[0];
    if (!first) throw new Error('item');
    const withOwn = [{ ...first, record: { ...first.record, source: own } }, ...items.slice(1)];
    expect(comparedSources(withOwn, ds.source)).toEqual([own, ds.source]);
    expect(comparedSources(items, undefined)).toEqual([]);
  });
});

describe('a comparison across 2024 and 2025', () => {
  // Batang 2024 (Penilaian Kepatuhan) beside Pemda DIY 2025 (Penilaian Maladministrasi).
  const ds: Dataset = {
    ...batang2024(),
    defaultDimensions: true,
    institutions: [...batang2024().institutions, ...diy2025().institutions],
    records: [...batang2024().records, ...diy2025().records],
  };
  const { items, methods } = buildComparison(ds, [key('Dinsos'), key('Dinas Sosial', 2025, DIY)]);

  it('knows both methods, the grade with its zone in 2024 and the published quality word in 2025', () => {
    expect(methods).toEqual(['kepatuhan', 'maladministrasi']);
    expect(items.map((i) => i.total)).toEqual([95.07, 92.36]);
    expect(items[0]?.level).toMatchObject({ origin: 'derived', level: { grade: 'A', zone: 'hijau' } });
    expect(items[1]?.level).toMatchObject({ origin: 'published', unitWord: 'sangat_baik' });
    expect(items[1]?.level?.level.zone).toBeUndefined();
  });

  it('gives the 2025 item no dimension scores: the comparison is on totals', () => {
    expect(itemsWithoutDimensions(items).map((i) => i.record.year)).toEqual([2025]);
    expect(compareTableRows(dimensionsOf(ds), items, anyDimensions(items))[0]?.cells[1]?.diff).toBeCloseTo(
      92.36 - 95.07,
      10,
    );
  });
});
