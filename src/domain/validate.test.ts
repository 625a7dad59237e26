import { describe, expect, it } from 'vitest';
import type { Dataset, DataWarning, Problem } from './model';
import { DEFAULT_DIMENSIONS } from './dimensions';
import { MAX_PROBLEMS, validateDataset } from './validate';
import { generateNational, toCanonicalJson as generatedJson } from '../../scripts/gen-national.mjs';

const BATANG = 'Kabupaten Batang';
const FILE = { kind: 'file' } as const;
const record0 = { kind: 'record', index: 0 } as const;

/** A valid raw record; tests override one field at a time. */
function rawRecord(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { year: 2024, institution: BATANG, unit: 'Dinas Sosial', total: 95.07, ...fields };
}

function loaded(raw: unknown): { dataset: Dataset; warnings: DataWarning[] } {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(`expected a dataset, got ${JSON.stringify(result.problems)}`);
  return result;
}

function problems(raw: unknown): Problem[] {
  const result = validateDataset(raw);
  if (result.ok) throw new Error('expected problems, got a dataset');
  return result.problems;
}

/** Problems of a dataset holding one record with the given fields replaced. */
function recordProblems(fields: Record<string, unknown>): Problem[] {
  return problems({ records: [rawRecord(fields)] });
}

describe('validateDataset: the canonical example', () => {
  const example = {
    title: ' Penilaian Kepatuhan 2024 ',
    source: { name: 'Ombudsman RI', url: 'https://ombudsman.go.id/', retrieved: '2024-12-03' },
    dimensions: [
      { key: 'input', label: 'Input', weight: 21.85 },
      { key: 'proses', label: 'Proses', weight: 32.37 },
      { key: 'output', label: 'Output', weight: 24.24 },
      { key: 'pengaduan', label: 'Pengaduan', weight: 21.54 },
    ],
    institutions: [{ year: 2024, name: BATANG, score: 93.74, grade: 'A' }],
    gradeScale: [
      { grade: 'E', min: 0, zone: 'merah' },
      { grade: 'A', min: 88, zone: 'hijau' },
      { grade: 'C', min: 54, zone: 'kuning' },
    ],
    records: [
      {
        year: 2024,
        institution: BATANG,
        unit: 'Dinas Pendidikan dan Kebudayaan',
        unitShort: 'Disdikbud',
        unitType: 'dinas_pendidikan',
        total: 89.07,
        dimensions: { input: 84.0, proses: 91.63, output: 92.5, pengaduan: 86.5 },
        illustrative: true,
        source: { name: 'Rapor Ombudsman' },
      },
    ],
  };

  it('loads into a normalised dataset', () => {
    const { dataset } = loaded(example);
    expect(dataset).toEqual({
      title: 'Penilaian Kepatuhan 2024',
      source: { name: 'Ombudsman RI', url: 'https://ombudsman.go.id/', retrieved: '2024-12-03' },
      dimensions: example.dimensions,
      institutions: [{ year: 2024, name: BATANG, score: 93.74, grade: 'A' }],
      gradeScale: [
        { grade: 'A', min: 88, zone: 'hijau' },
        { grade: 'C', min: 54, zone: 'kuning' },
        { grade: 'E', min: 0, zone: 'merah' },
      ],
      records: [
        {
          year: 2024,
          institution: BATANG,
          unit: 'Dinas Pendidikan dan Kebudayaan',
          unitShort: 'Disdikbud',
          unitType: 'dinas_pendidikan',
          total: 89.07,
          totalComputed: false,
          dimensions: { input: 84, proses: 91.63, output: 92.5, pengaduan: 86.5 },
          illustrative: true,
          source: { name: 'Rapor Ombudsman' },
        },
      ],
    });
  });

  it('warns that Batang 2024 reported 93.74 while its six units average 93.70', () => {
    const totals = [93.77, 89.07, 95.07, 95.86, 97.55, 90.9];
    const { warnings } = loaded({
      institutions: [{ year: 2024, name: BATANG, score: 93.74 }],
      records: totals.map((total, i) => rawRecord({ unit: `Unit ${i}`, total })),
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      place: { kind: 'institution', index: 0 },
      field: 'score',
      code: 'reportedDiffersFromMean',
      params: { name: BATANG, year: 2024, reported: 93.74 },
    });
    expect(warnings[0]?.params?.mean).toBeCloseTo(562.22 / 6, 10);
  });
});

