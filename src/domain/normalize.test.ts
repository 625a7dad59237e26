import { describe, expect, it } from 'vitest';
import type { Dimension, InstitutionResult, UnitRecord } from './model';
import { DEFAULT_DIMENSIONS } from './dimensions';
import { duplicateUnitWarnings, normalizeRecord, reportedScoreWarnings } from './normalize';
import type { ParsedRecord } from './schema';

const DISDIKBUD_DIMS = { input: 84, proses: 91.63, output: 92.5, pengaduan: 86.5 };

function parsed(fields: Partial<ParsedRecord> = {}): ParsedRecord {
  return { year: 2024, institution: 'Kabupaten Batang', unit: 'Dinas Sosial', ...fields };
}

function unit(unitName: string, total: number | null, year = 2024, institution = 'Kabupaten Batang'): UnitRecord {
  return { year, institution, unit: unitName, total, totalComputed: false, dimensions: {}, illustrative: false };
}

describe('normalizeRecord', () => {
  it('lists every dataset dimension, unknown ones as null', () => {
    const { record } = normalizeRecord(
      parsed({ total: 90, dimensions: { input: 80, proses: null } }),
      DEFAULT_DIMENSIONS,
      0,
    );
    expect(record.dimensions).toEqual({ input: 80, proses: null, output: null, pengaduan: null });
  });
  it('keeps a given total and marks it as given', () => {
    const { record, warnings } = normalizeRecord(parsed({ total: 95.07 }), DEFAULT_DIMENSIONS, 0);
    expect(record.total).toBe(95.07);
    expect(record.totalComputed).toBe(false);
    expect(warnings).toEqual([]);
  });
  it('computes a missing total from the weighted dimensions (Disdikbud 89.07)', () => {
    const { record, warnings } = normalizeRecord(parsed({ dimensions: DISDIKBUD_DIMS }), DEFAULT_DIMENSIONS, 0);
    expect(record.total).toBeCloseTo(89.07, 2);
    expect(record.totalComputed).toBe(true);
    expect(warnings).toEqual([]);
  });
  it('computes a null total too', () => {
    const { record } = normalizeRecord(parsed({ total: null, dimensions: DISDIKBUD_DIMS }), DEFAULT_DIMENSIONS, 0);
    expect(record.total).toBeCloseTo(89.07, 2);
    expect(record.totalComputed).toBe(true);
  });
  it('leaves the total unknown and names the missing weighted dimensions', () => {
    const { record, warnings } = normalizeRecord(
      parsed({ dimensions: { input: 84, proses: 91.63 } }),
      DEFAULT_DIMENSIONS,
      7,
    );
    expect(record.total).toBeNull();
    expect(record.totalComputed).toBe(false);
    expect(warnings).toEqual([
      {
        place: { kind: 'record', index: 7 },
        field: 'total',
        code: 'totalUnknownMissingDimension',
        params: { missing: 'output,pengaduan' },
      },
    ]);
  });
  it('does not miss a zero-weight dimension', () => {
    const dims: Dimension[] = [
      { key: 'a', label: 'A', weight: 1 },
      { key: 'b', label: 'B', weight: 0 },
    ];
    const { record, warnings } = normalizeRecord(parsed({ dimensions: { a: 70 } }), dims, 0);
    expect(record.total).toBe(70);
    expect(record.dimensions).toEqual({ a: 70, b: null });
    expect(warnings).toEqual([]);
  });
  it('warns when a given total is more than 0.05 from its dimensions', () => {
    const { warnings } = normalizeRecord(parsed({ total: 90, dimensions: DISDIKBUD_DIMS }), DEFAULT_DIMENSIONS, 2);
    expect(warnings).toHaveLength(1);
    const [warning] = warnings;
    expect(warning?.code).toBe('totalDiffersFromDimensions');
    expect(warning?.place).toEqual({ kind: 'record', index: 2 });
    expect(warning?.params?.given).toBe(90);
    // 0.2185·84 + 0.3237·91.63 + 0.2424·92.5 + 0.2154·86.5
    expect(warning?.params?.computed).toBeCloseTo(89.068731, 6);
  });
  it('accepts a total within 0.05, float noise included', () => {
    const dims: Dimension[] = [{ key: 'a', label: 'A', weight: 1 }];
    expect(normalizeRecord(parsed({ total: 89.12, dimensions: { a: 89.07 } }), dims, 0).warnings).toEqual([]);
    expect(normalizeRecord(parsed({ total: 89.02, dimensions: { a: 89.07 } }), dims, 0).warnings).toEqual([]);
    expect(normalizeRecord(parsed({ total: 89.13, dimensions: { a: 89.07 } }), dims, 0).warnings).toHaveLength(1);
  });
  it('does not compare a total with incomplete dimensions', () => {
    const { warnings } = normalizeRecord(parsed({ total: 50, dimensions: { input: 90 } }), DEFAULT_DIMENSIONS, 0);
    expect(warnings).toEqual([]);
  });
  it('copies optional fields only when given and defaults illustrative to false', () => {
    const { record } = normalizeRecord(parsed({ total: 90 }), DEFAULT_DIMENSIONS, 0);
    expect(Object.keys(record).sort()).toEqual(
      ['dimensions', 'illustrative', 'institution', 'total', 'totalComputed', 'unit', 'year'].sort(),
    );
    expect(record.illustrative).toBe(false);
    const full = normalizeRecord(
      parsed({ total: 90, unitShort: 'Dinsos', unitType: 'dinas_sosial', illustrative: true, source: { name: 'x' } }),
      DEFAULT_DIMENSIONS,
      0,
    ).record;
    expect(full).toMatchObject({
      unitShort: 'Dinsos',
      unitType: 'dinas_sosial',
      illustrative: true,
      source: { name: 'x' },
    });
  });
});

