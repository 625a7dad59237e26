import { describe, expect, it } from 'vitest';
import { BATANG, PEMALANG, batang2024, multiEntityMultiYear } from '../../domain/testing/fixtures';
import { defaultYearOverYear, yearOverYearOptions } from './shortcut-options';

describe('yearOverYearOptions', () => {
  it('pairs each unit with its previous year when there is one', () => {
    const options = yearOverYearOptions(multiEntityMultiYear(), { institution: BATANG, year: 2024 });
    expect(options.map((o) => [o.label, o.previousYear])).toEqual([
      ['Dinsos', null],
      ['Disdikbud', 2023],
      ['Disdukcapil', 2023],
      ['DPMPTSP', null],
      ['Puskesmas Batang I', null],
      ['Puskesmas Batang III', 2023],
    ]);
    expect(options[1]?.keys).toEqual([
      { institution: BATANG, year: 2023, unit: 'Dinas Pendidikan dan Kebudayaan' },
      { institution: BATANG, year: 2024, unit: 'Dinas Pendidikan dan Kebudayaan' },
    ]);
  });
  it('follows the unit-type filter', () => {
    const options = yearOverYearOptions(multiEntityMultiYear(), {
      institution: PEMALANG,
      year: 2024,
      unitType: 'Puskesmas',
    });
    expect(options.map((o) => [o.unit, o.previousYear])).toEqual([['Puskesmas Comal', 2023]]);
  });
});

describe('defaultYearOverYear', () => {
  it('starts on the first unit with an earlier year, else the first unit, else nothing', () => {
    expect(
      defaultYearOverYear(yearOverYearOptions(multiEntityMultiYear(), { institution: BATANG, year: 2024 }))?.label,
    ).toBe('Disdikbud');
    const single = yearOverYearOptions(batang2024(), { institution: BATANG, year: 2024 });
    expect(defaultYearOverYear(single)?.unit).toBe(single[0]?.unit);
    expect(defaultYearOverYear([])).toBeNull();
  });
});