describe('validateDataset: shapes of input', () => {
  it('reads a bare array as the records, with the default dimensions', () => {
    const { dataset, warnings } = loaded([rawRecord()]);
    expect(dataset.records).toHaveLength(1);
    expect(dataset.dimensions).toEqual(DEFAULT_DIMENSIONS);
    expect(dataset.institutions).toEqual([]);
    expect(Object.keys(dataset).sort()).toEqual(['defaultDimensions', 'dimensions', 'institutions', 'records']);
    expect(warnings).toEqual([]);
  });

  it('gives a copy of the default dimensions, not the shared constant', () => {
    const { dataset } = loaded([rawRecord()]);
    expect(dataset.dimensions).not.toBe(DEFAULT_DIMENSIONS);
    expect(dataset.dimensions[0]).not.toBe(DEFAULT_DIMENSIONS[0]);
  });

  it('keeps the records in input order', () => {
    const units = ['C', 'A', 'B', 'A2'];
    const { dataset } = loaded(units.map((unit) => rawRecord({ unit })));
    expect(dataset.records.map((r) => r.unit)).toEqual(units);
  });

  it('drops fields the contract does not know', () => {
    const { dataset } = loaded({ extra: 1, records: [rawRecord({ colour: 'red', dimensions: {} })] });
    expect(dataset).not.toHaveProperty('extra');
    expect(dataset.records[0]).not.toHaveProperty('colour');
  });

  it('trims text and drops blank optional text', () => {
    const { dataset } = loaded({
      title: '   ',
      records: [
        rawRecord({ institution: `  ${BATANG}\t`, unit: ' Dinas Sosial ', unitShort: '  ', unitType: ' dinsos ' }),
      ],
    });
    expect(dataset.title).toBeUndefined();
    expect(dataset.records[0]).toMatchObject({ institution: BATANG, unit: 'Dinas Sosial', unitType: 'dinsos' });
    expect(dataset.records[0]).not.toHaveProperty('unitShort');
  });

  it('accepts null for optional fields', () => {
    const { dataset } = loaded({
      title: null,
      source: null,
      dimensions: null,
      institutions: null,
      gradeScale: null,
      records: [rawRecord({ unitShort: null, illustrative: null, source: null, dimensions: null })],
    });
    expect(dataset.dimensions).toEqual(DEFAULT_DIMENSIONS);
    expect(dataset.records[0]?.illustrative).toBe(false);
    expect(dataset).not.toHaveProperty('gradeScale');
  });

  it('allows no records when institutions are given', () => {
    const { dataset } = loaded({ records: [], institutions: [{ year: 2023, name: BATANG, score: 91.5 }] });
    expect(dataset.records).toEqual([]);
    expect(dataset.institutions).toEqual([{ year: 2023, name: BATANG, score: 91.5 }]);
  });

  it('reads an institution without a score as unknown', () => {
    const { dataset } = loaded({ records: [], institutions: [{ year: 2023, name: BATANG }] });
    expect(dataset.institutions[0]?.score).toBeNull();
  });
});

