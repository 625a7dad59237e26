import { describe, expect, it } from 'vitest';
import { batang2024, multiEntityMultiYear } from './testing/fixtures';
import { unitDetail } from './unit-detail';

describe('unitDetail', () => {
  it('ranks Disdikbud last of six, below the mean, with Input and Pengaduan as focus', () => {
    const detail = unitDetail(batang2024(), {
      institution: 'Kabupaten Batang',
      year: 2024,
      unit: 'Dinas Pendidikan dan Kebudayaan',
    });
    expect(detail).not.toBeNull();
    expect(detail?.rank).toBe(6);
    expect(detail?.of).toBe(6);
    expect(detail?.belowMean).toBe(true);
    expect(detail?.level?.level.grade).toBe('A');
    expect(detail?.nextLevel).toBeNull();
    expect(detail?.focus.map((f) => f.key).sort()).toEqual(['input', 'pengaduan']);
    const below = detail?.dimensions
      .filter((d) => d.below)
      .map((d) => d.key)
      .sort();
    expect(below).toEqual(['input', 'pengaduan']);
  });

  it('computes each dimension’s difference to the entity mean', () => {
    const ds = batang2024();
    const detail = unitDetail(ds, {
      institution: 'Kabupaten Batang',
      year: 2024,
      unit: 'Dinas Pendidikan dan Kebudayaan',
    });
    const input = detail?.dimensions.find((d) => d.key === 'input');
    const inputs = ds.records.map((r) => r.dimensions.input ?? 0);
    const mean = inputs.reduce((a, b) => a + b, 0) / inputs.length;
    const own = ds.records.find((r) => r.unitShort === 'Disdikbud')?.dimensions.input ?? 0;
    expect(input?.mean).toBeCloseTo(mean, 10);
    expect(input?.diff).toBeCloseTo(own - mean, 10);
  });

  it('lists the unit’s years oldest first', () => {
    const ds = multiEntityMultiYear();
    const multiYear = ds.records.find(
      (r) =>
        r.year === 2024 &&
        ds.records.some((o) => o.year !== 2024 && o.unit === r.unit && o.institution === r.institution),
    );
    expect(multiYear).toBeDefined();
    const detail = unitDetail(ds, {
      institution: multiYear?.institution ?? '',
      year: 2024,
      unit: multiYear?.unit ?? '',
    });
    const years = detail?.history.map((h) => h.year) ?? [];
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('shows unknown dimensions as unknown, not as a gap', () => {
    const ds = batang2024();
    const first = ds.records[0];
    if (first) first.dimensions = { ...first.dimensions, input: null };
    const detail = unitDetail(ds, { institution: 'Kabupaten Batang', year: 2024, unit: first?.unit ?? '' });
    const input = detail?.dimensions.find((d) => d.key === 'input');
    expect(input?.score).toBeNull();
    expect(input?.diff).toBeNull();
    expect(input?.below).toBe(false);
  });

  it('is null for a unit that is not in that entity and year', () => {
    expect(unitDetail(batang2024(), { institution: 'Kabupaten Batang', year: 2023, unit: 'Dinas Sosial' })).toBeNull();
  });
});
