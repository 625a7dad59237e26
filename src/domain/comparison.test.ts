import { describe, expect, it } from 'vitest';
import type { Dataset } from './model';
import { buildComparison, compareCandidates, shortcutFlaggedVsBest, shortcutYearOverYear } from './comparison';
import {
  MAX_COMPARED,
  compareKeyFromParam,
  compareKeyToParam,
  compareKeysFromParam,
  compareKeysToParam,
  type CompareKey,
  withCompareKey,
} from './compare-keys';
import { BATANG, JATENG, PEMALANG, batang2024, multiEntityMultiYear, unitRecord } from './testing/fixtures';

const key = (unit: string, year = 2024, institution = BATANG): CompareKey => ({ institution, year, unit });

describe('compare key parameters', () => {
  it('reads like the thing it names', () => {
    expect(compareKeyToParam(key('Disdikbud'))).toBe('2024~Kabupaten Batang~Disdikbud');
    expect(compareKeyFromParam('2024~Kabupaten Batang~Disdikbud')).toEqual(key('Disdikbud'));
  });
  it.each([
    ['a tilde', key('Unit ~ A~B', 2023, 'Kota ~Tilde~')],
    ['commas', key('Dinas Pendidikan, Pemuda, dan Olahraga', 2022, 'Kota Baubau, Sultra')],
    ['percent signs and escape look-alikes', key('100% %7E %2C %25', 2024, 'Kota %')],
    ['unicode', key('Puskesmas Łódź — 健康 ✓', 2021, 'Kabupaten Kepulauan Seribu ñ')],
    ['spaces at the ends', key(' Dinsos ', 2024, ' Kota A ')],
  ])('round-trips names with %s', (_, k) => {
    const param = compareKeyToParam(k);
    expect(param.split('~')).toHaveLength(3);
    expect(param).not.toContain(',');
    expect(compareKeyFromParam(param)).toEqual(k);
    // Survives a real URL.
    const url = new URL('https://example.org/');
    url.searchParams.set('c', param);
    expect(compareKeyFromParam(new URL(url.href).searchParams.get('c') ?? '')).toEqual(k);
  });
  it.each([
    [''],
    ['2024~Kabupaten Batang'],
    ['2024~Kabupaten Batang~Disdikbud~extra'],
    ['tahun~Kabupaten Batang~Disdikbud'],
    ['24~Kabupaten Batang~Disdikbud'],
    ['2024~~Disdikbud'],
    ['2024~Kabupaten Batang~  '],
  ])('rejects the malformed %j', (param) => {
    expect(compareKeyFromParam(param)).toBeNull();
  });
  it('packs several keys into one parameter and skips broken ones', () => {
    const keys = [key('Disdikbud'), key('A, B', 2023)];
    expect(compareKeysFromParam(compareKeysToParam(keys))).toEqual(keys);
    expect(compareKeysFromParam('2024~K~U,garbage,2023~K~V')).toEqual([key('U', 2024, 'K'), key('V', 2023, 'K')]);
    expect(compareKeysFromParam('')).toEqual([]);
  });
});