describe('validateDataset: scores and totals', () => {
  it('stores a missing dimension and a null one alike as null, never 0', () => {
    const { dataset } = loaded([rawRecord({ dimensions: { input: 80, proses: null } })]);
    expect(dataset.records[0]?.dimensions).toEqual({ input: 80, proses: null, output: null, pengaduan: null });
  });

  it('keeps 0 as a real score', () => {
    const { dataset } = loaded([rawRecord({ total: 0, dimensions: { input: 0 } })]);
    expect(dataset.records[0]?.total).toBe(0);
    expect(dataset.records[0]?.dimensions.input).toBe(0);
  });

  it('computes a missing or null total from the dimensions and marks it', () => {
    const dims = { input: 84, proses: 91.63, output: 92.5, pengaduan: 86.5 };
    const { dataset, warnings } = loaded([
      rawRecord({ total: undefined, dimensions: dims }),
      rawRecord({ unit: 'Other', total: null, dimensions: dims }),
    ]);
    for (const r of dataset.records) {
      expect(r.total).toBeCloseTo(89.068731, 6);
      expect(r.totalComputed).toBe(true);
    }
    expect(warnings).toEqual([]);
  });

  it('computes with the dataset weights, not the defaults', () => {
    const { dataset } = loaded({
      dimensions: [
        { key: 'a', label: 'A', weight: 1 },
        { key: 'b', label: 'B', weight: 3 },
      ],
      records: [rawRecord({ total: undefined, dimensions: { a: 60, b: 80 } })],
    });
    expect(dataset.records[0]?.total).toBe(75);
  });

  it('leaves the total unknown with a warning when a weighted dimension is unknown', () => {
    const { dataset, warnings } = loaded([
      rawRecord({ total: undefined, dimensions: { input: 84, proses: 91.63, output: null } }),
    ]);
    expect(dataset.records[0]?.total).toBeNull();
    expect(dataset.records[0]?.totalComputed).toBe(false);
    expect(warnings).toEqual([
      { place: record0, field: 'total', code: 'totalUnknownMissingDimension', params: { missing: 'output,pengaduan' } },
    ]);
  });

  it('warns when a given total disagrees with complete dimensions', () => {
    const { dataset, warnings } = loaded([
      rawRecord({ total: 95, dimensions: { input: 84, proses: 91.63, output: 92.5, pengaduan: 86.5 } }),
    ]);
    expect(dataset.records[0]?.total).toBe(95);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      place: record0,
      field: 'total',
      code: 'totalDiffersFromDimensions',
      params: { given: 95 },
    });
    expect(warnings[0]?.params?.computed).toBeCloseTo(89.068731, 6);
  });

  it('warns about a unit listed twice for the same entity and year, and keeps only the first', () => {
    const { dataset, warnings } = loaded([rawRecord(), rawRecord({ unit: 'Disdikbud' }), rawRecord({ total: 90 })]);
    expect(dataset.records.map((r) => r.unit)).toEqual(['Dinas Sosial', 'Disdikbud']);
    expect(dataset.records[0]?.total).not.toBe(90);
    expect(warnings).toEqual([
      {
        place: { kind: 'record', index: 2 },
        field: 'unit',
        code: 'duplicateUnit',
        params: { unit: 'Dinas Sosial', year: 2024, institution: BATANG, first: 0 },
      },
    ]);
  });

  it('lists warnings in input order: institutions, then records', () => {
    const { warnings } = loaded({
      institutions: [{ year: 2024, name: BATANG, score: 50 }],
      records: [
        rawRecord({ total: undefined, dimensions: { input: 80 } }),
        rawRecord({ unit: 'Y', total: 40 }),
        rawRecord({ unit: 'X', total: undefined, dimensions: { proses: 80 } }),
        rawRecord({ unit: 'Y', total: 41 }),
      ],
    });
    expect(warnings.map((w) => [w.place, w.code])).toEqual([
      [{ kind: 'institution', index: 0 }, 'reportedDiffersFromMean'],
      [{ kind: 'record', index: 0 }, 'totalUnknownMissingDimension'],
      [{ kind: 'record', index: 2 }, 'totalUnknownMissingDimension'],
      [{ kind: 'record', index: 3 }, 'duplicateUnit'],
    ]);
  });
});

describe('validateDataset: file-level problems', () => {
  it.each([
    [null, 'null'],
    [42, 42],
    ['records', 'records'],
    [true, 'true'],
  ])('refuses %j as the whole input', (raw, value) => {
    expect(problems(raw)).toEqual([{ place: FILE, code: 'wrongShape', params: { value, expected: 'object' } }]);
  });

  it('needs records', () => {
    expect(problems({ title: 'x' })).toEqual([{ place: FILE, field: 'records', code: 'noRecords' }]);
    expect(problems({ records: null })).toEqual([{ place: FILE, field: 'records', code: 'noRecords' }]);
  });

  it('refuses records that are not a list', () => {
    expect(problems({ records: { a: 1 } })).toEqual([
      { place: FILE, field: 'records', code: 'wrongShape', params: { value: 'object', expected: 'array' } },
    ]);
  });

  it('refuses an empty dataset', () => {
    expect(problems({ records: [] })).toEqual([{ place: FILE, field: 'records', code: 'noRecords' }]);
    expect(problems([])).toEqual([{ place: FILE, field: 'records', code: 'noRecords' }]);
    expect(problems({ records: [], institutions: [] })).toEqual([{ place: FILE, field: 'records', code: 'noRecords' }]);
  });

  it('refuses lists of the wrong shape', () => {
    expect(problems({ records: [rawRecord()], dimensions: 'input', institutions: {}, gradeScale: 5 })).toEqual([
      { place: FILE, field: 'dimensions', code: 'wrongShape', params: { value: 'input', expected: 'array' } },
      { place: FILE, field: 'institutions', code: 'wrongShape', params: { value: 'object', expected: 'array' } },
      { place: FILE, field: 'gradeScale', code: 'wrongShape', params: { value: 5, expected: 'array' } },
    ]);
  });

  it('refuses a title that is not text', () => {
    expect(problems({ title: 5, records: [rawRecord()] })).toEqual([
      { place: FILE, field: 'title', code: 'notText', params: { value: 5 } },
    ]);
  });

  it('accepts only http(s) source links', () => {
    for (const url of ['http://a.example/x', 'https://data.go.id/dataset?id=1']) {
      expect(loaded({ source: { url }, records: [rawRecord()] }).dataset.source).toEqual({ url });
    }
    for (const url of ['ftp://a.example', 'javascript:alert(1)', 'ombudsman.go.id', 'http://']) {
      expect(problems({ source: { url }, records: [rawRecord()] })).toEqual([
        { place: FILE, field: 'source.url', code: 'badUrl', params: { value: url } },
      ]);
    }
  });

  it('accepts only real YYYY-MM-DD dates', () => {
    expect(loaded({ source: { retrieved: '2024-02-29' }, records: [rawRecord()] }).dataset.source).toEqual({
      retrieved: '2024-02-29',
    });
    for (const retrieved of ['2023-02-29', '2024-13-01', '2024-04-31', '03/12/2024', '2024-12-3']) {
      expect(problems({ source: { retrieved }, records: [rawRecord()] })).toEqual([
        { place: FILE, field: 'source.retrieved', code: 'badDate', params: { value: retrieved } },
      ]);
    }
  });

  it('refuses a source that is not an object', () => {
    expect(problems({ source: 'Ombudsman', records: [rawRecord()] })).toEqual([
      { place: FILE, field: 'source', code: 'wrongShape', params: { value: 'Ombudsman', expected: 'object' } },
    ]);
  });
});

