import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset, InstitutionResult, UnitRecord } from './model';
import {
  buildDatasetIndex,
  datasetIndex,
  entitiesIn,
  entityInYear,
  recordsOfEntity,
  unitsInYear,
} from './dataset-index';
import { compareNames } from './names';
import { BATANG, JATENG, PEMALANG, multiEntityMultiYear, unitRecord } from './testing/fixtures';

const empty: Dataset = { dimensions: [], institutions: [], records: [] };

describe('buildDatasetIndex', () => {
  const ds = multiEntityMultiYear();
  const index = buildDatasetIndex(ds);

  it('lists years from records and reported figures, ascending, and the latest year with units', () => {
    expect(index.years).toEqual([2021, 2022, 2023, 2024]);
    // Jawa Tengah's 2021–2022 figures are reported only; the latest year with unit records is 2024.
    expect(index.latestRecordYear).toBe(2024);
  });

  it('lists entities in name order, overall and per year (reported-only entities included)', () => {
    expect(index.entities).toEqual([BATANG, PEMALANG, JATENG]);
    expect(entitiesIn(index, 2021)).toEqual([JATENG]);
    expect(entitiesIn(index, 2024)).toEqual([BATANG, PEMALANG, JATENG]);
    expect(entitiesIn(index, 1999)).toEqual([]);
    expect(entitiesIn(index)).toBe(index.entities);
  });

  it('groups an entity-year’s units in input order', () => {
    const units = unitsInYear(index, BATANG, 2024);
    expect(units.map((u) => u.unitShort)).toEqual([
      'Disdukcapil',
      'Disdikbud',
      'Dinsos',
      'Puskesmas Batang I',
      'DPMPTSP',
      'Puskesmas Batang III',
    ]);
    expect(units.every((u) => ds.records.includes(u))).toBe(true);
    expect(unitsInYear(index, JATENG, 2024)).toEqual([]);
    expect(unitsInYear(index, 'Nowhere', 2024)).toEqual([]);
  });

  it('keeps each entity’s records over all years', () => {
    expect(recordsOfEntity(index, BATANG).map((r) => r.year)).toEqual([
      2023, 2023, 2023, 2024, 2024, 2024, 2024, 2024, 2024,
    ]);
    expect(recordsOfEntity(index, JATENG)).toEqual([]);
  });

  it('keeps the first reported figure of an entity-year', () => {
    const twice: Dataset = {
      ...empty,
      institutions: [
        { year: 2024, name: BATANG, score: 93.74 },
        { year: 2024, name: BATANG, score: 10 },
      ],
    };
    expect(buildDatasetIndex(twice).byYear.get(2024)?.reportedByEntity.get(BATANG)?.score).toBe(93.74);
  });

  it('says whether an entity appears in a year, by units or by a reported figure', () => {
    expect(entityInYear(index, JATENG, 2021)).toBe(true);
    expect(entityInYear(index, BATANG, 2023)).toBe(true);
    expect(entityInYear(index, BATANG, 2021)).toBe(false);
    expect(entityInYear(index, PEMALANG, 2030)).toBe(false);
  });

  it('lists unit types once, in name order, without empty ones', () => {
    const ds2: Dataset = {
      ...empty,
      records: [
        unitRecord({ year: 2024, institution: 'X', unit: 'a', unitType: 'Puskesmas' }),
        unitRecord({ year: 2024, institution: 'X', unit: 'b', unitType: '' }),
        unitRecord({ year: 2024, institution: 'X', unit: 'c', unitType: 'Dinas' }),
        unitRecord({ year: 2024, institution: 'X', unit: 'd', unitType: 'Puskesmas' }),
      ],
    };
    expect(buildDatasetIndex(ds2).unitTypes).toEqual(['Dinas', 'Puskesmas']);
  });

  it('marks a dataset with any illustrative record', () => {
    expect(index.illustrative).toBe(true);
    const official: Dataset = { ...empty, records: [unitRecord({ year: 2024, institution: 'X', unit: 'a' })] };
    expect(buildDatasetIndex(official).illustrative).toBe(false);
  });

  it('is empty for an empty dataset', () => {
    const none = buildDatasetIndex(empty);
    expect(none).toMatchObject({ years: [], entities: [], unitTypes: [], latestRecordYear: undefined });
    expect(none.byYear.size).toBe(0);
  });
});

describe('datasetIndex', () => {
  it('builds once per dataset object', () => {
    const ds = multiEntityMultiYear();
    expect(datasetIndex(ds)).toBe(datasetIndex(ds));
    expect(datasetIndex(multiEntityMultiYear())).not.toBe(datasetIndex(ds));
  });

  it('builds again when the record or institution list is replaced or grows', () => {
    const ds = multiEntityMultiYear();
    const first = datasetIndex(ds);
    ds.records.push(unitRecord({ year: 2025, institution: 'Kota Baru', unit: 'Dinas' }));
    const grown = datasetIndex(ds);
    expect(grown).not.toBe(first);
    expect(grown.years.at(-1)).toBe(2025);
    ds.records = ds.records.filter((r) => r.institution !== 'Kota Baru');
    expect(datasetIndex(ds).years.at(-1)).toBe(2024);
    ds.institutions.push({ year: 2026, name: JATENG, score: 99 });
    expect(datasetIndex(ds).years.at(-1)).toBe(2026);
  });
});

// Against a plain pass over the records: the index must give the same answers for any dataset.
const names = ['Kota A', 'kota b', 'Kabupaten Ç', 'Provinsi D'];
const recordArb = fc.record({
  year: fc.integer({ min: 2019, max: 2024 }),
  institution: fc.constantFrom(...names),
  unit: fc.constantFrom('u1', 'u2', 'u3'),
  unitType: fc.option(fc.constantFrom('', 'Dinas', 'Puskesmas'), { nil: undefined }),
  illustrative: fc.boolean(),
});
const institutionArb = fc.record({
  year: fc.integer({ min: 2019, max: 2024 }),
  name: fc.constantFrom(...names),
  score: fc.option(fc.float({ min: 0, max: 100, noNaN: true }), { nil: null }),
});

describe('datasetIndex (property)', () => {
  it('agrees with filtering every record', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 30 }), fc.array(institutionArb, { maxLength: 8 }), (raw, insts) => {
        const records: UnitRecord[] = raw.map(({ unitType, ...r }) =>
          unitRecord(unitType === undefined ? r : { ...r, unitType }),
        );
        const institutions: InstitutionResult[] = insts;
        const ds: Dataset = { dimensions: [], records, institutions };
        const index = buildDatasetIndex(ds);
        const years = [...new Set([...records.map((r) => r.year), ...institutions.map((i) => i.year)])].sort(
          (a, b) => a - b,
        );
        expect(index.years).toEqual(years);
        for (const year of years) {
          const expected = [
            ...new Set([
              ...records.filter((r) => r.year === year).map((r) => r.institution),
              ...institutions.filter((i) => i.year === year).map((i) => i.name),
            ]),
          ].sort(compareNames);
          expect(entitiesIn(index, year)).toEqual(expected);
          for (const name of names) {
            expect(unitsInYear(index, name, year)).toEqual(
              records.filter((r) => r.year === year && r.institution === name),
            );
            expect(index.byYear.get(year)?.reportedByEntity.get(name)).toBe(
              institutions.find((i) => i.year === year && i.name === name),
            );
          }
        }
        expect(index.illustrative).toBe(records.some((r) => r.illustrative));
      }),
    );
  });
});