describe('buildComparison', () => {
  const ds = batang2024();

  it('matches units by short or full name, keeps key order and diffs against the first', () => {
    const result = buildComparison(ds, [
      key('Disdikbud'),
      key('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'),
    ]);
    expect(result.missing).toEqual([]);
    expect(result.truncated).toBe(0);
    expect(result.hasDimensions).toBe(true);
    const [first, second] = result.items;
    expect(first?.record.unitShort).toBe('Disdikbud');
    expect(first?.diffTotal).toBeNull();
    expect(first?.diffDimensions).toEqual({ input: null, proses: null, output: null, pengaduan: null });
    expect(first?.dimensions).toEqual({ input: 78.5, proses: 98, output: 97.5, pengaduan: 76.89 });
    expect(first?.level?.level.grade).toBe('A');
    expect(second?.record.unitShort).toBe('DPMPTSP');
    // 97.55 − 89.07
    expect(second?.diffTotal).toBeCloseTo(8.48, 10);
    expect(second?.diffDimensions.input).toBeCloseTo(98 - 78.5, 10);
    expect(second?.diffDimensions.proses).toBeCloseTo(97.5 - 98, 10);
    expect(second?.diffDimensions.pengaduan).toBeCloseTo(97.79 - 76.89, 10);
  });

  it('reports missing keys and removes duplicates, also through short and full names', () => {
    const result = buildComparison(ds, [
      key('Disdikbud'),
      key('Disdikbud'),
      key('Dinas Pendidikan dan Kebudayaan'),
      key('Dinas Rahasia'),
      key('Disdikbud', 2019),
      key('Dinsos'),
    ]);
    expect(result.items.map((i) => i.record.unitShort)).toEqual(['Disdikbud', 'Dinsos']);
    expect(result.missing).toEqual([key('Dinas Rahasia'), key('Disdikbud', 2019)]);
  });

  it('keeps at most six items and counts the rest', () => {
    const ds2: Dataset = {
      dimensions: [],
      institutions: [],
      records: Array.from({ length: 8 }, (_, i) =>
        unitRecord({ year: 2024, institution: 'K', unit: `U${i}`, total: 80 + i }),
      ),
    };
    const result = buildComparison(
      ds2,
      ds2.records.map((r) => key(r.unit, 2024, 'K')),
    );
    expect(result.items).toHaveLength(MAX_COMPARED);
    expect(result.items.map((i) => i.record.unit)).toEqual(['U0', 'U1', 'U2', 'U3', 'U4', 'U5']);
    expect(result.truncated).toBe(2);
    expect(result.items[5]?.diffTotal).toBe(5);
    // No dimension scores anywhere.
    expect(result.hasDimensions).toBe(false);
    expect(result.items[0]?.dimensions).toEqual({ input: null, proses: null, output: null, pengaduan: null });
  });

  it('compares across entities and years, with unknown totals and partial dimensions', () => {
    const multi = multiEntityMultiYear();
    const result = buildComparison(multi, [
      key('Dinas Sosial', 2024, PEMALANG),
      key('Disdikbud', 2023),
      key('Puskesmas Batang III', 2023),
    ]);
    const [sosial, disdikbud, pkm] = result.items;
    expect(sosial?.total).toBeNull();
    expect(sosial?.level).toBeNull();
    expect(disdikbud?.diffTotal).toBeNull();
    expect(disdikbud?.diffDimensions.input).toBe(80 - 97);
    expect(disdikbud?.diffDimensions.proses).toBeNull();
    expect(pkm?.dimensions.input).toBeNull();
    // Puskesmas Batang III 2023 has no dimension scores.
    expect(result.hasDimensions).toBe(false);
  });

  it('is empty for no keys or an institution-only entity', () => {
    expect(buildComparison(ds, [])).toEqual({
      items: [],
      missing: [],
      hasDimensions: false,
      truncated: 0,
      methods: [],
    });
    const result = buildComparison(multiEntityMultiYear(), [key('Anything', 2024, JATENG)]);
    expect(result.items).toEqual([]);
    expect(result.missing).toHaveLength(1);
  });
});

describe('shortcutFlaggedVsBest', () => {
  it('gives the flagged units, weakest first, then the best unit (Batang 2024)', () => {
    const keys = shortcutFlaggedVsBest(batang2024(), { institution: BATANG, year: 2024 });
    expect(keys).toEqual([
      key('Dinas Pendidikan dan Kebudayaan'),
      key('Puskesmas Batang III'),
      key('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'),
    ]);
    expect(buildComparison(batang2024(), keys).items).toHaveLength(3);
  });
  it('keeps the best unit when many are flagged', () => {
    const records = Array.from({ length: 12 }, (_, i) =>
      unitRecord({ year: 2024, institution: 'K', unit: `U${String(i).padStart(2, '0')}`, total: i < 11 ? 50 + i : 99 }),
    );
    const keys = shortcutFlaggedVsBest({ dimensions: [], institutions: [], records }, { institution: 'K', year: 2024 });
    expect(keys).toHaveLength(MAX_COMPARED);
    expect(keys.map((k) => k.unit)).toEqual(['U00', 'U01', 'U02', 'U03', 'U04', 'U11']);
  });
  it('gives only the best unit when nothing is flagged, nothing for no units', () => {
    const records = [unitRecord({ year: 2024, institution: 'K', unit: 'Solo', total: 90 })];
    expect(
      shortcutFlaggedVsBest({ dimensions: [], institutions: [], records }, { institution: 'K', year: 2024 }),
    ).toEqual([key('Solo', 2024, 'K')]);
    expect(shortcutFlaggedVsBest(multiEntityMultiYear(), { institution: JATENG, year: 2024 })).toEqual([]);
  });
});

