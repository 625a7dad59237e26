import { describe, expect, it } from 'vitest';
import { findCompared } from '../../domain/comparison';
import { MAX_COMPARED, compareKeysFromParam, type CompareKey } from '../../domain/compare-keys';
import type { Dataset } from '../../domain/model';
import { BATANG, batang2024, unitRecord } from '../../domain/testing/fixtures';
import { addCompareKey, keysToParam, makeBaseline, removeCompared, withoutMissing } from './compare-keys';

const key = (unit: string, year = 2024, institution = BATANG): CompareKey => ({ institution, year, unit });

describe('keysToParam', () => {
  it('is null for no keys and round-trips a list', () => {
    expect(keysToParam([])).toBeNull();
    const keys = [key('Disdikbud'), key('Dinsos')];
    expect(compareKeysFromParam(keysToParam(keys) ?? '')).toEqual(keys);
  });
});

describe('addCompareKey', () => {
  const ds = batang2024();
  it('appends a new unit at the end', () => {
    expect(addCompareKey(ds, [key('Disdikbud')], key('Dinas Sosial'))).toEqual([key('Disdikbud'), key('Dinas Sosial')]);
  });
  it('ignores a unit already compared, also under its other name', () => {
    const keys = [key('Disdikbud')];
    expect(addCompareKey(ds, keys, key('Dinas Pendidikan dan Kebudayaan'))).toEqual(keys);
    expect(addCompareKey(ds, keys, key('Disdikbud'))).toEqual(keys);
  });
  it('ignores a key the data cannot find', () => {
    expect(addCompareKey(ds, [key('Disdikbud')], key('Dinas Rahasia'))).toEqual([key('Disdikbud')]);
  });
  it('stops at the maximum, not counting missing keys', () => {
    const records = Array.from({ length: MAX_COMPARED + 1 }, (_, i) =>
      unitRecord({ year: 2024, institution: 'K', unit: `U${i}`, total: 80 }),
    );
    const big: Dataset = { dimensions: [], institutions: [], records };
    const five = records.slice(0, MAX_COMPARED - 1).map((r) => key(r.unit, 2024, 'K'));
    const withMissing = [key('Gone', 2024, 'K'), ...five];
    const six = addCompareKey(big, withMissing, key('U5', 2024, 'K'));
    expect(six).toHaveLength(MAX_COMPARED + 1);
    expect(addCompareKey(big, six, key('U6', 2024, 'K'))).toEqual(six);
  });
});

describe('removeCompared and makeBaseline', () => {
  const ds = batang2024();
  const disdikbud = findCompared(ds, key('Disdikbud'));
  it('removes every key naming the unit and keeps the others in order', () => {
    const keys = [key('Dinsos'), key('Disdikbud'), key('Dinas Rahasia'), key('Dinas Pendidikan dan Kebudayaan')];
    expect(disdikbud).not.toBeNull();
    if (!disdikbud) return;
    expect(removeCompared(ds, keys, disdikbud)).toEqual([key('Dinsos'), key('Dinas Rahasia')]);
  });
  it('moves the unit to the front', () => {
    if (!disdikbud) throw new Error('fixture');
    expect(makeBaseline(ds, [key('Dinsos'), key('DPMPTSP'), key('Disdikbud')], disdikbud)).toEqual([
      key('Disdikbud'),
      key('Dinsos'),
      key('DPMPTSP'),
    ]);
  });
});

describe('withoutMissing', () => {
  it('keeps only keys the data finds', () => {
    expect(withoutMissing(batang2024(), [key('Dinas Rahasia'), key('Dinsos'), key('Dinsos', 2019)])).toEqual([
      key('Dinsos'),
    ]);
  });
});
