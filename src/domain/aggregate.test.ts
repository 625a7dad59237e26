import { describe, expect, it } from 'vitest';
import type { Dataset, UnitRecord } from './model';
import {
  anyIllustrativeTotal,
  bestUnit,
  defaultSelection,
  dimensionMeans,
  dimensionsOf,
  entitiesOf,
  hasDimensionScores,
  rankUnits,
  sortByTotal,
  summarizeEntity,
  totalIsIllustrative,
  unitTypesOf,
  unitsOf,
  weakestUnit,
  yearsOf,
} from './aggregate';
import { DEFAULT_DIMENSIONS } from './dimensions';
import { roundTo } from './stats';
import { weightedTotal } from './totals';
import { BATANG, JATENG, PEMALANG, batang2024, multiEntityMultiYear, unitRecord } from './testing/fixtures';

const empty: Dataset = { dimensions: [], institutions: [], records: [] };
const unit = (name: string, total: number | null, dimensions: UnitRecord['dimensions'] = {}) =>
  unitRecord({ year: 2024, institution: 'X', unit: name, total, dimensions });

describe('fixtures', () => {
  it('have illustrative dimension scores that add up to each published total', () => {
    for (const r of multiEntityMultiYear().records) {
      const computed = weightedTotal(DEFAULT_DIMENSIONS, r.dimensions);
      if (computed === null) continue;
      expect(roundTo(computed, 2), r.unit).toBe(r.total);
    }
  });
});

describe('yearsOf / entitiesOf / unitTypesOf', () => {
  const ds = multiEntityMultiYear();
  it('takes years from records and institutions, ascending', () => {
    expect(yearsOf(ds)).toEqual([2021, 2022, 2023, 2024]);
    expect(yearsOf(empty)).toEqual([]);
  });
  it('lists entities, including institution-only ones, optionally for a year', () => {
    expect(entitiesOf(ds)).toEqual([BATANG, PEMALANG, JATENG]);
    expect(entitiesOf(ds, 2021)).toEqual([JATENG]);
    expect(entitiesOf(ds, 2023)).toEqual([BATANG, PEMALANG, JATENG]);
    expect(entitiesOf(ds, 2030)).toEqual([]);
  });
  it('sorts names with Indonesian collation (case and accents do not split the list)', () => {
    const names = ['kota Bandung', 'Kota Ambon', 'Kota Ébène', 'Kota Depok'];
    const ds2: Dataset = {
      ...empty,
      institutions: names.map((name) => ({ year: 2024, name, score: 90 })),
    };
    expect(entitiesOf(ds2)).toEqual(['Kota Ambon', 'kota Bandung', 'Kota Depok', 'Kota Ébène']);
  });
  it('lists unit types once, in name order', () => {
    expect(unitTypesOf(ds)).toEqual([
      'Dinas',
      'Dinas Pendidikan',
      'Dinas Sosial',
      'Disdukcapil',
      'DPMPTSP',
      'Puskesmas',
    ]);
    expect(unitTypesOf(empty)).toEqual([]);
  });
});

describe('unitsOf', () => {
  it('selects an entity-year, optionally one unit type', () => {
    const ds = multiEntityMultiYear();
    expect(unitsOf(ds, { institution: BATANG, year: 2024 })).toHaveLength(6);
    expect(unitsOf(ds, { institution: BATANG, year: 2024, unitType: 'Puskesmas' })).toHaveLength(2);
    expect(unitsOf(ds, { institution: JATENG, year: 2024 })).toEqual([]);
  });
});