describe('validateDataset: record problems', () => {
  it('refuses a record that is not an object', () => {
    expect(problems({ records: [rawRecord(), [1, 2], null] })).toEqual([
      { place: { kind: 'record', index: 1 }, code: 'wrongShape', params: { value: 'array', expected: 'object' } },
      { place: { kind: 'record', index: 2 }, code: 'wrongShape', params: { value: 'null', expected: 'object' } },
    ]);
  });

  it.each([
    [undefined, { place: record0, field: 'year', code: 'required' }],
    [null, { place: record0, field: 'year', code: 'required' }],
    ['2024', { place: record0, field: 'year', code: 'notNumber', params: { value: '2024' } }],
    [1999, { place: record0, field: 'year', code: 'yearOutOfRange', params: { value: 1999, min: 2000, max: 2100 } }],
    [2101, { place: record0, field: 'year', code: 'yearOutOfRange', params: { value: 2101, min: 2000, max: 2100 } }],
    [
      2024.5,
      { place: record0, field: 'year', code: 'yearOutOfRange', params: { value: 2024.5, min: 2000, max: 2100 } },
    ],
  ])('year %j', (year, expected) => {
    expect(recordProblems({ year })).toEqual([expected]);
  });

  it.each([
    ['institution', undefined, 'required', undefined],
    ['institution', '   ', 'required', undefined],
    ['institution', 7, 'notText', { value: 7 }],
    ['unit', '', 'required', undefined],
    ['unit', { name: 'x' }, 'notText', { value: 'object' }],
    ['unitShort', 5, 'notText', { value: 5 }],
    ['unitType', false, 'notText', { value: 'false' }],
  ])('%s %j', (field, value, code, params) => {
    const expected: Problem = { place: record0, field, code } as Problem;
    if (params) expected.params = params;
    expect(recordProblems({ [field]: value })).toEqual([expected]);
  });

  it.each([
    [101, 'outOfRange', { value: 101, min: 0, max: 100 }],
    [-0.01, 'outOfRange', { value: -0.01, min: 0, max: 100 }],
    ['93,74', 'notNumber', { value: '93,74' }],
    [Number.NaN, 'notNumber', { value: 'NaN' }],
    [Number.POSITIVE_INFINITY, 'notNumber', { value: 'Infinity' }],
    [true, 'notNumber', { value: 'true' }],
  ])('total %j', (total, code, params) => {
    expect(recordProblems({ total })).toEqual([{ place: record0, field: 'total', code, params }]);
  });

  it('checks each dimension score and names it', () => {
    expect(
      recordProblems({ dimensions: { input: 120, proses: 'tinggi', output: null, pengaduan: Number.NaN } }),
    ).toEqual([
      { place: record0, field: 'dimensions.input', code: 'outOfRange', params: { value: 120, min: 0, max: 100 } },
      { place: record0, field: 'dimensions.proses', code: 'notNumber', params: { value: 'tinggi' } },
      { place: record0, field: 'dimensions.pengaduan', code: 'notNumber', params: { value: 'NaN' } },
    ]);
  });

  it('refuses dimension scores that are not an object', () => {
    expect(recordProblems({ dimensions: [84, 91] })).toEqual([
      { place: record0, field: 'dimensions', code: 'wrongShape', params: { value: 'array', expected: 'object' } },
    ]);
  });

  it('refuses a dimension the dataset does not define', () => {
    expect(recordProblems({ dimensions: { input: 80, kepuasan: 90 } })).toEqual([
      { place: record0, field: 'dimensions.kepuasan', code: 'unknownDimension', params: { key: 'kepuasan' } },
    ]);
  });

  it('needs a total or a dimension score', () => {
    const noScores = [{ place: record0, code: 'noScores' }];
    expect(recordProblems({ total: undefined })).toEqual(noScores);
    expect(recordProblems({ total: null, dimensions: { input: null, proses: null } })).toEqual(noScores);
    expect(recordProblems({ total: null, dimensions: {} })).toEqual(noScores);
  });

  it('does not add noScores to a score that is present but wrong', () => {
    expect(recordProblems({ total: 'abc' }).map((p) => p.code)).toEqual(['notNumber']);
  });

  it('reports both an unknown-only dimension and the missing scores', () => {
    expect(recordProblems({ total: undefined, dimensions: { kepuasan: 90 } })).toEqual([
      { place: record0, field: 'dimensions.kepuasan', code: 'unknownDimension', params: { key: 'kepuasan' } },
      { place: record0, code: 'noScores' },
    ]);
  });

  it('refuses an illustrative flag that is not true or false', () => {
    expect(recordProblems({ illustrative: 'ya' })).toEqual([
      { place: record0, field: 'illustrative', code: 'invalid', params: { value: 'ya' } },
    ]);
  });

  it('checks a record source', () => {
    expect(recordProblems({ source: { url: 'www.example.com', retrieved: '2024-02-30' } })).toEqual([
      { place: record0, field: 'source.url', code: 'badUrl', params: { value: 'www.example.com' } },
      { place: record0, field: 'source.retrieved', code: 'badDate', params: { value: '2024-02-30' } },
    ]);
  });

  it('collects every problem of every record, in order', () => {
    const result = problems({
      records: [rawRecord({ year: 'x', unit: '' }), rawRecord(), rawRecord({ total: 200, institution: undefined })],
    });
    expect(result.map((p) => [p.place, p.field, p.code])).toEqual([
      [record0, 'year', 'notNumber'],
      [record0, 'unit', 'required'],
      [{ kind: 'record', index: 2 }, 'institution', 'required'],
      [{ kind: 'record', index: 2 }, 'total', 'outOfRange'],
    ]);
  });
});

