import { describe, expect, it } from 'vitest';
import {
  COACH_BELOW_2025,
  LAST_KNOWN_YEAR,
  LEVEL_OF_UNIT_WORD,
  METHODS,
  UNIT_WORD_OF_LEVEL,
  hasGrades,
  hasZones,
  methodBreaks,
  methodChanges,
  methodChangesBetween,
  methodOfYear,
} from './methods';
import { YEAR_MAX, YEAR_MIN } from './schema-bounds';

describe('methodOfYear', () => {
  it.each([
    [2015, 'zona'],
    [2021, 'zona'],
    [2022, 'kepatuhan'],
    [2024, 'kepatuhan'],
    [2025, 'maladministrasi'],
    [2026, 'maladministrasi'],
  ])('%d → %s', (year, id) => {
    expect(methodOfYear(year).method.id).toBe(id);
  });
  it('assumes the latest method for a year after the last published round, and says so', () => {
    expect(methodOfYear(LAST_KNOWN_YEAR).assumed).toBe(false);
    expect(methodOfYear(2024).assumed).toBe(false);
    expect(methodOfYear(LAST_KNOWN_YEAR + 1)).toMatchObject({ assumed: true, method: { id: 'maladministrasi' } });
    expect(methodOfYear(YEAR_MAX).method.id).toBe('maladministrasi');
  });
  it('covers every year of the data contract', () => {
    for (let year = YEAR_MIN; year <= YEAR_MAX; year += 1) expect(methodOfYear(year).method).toBeDefined();
  });
});

describe('the registry', () => {
  it('gives zones up to 2024 and none from 2025, grades only 2022–2024', () => {
    expect(METHODS.map((m) => [m.id, hasZones(m), hasGrades(m)])).toEqual([
      ['zona', true, false],
      ['kepatuhan', true, true],
      ['maladministrasi', false, false],
    ]);
  });
  it('knows the 2022–2024 weights (summing to 100) and not the 2025 ones', () => {
    const kepatuhan = methodOfYear(2024).method.weights;
    expect(kepatuhan.known).toBe(true);
    if (kepatuhan.known) expect(kepatuhan.dimensions.reduce((s, d) => s + d.weight, 0)).toBeCloseTo(100, 10);
    expect(methodOfYear(2025).method.weights).toMatchObject({ known: false, provenance: { kind: 'press' } });
  });
  it('marks the 2025 cut points as inferred, the earlier ones as official', () => {
    expect(methodOfYear(2025).method.levelsProvenance.kind).toBe('inferred');
    expect(methodOfYear(2024).method.levelsProvenance.kind).toBe('official');
    expect(methodOfYear(2021).method.levelsProvenance.kind).toBe('official');
  });
  it('coaches below the mean up to 2024 and below 78 from 2025, as the Ombudsman advised', () => {
    expect(methodOfYear(2024).method.coaching.rule).toEqual({ kind: 'belowMean' });
    expect(methodOfYear(2025).method.coaching).toEqual({
      rule: { kind: 'belowTarget', target: COACH_BELOW_2025 },
      provenance: { kind: 'press', basis: 'coachBelow78' },
    });
    expect(COACH_BELOW_2025).toBe(78);
  });
  it('maps unit words and levels both ways (Terendah has no word)', () => {
    for (const [word, level] of Object.entries(LEVEL_OF_UNIT_WORD)) expect(UNIT_WORD_OF_LEVEL[level]).toBe(word);
    expect(UNIT_WORD_OF_LEVEL.terendah).toBeUndefined();
  });
  it('lets methods follow each other without gap or overlap', () => {
    METHODS.forEach((m, i) => {
      const next = METHODS[i + 1];
      if (next) expect(next.firstYear).toBe((m.lastYear ?? Number.NaN) + 1);
      else expect(m.lastYear).toBeUndefined();
    });
  });
});

describe('method breaks', () => {
  it('finds where a new method starts among the years of a trend', () => {
    expect(methodBreaks([2021, 2022, 2023, 2024, 2025, 2026])).toEqual([2025]);
    expect(methodBreaks([2023, 2025])).toEqual([2025]);
    expect(methodBreaks([2022, 2024])).toEqual([]);
    expect(methodBreaks([])).toEqual([]);
  });
  it('names each change with the methods on both sides, whatever the order of the years', () => {
    expect(methodChanges([2025, 2023, 2024, 2025]).map((c) => [c.year, c.from.id, c.to.id])).toEqual([
      [2025, 'kepatuhan', 'maladministrasi'],
    ]);
    expect(methodChanges([2021, 2022])).toEqual([]);
    expect(methodChanges([])).toEqual([]);
  });
  it('says when two years are not directly comparable', () => {
    expect(methodChangesBetween(2024, 2025)).toBe(true);
    expect(methodChangesBetween(2025, 2024)).toBe(true);
    expect(methodChangesBetween(2025, 2026)).toBe(false);
    expect(methodChangesBetween(2022, 2024)).toBe(false);
    // Zones (to 2021) and grades (from 2022) are two readings of the same Penilaian Kepatuhan scores.
    expect(methodChangesBetween(2021, 2022)).toBe(false);
  });
});