describe('dimensionMeans', () => {
  it('averages each dimension over the units (Batang 2024)', () => {
    const means = dimensionMeans(DEFAULT_DIMENSIONS, batang2024().records);
    // Input: (93 + 78.5 + 95 + 96 + 98 + 84) / 6 = 544.5 / 6 = 90.75
    expect(means.input).toBeCloseTo(90.75, 10);
    expect(means.proses).toBeCloseTo(578.3 / 6, 10);
    expect(means.output).toBeCloseTo(577.6 / 6, 10);
    expect(means.pengaduan).toBeCloseTo(538.73 / 6, 10);
  });
  it('skips unknown values instead of counting them as 0', () => {
    const means = dimensionMeans(DEFAULT_DIMENSIONS, [
      unit('a', 80, { input: 80, proses: null }),
      unit('b', 90, { input: 90 }),
      unit('c', 70, {}),
    ]);
    expect(means).toEqual({ input: 85, proses: null, output: null, pengaduan: null });
  });
  it('is unknown everywhere for no records', () => {
    expect(dimensionMeans(DEFAULT_DIMENSIONS, [])).toEqual({
      input: null,
      proses: null,
      output: null,
      pengaduan: null,
    });
  });
});

describe('hasDimensionScores', () => {
  it('is true when any record has any known dimension score', () => {
    expect(hasDimensionScores(batang2024().records)).toBe(true);
    expect(hasDimensionScores([unit('a', 90), unit('b', 80, { input: 70 })])).toBe(true);
  });
  it('is false for totals only, all-unknown scores, or no records', () => {
    expect(hasDimensionScores([unit('a', 90), unit('b', 80, { input: null })])).toBe(false);
    expect(hasDimensionScores([])).toBe(false);
  });
});

describe('dimensionsOf', () => {
  it('falls back to the default dimensions', () => {
    expect(dimensionsOf(empty)).toBe(DEFAULT_DIMENSIONS);
    const own = [{ key: 'k', label: 'K', weight: 1 }];
    expect(dimensionsOf({ ...empty, dimensions: own })).toBe(own);
  });
});

describe('best / weakest / sortByTotal', () => {
  const records = [unit('Beta', 90), unit('Alpha', 90), unit('Gamma', null), unit('Delta', 85.5)];
  it('sorts highest first, ties by name, unknown last', () => {
    expect(sortByTotal(records).map((r) => r.unit)).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma']);
  });
  it('picks best and weakest among known totals', () => {
    expect(bestUnit(records)?.unit).toBe('Alpha');
    expect(weakestUnit(records)?.unit).toBe('Delta');
    expect(weakestUnit([unit('B', 80), unit('A', 80)])?.unit).toBe('A');
  });
  it('is null without known totals', () => {
    expect(bestUnit([unit('x', null)])).toBeNull();
    expect(weakestUnit([])).toBeNull();
  });
});