describe('shortcutYearOverYear', () => {
  const ds = multiEntityMultiYear();
  it('pairs the previous year it exists in with this year', () => {
    expect(shortcutYearOverYear(ds, key('Disdikbud'))).toEqual([
      key('Dinas Pendidikan dan Kebudayaan', 2023),
      key('Dinas Pendidikan dan Kebudayaan', 2024),
    ]);
  });
  it('skips years in which the unit is missing', () => {
    const ds2 = multiEntityMultiYear();
    ds2.records.push(unitRecord({ year: 2021, institution: PEMALANG, unit: 'Dinas Sosial', total: 80 }));
    expect(shortcutYearOverYear(ds2, key('Dinas Sosial', 2024, PEMALANG))).toEqual([
      key('Dinas Sosial', 2021, PEMALANG),
      key('Dinas Sosial', 2024, PEMALANG),
    ]);
  });
  it('is empty without an earlier year or an unknown unit', () => {
    expect(shortcutYearOverYear(ds, key('DPMPTSP'))).toEqual([]);
    expect(shortcutYearOverYear(ds, key('Disdikbud', 2023))).toEqual([]);
    expect(shortcutYearOverYear(ds, key('Dinas Rahasia'))).toEqual([]);
  });
});

describe('compareCandidates', () => {
  it('groups every unit by entity in name order, then year newest first, units in name order', () => {
    const groups = compareCandidates(multiEntityMultiYear());
    expect(groups.map((g) => [g.institution, g.year, g.candidates.length])).toEqual([
      [BATANG, 2024, 6],
      [BATANG, 2023, 3],
      [PEMALANG, 2024, 3],
      [PEMALANG, 2023, 2],
    ]);
    expect(groups[1]?.candidates.map((c) => c.record.unit)).toEqual([
      'Dinas Kependudukan dan Pencatatan Sipil',
      'Dinas Pendidikan dan Kebudayaan',
      'Puskesmas Batang III',
    ]);
    // Jawa Tengah has reported figures only: nothing to compare unit by unit.
    expect(groups.some((g) => g.institution === JATENG)).toBe(false);
  });

  it('gives keys that find their own record', () => {
    const ds = multiEntityMultiYear();
    for (const group of compareCandidates(ds)) {
      for (const candidate of group.candidates) {
        expect(candidate.key).toEqual({
          institution: group.institution,
          year: group.year,
          unit: candidate.record.unit,
        });
        expect(buildComparison(ds, [candidate.key]).items[0]?.record).toBe(candidate.record);
      }
    }
  });

  it('offers a unit listed twice in one year once, as the record a key finds', () => {
    const first = unitRecord({ year: 2024, institution: 'K', unit: 'Dinsos', total: 80 });
    const second = unitRecord({ year: 2024, institution: 'K', unit: 'Dinsos', total: 90 });
    const ds: Dataset = { dimensions: [], institutions: [], records: [first, second] };
    const [group] = compareCandidates(ds);
    expect(group?.candidates.map((c) => c.record)).toEqual([first]);
    expect(buildComparison(ds, [key('Dinsos', 2024, 'K')]).items[0]?.record).toBe(first);
  });

  it('is empty for a dataset without units', () => {
    expect(compareCandidates({ dimensions: [], institutions: [], records: [] })).toEqual([]);
  });
});

describe('withCompareKey', () => {
  const key = (unit: string, year = 2024) => ({ institution: 'Kabupaten Batang', year, unit });

  it('appends a new item', () => {
    expect(withCompareKey([key('A')], key('B'))).toEqual([key('A'), key('B')]);
  });
  it('leaves the list alone when the item is already in it', () => {
    expect(withCompareKey([key('A'), key('B')], key('A'))).toEqual([key('A'), key('B')]);
  });
  it('treats the same unit in another year as another item', () => {
    expect(withCompareKey([key('A', 2023)], key('A', 2024))).toHaveLength(2);
  });
  it('never grows past the limit; the newest addition takes the last place', () => {
    const full = ['A', 'B', 'C', 'D', 'E', 'F'].map((u) => key(u));
    const next = withCompareKey(full, key('G'));
    expect(next).toHaveLength(MAX_COMPARED);
    expect(next.at(-1)).toEqual(key('G'));
    expect(next.slice(0, 5)).toEqual(full.slice(0, 5));
  });
});