describe('validateDataset: dimension list problems', () => {
  const place = (index: number) => ({ kind: 'dimension', index }) as const;

  it('uses the listed dimensions and labels a dimension by its key when unlabelled', () => {
    const { dataset } = loaded({
      dimensions: [{ key: 'a', weight: 2 }],
      records: [rawRecord({ dimensions: { a: 50 } })],
    });
    expect(dataset.dimensions).toEqual([{ key: 'a', label: 'a', weight: 2 }]);
    expect(dataset.records[0]?.dimensions).toEqual({ a: 50 });
  });

  it('refuses empty and repeated keys', () => {
    expect(
      problems({
        dimensions: [{ key: 'input', weight: 1 }, { key: ' ', weight: 1 }, { key: 'input ', weight: 2 }, { weight: 1 }],
        records: [rawRecord()],
      }),
    ).toEqual([
      { place: place(1), field: 'key', code: 'required' },
      { place: place(2), field: 'key', code: 'duplicateDimension', params: { key: 'input', first: 0 } },
      { place: place(3), field: 'key', code: 'required' },
    ]);
  });

  it.each([
    [-1, { value: -1, min: 0 }],
    ['21.85', { value: '21.85', min: 0 }],
    [Number.NaN, { value: 'NaN', min: 0 }],
    [Number.POSITIVE_INFINITY, { value: 'Infinity', min: 0 }],
  ])('refuses weight %j', (weight, params) => {
    expect(problems({ dimensions: [{ key: 'a', weight }], records: [rawRecord()] })).toEqual([
      { place: place(0), field: 'weight', code: 'badWeight', params },
    ]);
  });

  it('needs a weight', () => {
    expect(problems({ dimensions: [{ key: 'a' }], records: [rawRecord()] })).toEqual([
      { place: place(0), field: 'weight', code: 'required' },
    ]);
  });

  it('refuses an item that is not an object', () => {
    expect(problems({ dimensions: ['input'], records: [rawRecord()] })).toEqual([
      { place: place(0), code: 'wrongShape', params: { value: 'input', expected: 'object' } },
    ]);
  });

  it('does not call a key unknown when only its weight is wrong', () => {
    const result = problems({
      dimensions: [{ key: 'a', weight: -5 }],
      records: [rawRecord({ dimensions: { a: 50 } })],
    });
    expect(result.map((p) => p.code)).toEqual(['badWeight']);
  });

  it('refuses __proto__ as a key', () => {
    expect(problems({ dimensions: [{ key: '__proto__', weight: 1 }], records: [rawRecord()] })).toEqual([
      { place: place(0), field: 'key', code: 'invalid', params: { value: '__proto__' } },
    ]);
  });

  it('reads keys named like Object.prototype members as plain keys', () => {
    const { dataset } = loaded({
      dimensions: [
        { key: 'constructor', weight: 1 },
        { key: 'toString', weight: 1 },
      ],
      records: [
        rawRecord({ total: undefined, dimensions: { toString: 60 } }),
        rawRecord({ unit: 'B', dimensions: {} }),
      ],
    });
    expect(dataset.records[0]?.dimensions).toEqual({ constructor: null, toString: 60 });
    expect(dataset.records[0]?.total).toBeNull();
    expect(dataset.records[1]?.dimensions).toEqual({ constructor: null, toString: null });
  });

  it('finds no score in a record without dimensions, even for a key like constructor', () => {
    expect(
      problems({ dimensions: [{ key: 'constructor', weight: 1 }], records: [rawRecord({ total: undefined })] }),
    ).toEqual([{ place: record0, code: 'noScores' }]);
  });

  it('allows an empty list: a dataset of totals only', () => {
    const { dataset } = loaded({ dimensions: [], records: [rawRecord()] });
    expect(dataset.dimensions).toEqual([]);
    expect(dataset.records[0]?.dimensions).toEqual({});
  });
});