describe('summarizeEntity', () => {
  it('keeps the reported 93.74 apart from the 93.70 mean (Batang 2024)', () => {
    const s = summarizeEntity(batang2024(), BATANG, 2024);
    expect(s.reported).toBe(93.74);
    expect(s.reportedGrade).toBe('A');
    expect(roundTo(s.computedMean ?? 0, 2)).toBe(93.7);
    expect(s.score).toBe(93.74);
    expect(s.scoreIsReported).toBe(true);
    expect(s.meanDiffers).toBe(true);
    expect(s.level).toMatchObject({ origin: 'derived', level: { grade: 'A', zone: 'hijau' } });
    expect(s.method.method.id).toBe('kepatuhan');
    expect(s.assessed).toBe(true);
    expect(s.unitCount).toBe(6);
    expect(s.best?.unitShort).toBe('DPMPTSP');
    expect(s.weakest?.unitShort).toBe('Disdikbud');
    expect(s.illustrative).toBe(true);
    expect(s.source?.name).toBe('Ombudsman RI');
  });
  it('uses the computed mean when nothing is reported', () => {
    const s = summarizeEntity(multiEntityMultiYear(), PEMALANG, 2023);
    expect(s.reported).toBeNull();
    expect(s.score).toBe(96.75);
    expect(s.scoreIsReported).toBe(false);
    expect(s.meanDiffers).toBe(false);
    expect(s.illustrative).toBe(false);
    expect(s.reportedGrade).toBeUndefined();
    // Falls back to the dataset's source.
    expect(s.source?.name).toBe('Contoh');
  });
  it('averages known totals only; an unknown total is not a 0', () => {
    const s = summarizeEntity(multiEntityMultiYear(), PEMALANG, 2024);
    expect(s.unitCount).toBe(3);
    expect(s.computedMean).toBeCloseTo(98.55, 10);
    expect(s.meanDiffers).toBe(true);
    expect(s.weakest?.unit).toBe('Puskesmas Comal');
  });
  it('summarizes an institution-only entity with zones before 2022', () => {
    const s = summarizeEntity(multiEntityMultiYear(), JATENG, 2021);
    expect(s.unitCount).toBe(0);
    expect(s.computedMean).toBeNull();
    expect(s.score).toBe(73.49);
    expect(s.meanDiffers).toBe(false);
    expect(s.best).toBeNull();
    expect(s.weakest).toBeNull();
    expect(s.level).toEqual({
      origin: 'derived',
      subject: 'entity',
      level: { zone: 'kuning', min: 51, max: 81, method: 'zona', basis: 'official' },
    });
  });
  it('is all unknown for an entity that is not there', () => {
    const s = summarizeEntity(empty, 'Nowhere', 2024);
    expect(s).toMatchObject({ reported: null, computedMean: null, score: null, level: null, unitCount: 0 });
    expect(s.source).toBeUndefined();
  });
  it('treats a reported null score as not reported', () => {
    const ds = batang2024();
    ds.institutions = [{ year: 2024, name: BATANG, score: null }];
    const s = summarizeEntity(ds, BATANG, 2024);
    expect(s.scoreIsReported).toBe(false);
    expect(s.score).toBeCloseTo(93.7033, 4);
  });
});

describe('rankUnits', () => {
  it('ranks Batang 2024 and marks the units below the mean', () => {
    const records = batang2024().records;
    const s = summarizeEntity(batang2024(), BATANG, 2024);
    const ranked = rankUnits(records, { mean: s.computedMean });
    expect(ranked.map((r) => [r.record.unitShort, r.rank, r.belowMean])).toEqual([
      ['DPMPTSP', 1, false],
      ['Puskesmas Batang I', 2, false],
      ['Dinsos', 3, false],
      ['Disdukcapil', 4, false],
      ['Puskesmas Batang III', 5, true],
      ['Disdikbud', 6, true],
    ]);
    expect(ranked.every((r) => r.level?.level.grade === 'A')).toBe(true);
  });
  it('shares ranks for ties (at two decimals), breaks order by name, puts unknown last without rank', () => {
    const ranked = rankUnits(
      [unit('Zeta', 90), unit('Unknown', null), unit('Alpha', 90.001), unit('Mid', 85), unit('Low', 50)],
      { mean: 80 },
    );
    expect(ranked.map((r) => [r.record.unit, r.rank])).toEqual([
      ['Alpha', 1],
      ['Zeta', 1],
      ['Mid', 3],
      ['Low', 4],
      ['Unknown', null],
    ]);
    expect(ranked.map((r) => r.belowMean)).toEqual([false, false, false, true, false]);
    expect(ranked[3]?.level?.level.grade).toBe('D');
    expect(ranked[4]?.level).toBeNull();
  });
  it('never marks below an unknown mean, and applies a dataset scale', () => {
    const ranked = rankUnits([unit('a', 60)], {
      mean: null,
      gradeScale: [
        { grade: 'P', min: 50, zone: 'hijau' },
        { grade: 'F', min: 0, zone: 'merah' },
      ],
    });
    expect(ranked[0]?.belowMean).toBe(false);
    expect(ranked[0]?.level?.level.grade).toBe('P');
  });
  it('is empty for no records', () => {
    expect(rankUnits([], { mean: null })).toEqual([]);
  });
  it('flags for coaching by the year’s rule: below the mean up to 2024, below 78 from 2025', () => {
    const at = (year: number) =>
      rankUnits(
        [
          unitRecord({ year, institution: 'K', unit: 'a', total: 92 }),
          unitRecord({ year, institution: 'K', unit: 'b', total: 80 }),
          unitRecord({ year, institution: 'K', unit: 'c', total: 77.99 }),
        ],
        { mean: 83.33 },
      ).map((r) => [r.record.unit, r.belowMean, r.needsCoaching]);
    expect(at(2024)).toEqual([
      ['a', false, false],
      ['b', true, true],
      ['c', true, true],
    ]);
    expect(at(2025)).toEqual([
      ['a', false, false],
      ['b', true, false],
      ['c', true, true],
    ]);
  });
});

