import { describe, expect, it } from 'vitest';
import { compareCandidates } from '../../domain/comparison';
import { BATANG, PEMALANG, multiEntityMultiYear } from '../../domain/testing/fixtures';
import { candidatesOf, filterCandidates, orderForSelection } from './picker-options';

const groups = compareCandidates(multiEntityMultiYear());

describe('filterCandidates', () => {
  it('matches short names and keeps the group of each hit', () => {
    const result = filterCandidates(groups, 'disdik');
    expect(result.groups.map((g) => [g.institution, g.year, g.candidates.map((c) => c.record.unitShort)])).toEqual([
      [BATANG, 2024, ['Disdikbud']],
      [BATANG, 2023, ['Disdikbud']],
    ]);
    expect(result.matched).toBe(2);
  });
  it('needs every word, in any field: unit, entity or year', () => {
    const result = filterCandidates(groups, 'pemalang  2023');
    expect(result.groups.map((g) => [g.institution, g.year])).toEqual([[PEMALANG, 2023]]);
    expect(result.shown).toBe(2);
    expect(filterCandidates(groups, 'puskesmas comal 2024').shown).toBe(1);
    expect(filterCandidates(groups, 'tidak ada').shown).toBe(0);
    // Word order, case and diacritics do not matter.
    expect(filterCandidates(groups, '2023 PÉMALANG').shown).toBe(2);
  });
  it('matches everything for an empty query and stops at the limit', () => {
    const all = filterCandidates(groups, '  ');
    expect(all.matched).toBe(14);
    expect(all.shown).toBe(14);
    const cut = filterCandidates(groups, '', 7);
    expect(cut.matched).toBe(14);
    expect(cut.shown).toBe(7);
    expect(cut.groups.map((g) => g.candidates.length)).toEqual([6, 1]);
  });
});

describe('orderForSelection', () => {
  it('puts the selected entity first and keeps the rest in order', () => {
    expect(orderForSelection(groups, PEMALANG).map((g) => [g.institution, g.year])).toEqual([
      [PEMALANG, 2024],
      [PEMALANG, 2023],
      [BATANG, 2024],
      [BATANG, 2023],
    ]);
  });
});

describe('candidatesOf', () => {
  it('groups a dataset’s candidates once and gives the same groups again', () => {
    const ds = multiEntityMultiYear();
    const first = candidatesOf(ds);
    expect(first).toEqual(compareCandidates(ds));
    expect(candidatesOf(ds)).toBe(first);
    expect(candidatesOf(multiEntityMultiYear())).not.toBe(first);
  });
  it('finds the same units on a second search (folded texts are kept)', () => {
    const ds = multiEntityMultiYear();
    const once = filterCandidates(candidatesOf(ds), 'dinas sosial');
    const twice = filterCandidates(candidatesOf(ds), 'dinas sosial');
    expect(twice).toEqual(once);
    expect(once.matched).toBeGreaterThan(0);
  });
});