describe('validateDataset: institution problems', () => {
  const place = { kind: 'institution', index: 1 } as const;
  const valid = { year: 2024, name: BATANG, score: 93.74 };

  it.each([
    [{ year: 1990 }, { field: 'year', code: 'yearOutOfRange', params: { value: 1990, min: 2000, max: 2100 } }],
    [{ name: '' }, { field: 'name', code: 'required' }],
    [{ score: 'A' }, { field: 'score', code: 'notNumber', params: { value: 'A' } }],
    [{ score: 100.01 }, { field: 'score', code: 'outOfRange', params: { value: 100.01, min: 0, max: 100 } }],
    [{ grade: 1 }, { field: 'grade', code: 'notText', params: { value: 1 } }],
    [{ source: { url: 'mailto:x@y.id' } }, { field: 'source.url', code: 'badUrl', params: { value: 'mailto:x@y.id' } }],
  ])('%j', (override, expected) => {
    expect(problems({ institutions: [valid, { ...valid, ...override }], records: [rawRecord()] })).toEqual([
      { place, ...expected },
    ]);
  });

  it('keeps a null score as unknown', () => {
    expect(loaded({ institutions: [{ ...valid, score: null }], records: [] }).dataset.institutions).toEqual([
      { year: 2024, name: BATANG, score: null },
    ]);
  });
});