describe('totalIsIllustrative / anyIllustrativeTotal', () => {
  const base = { year: 2024, institution: 'K', total: 80 };
  const computedFromIllustrative = unitRecord({ ...base, unit: 'a', totalComputed: true, illustrative: true });
  const publishedWithIllustrativeDimensions = unitRecord({ ...base, unit: 'b', illustrative: true });
  const computedFromOfficial = unitRecord({ ...base, unit: 'c', totalComputed: true });
  const published = unitRecord({ ...base, unit: 'd' });

  it('marks only a total computed from illustrative dimension scores', () => {
    expect(totalIsIllustrative(computedFromIllustrative)).toBe(true);
    expect(totalIsIllustrative(publishedWithIllustrativeDimensions)).toBe(false);
    expect(totalIsIllustrative(computedFromOfficial)).toBe(false);
    expect(totalIsIllustrative(published)).toBe(false);
  });

  it('is true when any one total is illustrative', () => {
    expect(anyIllustrativeTotal([published, computedFromOfficial, computedFromIllustrative])).toBe(true);
    expect(anyIllustrativeTotal([published, publishedWithIllustrativeDimensions, computedFromOfficial])).toBe(false);
    expect(anyIllustrativeTotal([])).toBe(false);
  });

  it('carries into the entity mean computed from the totals', () => {
    const ds = (records: UnitRecord[]): Dataset => ({ ...batang2024(), records });
    expect(summarizeEntity(ds([published, computedFromIllustrative]), 'K', 2024).computedMeanIllustrative).toBe(true);
    expect(
      summarizeEntity(ds([published, publishedWithIllustrativeDimensions]), 'K', 2024).computedMeanIllustrative,
    ).toBe(false);
  });
});

describe('defaultSelection', () => {
  it('takes the latest year with units and the entity with the most units', () => {
    expect(defaultSelection(multiEntityMultiYear())).toEqual({ year: 2024, institution: BATANG });
  });
  it('breaks a tie in unit count by name', () => {
    const ds = multiEntityMultiYear();
    ds.records = ds.records.filter((r) => !(r.institution === BATANG && r.year === 2024 && r.unitType !== 'Puskesmas'));
    ds.records.push(unitRecord({ year: 2024, institution: BATANG, unit: 'Dinsos', total: 90 }));
    // Batang and Pemalang now both have 3 units in 2024.
    expect(defaultSelection(ds)).toEqual({ year: 2024, institution: BATANG });
  });
  it('ignores a later year that has only reported figures', () => {
    const ds = multiEntityMultiYear();
    ds.institutions.push({ year: 2025, name: JATENG, score: 99 });
    expect(defaultSelection(ds)?.year).toBe(2024);
  });
  it('falls back to the latest year overall without unit records', () => {
    const ds: Dataset = {
      ...empty,
      institutions: [
        { year: 2022, name: 'Kota B', score: 80 },
        { year: 2023, name: 'Kota B', score: 81 },
        { year: 2023, name: 'Kota A', score: 82 },
      ],
    };
    expect(defaultSelection(ds)).toEqual({ year: 2023, institution: 'Kota A' });
  });
  it('is null for an empty dataset', () => {
    expect(defaultSelection(empty)).toBeNull();
  });
});
