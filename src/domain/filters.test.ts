import { describe, expect, it } from 'vitest';
import { filterRecords } from './filters';
import { BATANG, PEMALANG, multiEntityMultiYear } from './testing/fixtures';

describe('filterRecords', () => {
  const { records } = multiEntityMultiYear();

  it('returns everything without criteria', () => {
    expect(filterRecords(records, {})).toHaveLength(records.length);
  });
  it('combines year, institution and unit type', () => {
    expect(filterRecords(records, { year: 2024 }).map((r) => r.institution)).toEqual([
      ...Array<string>(6).fill(BATANG),
      ...Array<string>(3).fill(PEMALANG),
    ]);
    expect(filterRecords(records, { year: 2023, institution: BATANG })).toHaveLength(3);
    expect(
      filterRecords(records, { year: 2024, institution: BATANG, unitType: 'Puskesmas' }).map((r) => r.unitShort),
    ).toEqual(['Puskesmas Batang I', 'Puskesmas Batang III']);
  });
  it('keeps the input order and does not mutate', () => {
    const before = records.map((r) => r.unit);
    const pemalang = filterRecords(records, { institution: PEMALANG });
    expect(pemalang.map((r) => `${r.year} ${r.unit}`)).toEqual([
      '2023 Disdukcapil',
      '2023 Puskesmas Comal',
      '2024 Disdukcapil',
      '2024 Puskesmas Comal',
      '2024 Dinas Sosial',
    ]);
    expect(records.map((r) => r.unit)).toEqual(before);
  });
  it('finds nothing for an unknown value or empty input', () => {
    expect(filterRecords(records, { institution: 'Kota Antah' })).toEqual([]);
    expect(filterRecords(records, { year: 1999 })).toEqual([]);
    expect(filterRecords([], { year: 2024 })).toEqual([]);
  });
  it('does not match records without a unit type when one is asked for', () => {
    const untyped = records.map((r) => ({ ...r, unitType: undefined }));
    expect(filterRecords(untyped, { unitType: 'Puskesmas' })).toEqual([]);
  });
});