describe('validateDataset: grade scale problems', () => {
  const records = [rawRecord()];
  const zoneOnly = [
    { min: 81, zone: 'hijau' },
    { min: 0, zone: 'merah' },
    { min: 51, zone: 'kuning' },
  ];

  it('stores a valid scale sorted from the highest band', () => {
    expect(loaded({ gradeScale: zoneOnly, records }).dataset.gradeScale).toEqual([
      { min: 81, zone: 'hijau' },
      { min: 51, zone: 'kuning' },
      { min: 0, zone: 'merah' },
    ]);
  });

  it('refuses an unknown zone', () => {
    expect(problems({ gradeScale: [{ min: 0, zone: 'biru' }], records })).toEqual([
      { place: FILE, field: 'gradeScale.0.zone', code: 'badGradeScale', params: { value: 'biru' } },
    ]);
  });

  it('refuses a band without zone or with a min outside 0–100', () => {
    expect(
      problems({ gradeScale: [{ min: 0 }, { min: 120, zone: 'hijau' }, { min: '50', zone: 'kuning' }], records }),
    ).toEqual([
      { place: FILE, field: 'gradeScale.0.zone', code: 'required' },
      { place: FILE, field: 'gradeScale.1.min', code: 'outOfRange', params: { value: 120, min: 0, max: 100 } },
      { place: FILE, field: 'gradeScale.2.min', code: 'notNumber', params: { value: '50' } },
    ]);
  });

  it('refuses two bands with the same min', () => {
    expect(problems({ gradeScale: [...zoneOnly, { min: 51, zone: 'merah' }], records })).toEqual([
      {
        place: FILE,
        field: 'gradeScale.3.min',
        code: 'badGradeScale',
        params: { reason: 'duplicateMin', min: 51, first: 2 },
      },
    ]);
  });

  it('needs a band starting at 0', () => {
    const noZeroBand = { place: FILE, field: 'gradeScale', code: 'badGradeScale', params: { reason: 'noZeroBand' } };
    expect(problems({ gradeScale: [{ min: 10, zone: 'merah' }], records })).toEqual([noZeroBand]);
    expect(problems({ gradeScale: [], records })).toEqual([noZeroBand]);
  });
});

