import { describe, expect, it } from 'vitest';
import type { Dataset, ProblemPlace, UnitRecord, ValidationResult } from '../model';
import { DEFAULT_DIMENSIONS } from '../dimensions';
import { isValidPlace, resultViolations } from './result-invariants';

function recordWith(fields: Partial<UnitRecord>): UnitRecord {
  return {
    year: 2024,
    institution: 'A',
    unit: 'B',
    total: 90,
    totalComputed: false,
    dimensions: { input: null, proses: null, output: null, pengaduan: null },
    illustrative: false,
    ...fields,
  };
}

function loaded(records: UnitRecord[], extra: Partial<Dataset> = {}): ValidationResult {
  return {
    ok: true,
    dataset: { dimensions: [...DEFAULT_DIMENSIONS], institutions: [], records, ...extra },
    warnings: [],
  };
}

describe('resultViolations', () => {
  it('finds nothing wrong with a sound dataset or a located problem', () => {
    expect(resultViolations(loaded([recordWith({})]))).toEqual([]);
    expect(resultViolations({ ok: false, problems: [{ place: { kind: 'row', row: 2 }, code: 'notNumber' }] })).toEqual(
      [],
    );
  });

  it.each([
    ['a total above 100', { total: 100.5 }, 'record total out of range'],
    ['a negative total', { total: -1 }, 'record total out of range'],
    ['a total of -0', { total: -0 }, 'record total out of range'],
    ['an infinite total', { total: Infinity }, 'record total out of range'],
    ['a year out of range', { year: 1999 }, 'record year out of range'],
    ['a fractional year', { year: 2024.5 }, 'record year out of range'],
    ['a NaN dimension', { dimensions: { input: NaN, proses: null, output: null, pengaduan: null } }, 'dimension input'],
    ['a missing dimension', { dimensions: { input: 80 } }, 'differ from the dataset dimensions'],
    ['an empty unit name', { unit: ' ' }, 'without institution or unit'],
    ['a computed total that is unknown', { total: null, totalComputed: true }, 'computed total is unknown'],
  ])('reports %s', (_what, fields, expected) => {
    const found = resultViolations(loaded([recordWith(fields)]));
    expect(found.join('\n')).toContain(expected);
  });

  it('reports an empty dataset, a bad weight and an out-of-range institution', () => {
    expect(resultViolations(loaded([]))).toEqual(['accepted a dataset with nothing in it']);
    const badWeight = loaded([recordWith({})], { dimensions: [{ key: 'input', label: 'Input', weight: -0 }] });
    expect(resultViolations(badWeight).join('\n')).toContain('bad dimension');
    const badInstitution = loaded([], { institutions: [{ year: 2024, name: 'A', score: 101 }] });
    expect(resultViolations(badInstitution).join('\n')).toContain('institution score out of range');
  });

  it('reports a failure without problems, an unknown code, a bad place and a non-finite parameter', () => {
    expect(resultViolations({ ok: false, problems: [] })).toEqual(['failed without a problem']);
    const found = resultViolations({
      ok: false,
      problems: [
        { place: { kind: 'file' }, code: 'nope' as 'empty' },
        { place: { kind: 'row', row: 0 }, code: 'raggedRow' },
        { place: { kind: 'file' }, code: 'outOfRange', params: { value: NaN } },
      ],
    });
    expect(found.map((line) => line.split(':')[0])).toEqual([
      'unknown code',
      'invalid place',
      'param value is neither text nor a finite number',
    ]);
  });
});

describe('isValidPlace', () => {
  it.each<[ProblemPlace, boolean]>([
    [{ kind: 'file' }, true],
    [{ kind: 'record', index: 0 }, true],
    [{ kind: 'record', index: -1 }, false],
    [{ kind: 'institution', index: 1.5 }, false],
    [{ kind: 'row', row: 1 }, true],
    [{ kind: 'row', row: 0 }, false],
    [{ kind: 'page', page: 2 }, true],
    [{ kind: 'page', page: NaN }, false],
    [{ kind: 'elsewhere' } as unknown as ProblemPlace, false],
  ])('%j → %s', (place, valid) => {
    expect(isValidPlace(place)).toBe(valid);
  });
});
