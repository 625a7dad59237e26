import { describe, expect, it } from 'vitest';
import type { DataWarning, InstitutionResult, UnitRecord } from './model';
import { DEFAULT_DIMENSIONS } from './dimensions';
import { assembleDataset, sortByPlace } from './validate-assemble';

function unit(name: string, total: number, institution = 'Kabupaten Batang'): UnitRecord {
  return { year: 2024, institution, unit: name, total, totalComputed: false, dimensions: {}, illustrative: false };
}

const warning = (place: DataWarning['place'], code: DataWarning['code'] = 'duplicateUnit'): DataWarning => ({
  place,
  code,
});

describe('sortByPlace', () => {
  it('orders by kind of place (file, page, row, dimension, institution, record), then index, then as given', () => {
    const given = [
      warning({ kind: 'record', index: 2 }, 'duplicateUnit'),
      warning({ kind: 'record', index: 1 }),
      warning({ kind: 'institution', index: 0 }),
      warning({ kind: 'row', row: 3 }),
      warning({ kind: 'record', index: 2 }, 'totalDiffersFromDimensions'),
      warning({ kind: 'file' }),
    ];
    expect(sortByPlace(given).map((w) => [w.place, w.code])).toEqual([
      [{ kind: 'file' }, 'duplicateUnit'],
      [{ kind: 'row', row: 3 }, 'duplicateUnit'],
      [{ kind: 'institution', index: 0 }, 'duplicateUnit'],
      [{ kind: 'record', index: 1 }, 'duplicateUnit'],
      [{ kind: 'record', index: 2 }, 'duplicateUnit'],
      [{ kind: 'record', index: 2 }, 'totalDiffersFromDimensions'],
    ]);
  });
});

describe('assembleDataset', () => {
  it('keeps the first listing of a repeated unit, warns about the reported score, and orders the warnings', () => {
    const records = [unit('Dinsos', 95.07), unit('Disdukcapil', 93.77), unit('Dinsos', 80)];
    const institutions: InstitutionResult[] = [{ year: 2024, name: 'Kabupaten Batang', score: 90 }];
    const recordWarning = warning({ kind: 'record', index: 0 }, 'totalDiffersFromDimensions');
    const result = assembleDataset({
      title: 'Uji',
      dimensions: DEFAULT_DIMENSIONS.map((d) => ({ ...d })),
      defaultDimensions: false,
      institutions,
      records,
      recordWarnings: [recordWarning],
    });
    if (!result.ok) throw new Error('expected a dataset');
    expect(result.dataset.title).toBe('Uji');
    expect(result.dataset).not.toHaveProperty('source');
    expect(result.dataset.records.map((r) => r.total)).toEqual([95.07, 93.77]);
    expect(result.warnings.map((w) => [w.code, w.place])).toEqual([
      // Mean of the units kept: (95.07 + 93.77) / 2 = 94.42, not 90.
      ['reportedDiffersFromMean', { kind: 'institution', index: 0 }],
      ['totalDiffersFromDimensions', { kind: 'record', index: 0 }],
      ['duplicateUnit', { kind: 'record', index: 2 }],
    ]);
    expect(result.warnings[0]?.params).toMatchObject({ reported: 90 });
    expect(result.warnings[0]?.params?.mean).toBeCloseTo(94.42, 10);
  });
});