describe('validateDataset: many problems', () => {
  it(`lists the first ${MAX_PROBLEMS} and counts the rest`, () => {
    const result = problems({ records: Array.from({ length: 250 }, () => rawRecord({ year: 'x' })) });
    expect(result).toHaveLength(MAX_PROBLEMS + 1);
    expect(result[MAX_PROBLEMS - 1]).toEqual({
      place: { kind: 'record', index: MAX_PROBLEMS - 1 },
      field: 'year',
      code: 'notNumber',
      params: { value: 'x' },
    });
    expect(result[MAX_PROBLEMS]).toEqual({ place: FILE, code: 'invalid', params: { more: 50 } });
  });

  it(`does not cap at exactly ${MAX_PROBLEMS}`, () => {
    const result = problems({ records: Array.from({ length: MAX_PROBLEMS }, () => rawRecord({ year: 'x' })) });
    expect(result).toHaveLength(MAX_PROBLEMS);
    expect(result.some((p) => p.code === 'invalid')).toBe(false);
  });

  it('handles a large dataset quickly', () => {
    const raw = Array.from({ length: 10_000 }, (_, i) => rawRecord({ unit: `U${i}`, dimensions: { input: 80 } }));
    const started = performance.now();
    expect(loaded(raw).dataset.records).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('validateDataset: hostile input', () => {
  function deeplyNested(depth: number): unknown {
    let value: unknown = [];
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  }
  const throwingGetter = Object.defineProperty({}, 'records', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  const throwingProxy = new Proxy(
    {},
    {
      get() {
        throw new Error('boom');
      },
      ownKeys() {
        throw new Error('boom');
      },
    },
  );
  const weird: unknown[] = [
    undefined,
    null,
    0,
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    'x'.repeat(100_000),
    true,
    10n,
    Symbol('s'),
    () => 1,
    [],
    [null],
    [[]],
    [undefined],
    [Number.NaN],
    {},
    { records: {} },
    { records: [{}] },
    { records: [{ dimensions: 'x' }] },
    { records: [rawRecord({ dimensions: { input: { valueOf: () => 50 } } })] },
    { records: [rawRecord({ year: Number.MAX_VALUE, total: Number.MIN_VALUE, unit: 'x'.repeat(10_000) })] },
    { records: [rawRecord({ source: [] })], institutions: [null, 1, 'x', []], dimensions: [null, [], 1] },
    { records: [rawRecord()], gradeScale: [null, 'A', { min: Number.NaN }] },
    deeplyNested(100_000),
    { records: deeplyNested(50_000) },
    { records: [rawRecord({ dimensions: deeplyNested(50_000) })] },
    new Date(0),
    new Map([['records', []]]),
    Object.create(null),
    Object.create({ records: [rawRecord()] }),
    throwingGetter,
    throwingProxy,
    JSON.parse('{"__proto__": {"records": []}, "records": [{"__proto__": {"year": 2024}}]}'),
  ];

  it.each(weird.map((value, i) => [i, value]))('never throws (case %i)', (_i, value) => {
    const result = validateDataset(value);
    if (result.ok) expect(result.dataset.records.length + result.dataset.institutions.length).toBeGreaterThan(0);
    else expect(result.problems.length).toBeGreaterThan(0);
  });

  it('reports a thrown getter as an invalid file', () => {
    expect(problems(throwingGetter)).toEqual([{ place: FILE, code: 'invalid' }]);
    expect(problems(throwingProxy)).toEqual([{ place: FILE, code: 'invalid' }]);
  });

  it('treats a __proto__ dimension key as unknown data and pollutes nothing', () => {
    const raw: unknown = JSON.parse(
      '{"__proto__": {"polluted": 1}, "records": [{"year": 2024, "institution": "A", "unit": "B", "total": 90,' +
        ' "dimensions": {"__proto__": {"polluted": 1}, "input": 80}}]}',
    );
    expect(problems(raw)).toEqual([
      { place: record0, field: 'dimensions.__proto__', code: 'unknownDimension', params: { key: '__proto__' } },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores a __proto__ key at the top level and in records', () => {
    const raw: unknown = JSON.parse(
      '{"__proto__": {"title": "x"}, "records": [{"__proto__": {"x": 1}, "year": 2024, "institution": "A", "unit": "B", "total": 90}]}',
    );
    const { dataset } = loaded(raw);
    expect(dataset.title).toBeUndefined();
    expect(Object.keys(dataset.records[0] ?? {})).not.toContain('__proto__');
    expect(Object.getPrototypeOf(dataset.records[0])).toBe(Object.prototype);
  });

  it('reports the holes of a sparse list instead of skipping them', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse: unknown[] = [rawRecord(), , rawRecord({ unit: 'B' })];
    expect(problems({ records: sparse })).toEqual([
      { place: { kind: 'record', index: 1 }, code: 'wrongShape', params: { expected: 'object' } },
    ]);
    expect(problems(new Array(1))).toEqual([{ place: record0, code: 'wrongShape', params: { expected: 'object' } }]);
    // eslint-disable-next-line no-sparse-arrays
    expect(problems({ records: [rawRecord()], institutions: [, { year: 2024, name: BATANG }] })).toEqual([
      { place: { kind: 'institution', index: 0 }, code: 'wrongShape', params: { expected: 'object' } },
    ]);
  });

  it('reads -0 as 0, so no score or weight is shown as "-0,00"', () => {
    const raw: unknown = JSON.parse(
      '{"dimensions": [{"key": "a", "weight": -0}, {"key": "b", "weight": 1}], "gradeScale": [{"min": -0, "zone": "merah"}],' +
        ' "institutions": [{"year": 2024, "name": "A", "score": -0}],' +
        ' "records": [{"year": 2024, "institution": "A", "unit": "B", "total": -0, "dimensions": {"a": -0, "b": -0}}]}',
    );
    const { dataset } = loaded(raw);
    const zeros = [
      dataset.dimensions[0]?.weight,
      dataset.gradeScale?.[0]?.min,
      dataset.institutions[0]?.score,
      dataset.records[0]?.total,
      dataset.records[0]?.dimensions.a,
      dataset.records[0]?.dimensions.b,
    ];
    expect(zeros.map((z) => Object.is(z, 0))).toEqual([true, true, true, true, true, true]);
  });

  it('does not read records from a prototype', () => {
    expect(problems(Object.create({ records: [rawRecord()] }))).toEqual([
      { place: FILE, field: 'records', code: 'noRecords' },
    ]);
  });
});

// Moved from the deleted fast-validate.test.ts: cases nothing else here covered.
describe('validateDataset: input shaped unlike plain JSON, addresses, a national file', () => {
  it('reads a record given as a class instance by its own fields, and ignores inherited dimension keys', () => {
    class Row {
      year = 2024;
      institution = BATANG;
      unit = 'Dinas Sosial';
      total = 95.07;
    }
    expect(loaded({ records: [new Row()] }).dataset.records[0]).toMatchObject({ unit: 'Dinas Sosial', total: 95.07 });
    const inherited = Object.create({ proses: 80 }) as Record<string, unknown>;
    inherited.input = 90;
    expect(loaded({ records: [rawRecord({ dimensions: inherited })] }).dataset.records[0]?.dimensions).toMatchObject({
      input: 90,
      proses: null,
    });
  });

  it('drops tabs and line breaks inside an address, as the URL parser does', () => {
    const raw = { source: { url: ' https://exa\tmple.com/a\nb ' }, records: [rawRecord()] };
    expect(loaded(raw).dataset.source).toEqual({ url: 'https://example.com/ab' });
  });

  it('reads a national-size file', () => {
    const raw: unknown = JSON.parse(generatedJson(generateNational({ scale: 0.5 })));
    expect(loaded(raw).dataset.records.length).toBeGreaterThan(5000);
  });
});
