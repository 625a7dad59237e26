import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../domain/model';
import { validateDataset } from '../domain/validate';
import { BATANG, batang2024, JATENG, multiEntityMultiYear, PEMALANG } from '../domain/testing/fixtures';
import { missingEntityChoices, resolveSelection } from './selection';

const params = (query: string) => new URLSearchParams(query);

/** The multi-year fixture plus an entity reported only in 2021 (not in the default year). */
function withOldEntity(): Dataset {
  const ds = multiEntityMultiYear();
  return { ...ds, institutions: [...ds.institutions, { year: 2021, name: 'Kota Lama', score: 70 }] };
}

describe('resolveSelection', () => {
  it('opens the entity with most units in the latest year by default', () => {
    expect(resolveSelection(batang2024(), params(''))).toEqual({
      view: 'overview',
      year: 2024,
      institution: 'Kabupaten Batang',
    });
  });
  it('honours a valid year, entity and unit type from the link', () => {
    const ds = multiEntityMultiYear();
    const type = ds.records[0]?.unitType ?? '';
    const s = resolveSelection(ds, params(`year=2023&entity=Kabupaten+Batang&type=${type}`));
    expect(s).toMatchObject({ year: 2023, institution: 'Kabupaten Batang' });
    expect(s?.unitType).toBe(type || undefined);
    expect(s?.entityMissingInYear).toBeUndefined();
  });
  it('keeps a chosen year the entity has no result in, and says so instead of moving the year', () => {
    const s = resolveSelection(multiEntityMultiYear(), params('year=2021&entity=Kabupaten+Batang'));
    expect(s).toEqual({ view: 'overview', year: 2021, institution: BATANG, entityMissingInYear: true });
  });
  it('keeps the chosen year for the default entity too (the year picker sets only the year)', () => {
    const s = resolveSelection(multiEntityMultiYear(), params('year=2021&view=coaching'));
    expect(s).toEqual({ view: 'coaching', year: 2021, institution: BATANG, entityMissingInYear: true });
  });
  it('opens a unit only where the entity has it: none in a year it lacks', () => {
    const s = resolveSelection(multiEntityMultiYear(), params('year=2021&entity=Kabupaten+Batang&unit=Dinas+Sosial'));
    expect(s?.unit).toBeUndefined();
    expect(s?.entityMissingInYear).toBe(true);
  });
  it('moves to the entity’s latest year when the link names no year', () => {
    const s = resolveSelection(withOldEntity(), params('entity=Kota+Lama'));
    expect(s).toEqual({ view: 'overview', year: 2021, institution: 'Kota Lama' });
  });
  it('treats a year the data does not have as no year: the entity’s latest year, nothing missing', () => {
    const s = resolveSelection(withOldEntity(), params('year=2030&entity=Kota+Lama'));
    expect(s).toEqual({ view: 'overview', year: 2021, institution: 'Kota Lama' });
  });
  it('ignores an unknown entity, year, unit type and view', () => {
    const s = resolveSelection(batang2024(), params('year=1999&entity=Nowhere&type=zzz&view=nope'));
    expect(s).toEqual({ view: 'overview', year: 2024, institution: 'Kabupaten Batang' });
  });
  it('is null for a dataset with nothing in it', () => {
    expect(resolveSelection({ dimensions: [], institutions: [], records: [] }, params(''))).toBeNull();
  });
});

describe('missingEntityChoices', () => {
  it('offers the year’s entities in name order and the entity’s own latest year', () => {
    expect(missingEntityChoices(withOldEntity(), { institution: BATANG, year: 2021 })).toEqual({
      entities: ['Kota Lama', JATENG],
      latestYear: 2024,
    });
    expect(missingEntityChoices(withOldEntity(), { institution: 'Kota Lama', year: 2024 })).toEqual({
      entities: [BATANG, PEMALANG, JATENG],
      latestYear: 2021,
    });
  });
});

describe('the bundled data in 2025 (Batang has no published 2025 result)', () => {
  function bundled(): Dataset {
    const path = join(import.meta.dirname, '..', '..', 'public', 'data', 'rapor-default.json');
    const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
    if (!result.ok) throw new Error('bundled dataset is invalid');
    return result.dataset;
  }

  it('opens on Batang 2024, and keeps 2025 with Batang when 2025 is chosen, saying Batang is missing', () => {
    const ds = bundled();
    expect(resolveSelection(ds, params(''))).toEqual({ view: 'overview', year: 2024, institution: BATANG });
    expect(resolveSelection(ds, params('year=2025'))).toEqual({
      view: 'overview',
      year: 2025,
      institution: BATANG,
      entityMissingInYear: true,
    });
  });

  it('offers the entities with a published 2025 result, and Batang’s 2024', () => {
    const choices = missingEntityChoices(bundled(), { institution: BATANG, year: 2025 });
    expect(choices.latestYear).toBe(2024);
    expect(choices.entities).not.toContain(BATANG);
    expect(choices.entities).toEqual([
      'Kabupaten Bantul',
      'Kabupaten Halmahera Utara',
      'Kabupaten Kepulauan Sula',
      'Kabupaten Lampung Selatan',
      'Kabupaten Lampung Tengah',
      'Kabupaten Lampung Utara',
      'Kabupaten Mesuji',
      'Kabupaten Pringsewu',
      'Kabupaten Pulau Morotai',
      'Kabupaten Tulang Bawang Barat',
      'Kota Depok',
      'Kota Metro',
      'Kota Tidore Kepulauan',
      'Kota Yogyakarta',
      'Provinsi DI Yogyakarta',
      'Provinsi Gorontalo',
      'Provinsi Lampung',
      'Provinsi Maluku Utara',
    ]);
  });
});