describe('duplicateUnitWarnings', () => {
  it('flags the repeat of a unit for the same entity and year, pointing at the first', () => {
    const records = [unit('Dinsos', 95), unit('Disdikbud', 89), unit('Dinsos', 94)];
    expect(duplicateUnitWarnings(records)).toEqual([
      {
        place: { kind: 'record', index: 2 },
        field: 'unit',
        code: 'duplicateUnit',
        params: { unit: 'Dinsos', year: 2024, institution: 'Kabupaten Batang', first: 0 },
      },
    ]);
  });
  it('allows the same unit in another year or entity', () => {
    const records = [unit('Dinsos', 95), unit('Dinsos', 95, 2023), unit('Dinsos', 95, 2024, 'Kota Magelang')];
    expect(duplicateUnitWarnings(records)).toEqual([]);
  });
  it('points every later repeat at the first', () => {
    const firsts = duplicateUnitWarnings([unit('A', 1), unit('A', 2), unit('A', 3)]).map((w) => w.params?.first);
    expect(firsts).toEqual([0, 0]);
  });
});

describe('reportedScoreWarnings', () => {
  const batangUnits = [93.77, 89.07, 95.07, 95.86, 97.55, 90.9].map((total, i) => unit(`U${i}`, total));
  const reported = (score: number | null, year = 2024): InstitutionResult => ({
    year,
    name: 'Kabupaten Batang',
    score,
  });

  it('warns for Batang 2024: reported 93.74, mean of units 93.70', () => {
    const warnings = reportedScoreWarnings([reported(91.5, 2023), reported(93.74)], batangUnits);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      place: { kind: 'institution', index: 1 },
      field: 'score',
      code: 'reportedDiffersFromMean',
      params: { name: 'Kabupaten Batang', year: 2024, reported: 93.74 },
    });
    expect(warnings[0]?.params?.mean).toBeCloseTo(93.7033, 4);
  });
  it('is quiet when the figures agree at two decimals', () => {
    expect(reportedScoreWarnings([reported(93.7)], batangUnits)).toEqual([]);
  });
  it('ignores unknown unit totals and unknown reported scores', () => {
    expect(reportedScoreWarnings([reported(90)], [unit('A', 90), unit('B', null)])).toEqual([]);
    expect(reportedScoreWarnings([reported(null)], batangUnits)).toEqual([]);
    expect(reportedScoreWarnings([reported(50)], [unit('A', null)])).toEqual([]);
  });
  it('matches entity and year exactly', () => {
    expect(reportedScoreWarnings([reported(50, 2023)], batangUnits)).toEqual([]);
    expect(reportedScoreWarnings([{ year: 2024, name: 'Kota Batang', score: 50 }], batangUnits)).toEqual([]);
  });
});
