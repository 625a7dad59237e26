import { describe, expect, it } from 'vitest';
import { batang2024, multiEntityMultiYear } from '../domain/testing/fixtures';
import { resolveSelection } from './selection';

const params = (query: string) => new URLSearchParams(query);

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
  });
  it('moves to the entity’s latest year when the linked year does not have it', () => {
    const s = resolveSelection(multiEntityMultiYear(), params('year=2021&entity=Kabupaten+Batang'));
    expect(s).toMatchObject({ year: 2024, institution: 'Kabupaten Batang' });
  });
  it('ignores an unknown entity, year, unit type and view', () => {
    const s = resolveSelection(batang2024(), params('year=1999&entity=Nowhere&type=zzz&view=nope'));
    expect(s).toEqual({ view: 'overview', year: 2024, institution: 'Kabupaten Batang' });
  });
  it('is null for a dataset with nothing in it', () => {
    expect(resolveSelection({ dimensions: [], institutions: [], records: [] }, params(''))).toBeNull();
  });
});
