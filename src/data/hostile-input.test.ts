// Bad input through the whole reading path (bytes → text → JSON or CSV → dataset), each case with
// the exact problems a person is shown. The committed hostile files are checked in
// scripts/gen-hostile.test.ts; these are the cases made in memory.
import { describe, expect, it } from 'vitest';
import type { Dataset, Problem, ValidationResult } from '../domain/model';
import { readInput } from './read-input';

const FILE = { kind: 'file' } as const;
const record = (index: number) => ({ kind: 'record', index }) as const;
const row = (n: number) => ({ kind: 'row', row: n }) as const;
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function read(text: string | Uint8Array, name: string): ValidationResult {
  return readInput({ bytes: typeof text === 'string' ? utf8(text) : text, name });
}

function problems(result: ValidationResult): Problem[] {
  if (result.ok) throw new Error('expected problems, got a dataset');
  return result.problems;
}

function dataset(result: ValidationResult): Dataset {
  if (!result.ok) throw new Error(`expected a dataset, got ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

/** A JSON file of one record with the given fields over a valid one. */
function oneRecordJson(fields: Record<string, string>): string {
  const base: Record<string, string> = { year: '2024', institution: '"A"', unit: '"B"', total: '90', ...fields };
  return `{"records": [{${Object.entries(base)
    .map(([k, v]) => `"${k}": ${v}`)
    .join(', ')}}]}`;
}

describe('readInput: JSON of the wrong shape', () => {
  it.each([
    ['a number', '42', [{ place: FILE, code: 'wrongShape', params: { value: 42, expected: 'object' } }]],
    ['a string', '"records"', [{ place: FILE, code: 'wrongShape', params: { value: 'records', expected: 'object' } }]],
    ['null', 'null', [{ place: FILE, code: 'wrongShape', params: { value: 'null', expected: 'object' } }]],
    ['true', 'true', [{ place: FILE, code: 'wrongShape', params: { value: 'true', expected: 'object' } }]],
    ['an object without records', '{"title": "x", "data": []}', [{ place: FILE, field: 'records', code: 'noRecords' }]],
    [
      'records that are an object',
      '{"records": {"year": 2024}}',
      [{ place: FILE, field: 'records', code: 'wrongShape', params: { value: 'object', expected: 'array' } }],
    ],
    [
      'records that are text',
      '{"records": "none"}',
      [{ place: FILE, field: 'records', code: 'wrongShape', params: { value: 'none', expected: 'array' } }],
    ],
    ['an empty list', '[]', [{ place: FILE, field: 'records', code: 'noRecords' }]],
    [
      'a list of numbers',
      '[1, 2]',
      [
        { place: record(0), code: 'wrongShape', params: { value: 1, expected: 'object' } },
        { place: record(1), code: 'wrongShape', params: { value: 2, expected: 'object' } },
      ],
    ],
  ])('refuses %s', (_what, text, expected) => {
    expect(problems(read(text, 'data.json'))).toEqual(expected);
  });
});

describe('readInput: numbers JSON cannot hold', () => {
  it.each([
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['-Infinity', '-Infinity'],
  ])('refuses the bare literal %s as broken JSON, with its line', (literal) => {
    const text = `{"records": [\n  {"year": 2024, "institution": "A", "unit": "B", "total": ${literal}}\n]}`;
    expect(problems(read(text, 'data.json'))).toMatchObject([{ place: FILE, code: 'notJson', params: { line: 2 } }]);
  });

  it.each([
    ['"NaN"', 'NaN'],
    ['"Infinity"', 'Infinity'],
    ['1e999', 'Infinity'],
    ['-1e999', '-Infinity'],
    ['"93,74"', '93,74'],
  ])('refuses %s as a total: not a number', (literal, value) => {
    expect(problems(read(oneRecordJson({ total: literal }), 'data.json'))).toEqual([
      { place: record(0), field: 'total', code: 'notNumber', params: { value } },
    ]);
  });

  it.each([
    ['-5', -5],
    ['-0.01', -0.01],
    ['100.01', 100.01],
    ['1e3', 1000],
  ])('refuses %s as a total: outside 0–100', (literal, value) => {
    expect(problems(read(oneRecordJson({ total: literal }), 'data.json'))).toEqual([
      { place: record(0), field: 'total', code: 'outOfRange', params: { value, min: 0, max: 100 } },
    ]);
  });

  it('accepts 1e-400 (read as 0) and 1E1 (10): JSON number syntax, in range', () => {
    const totals = ['1e-400', '1E1'].map((t) => dataset(read(oneRecordJson({ total: t }), 'data.json')).records[0]);
    expect(totals.map((r) => r?.total)).toEqual([0, 10]);
  });
});

describe('readInput: years', () => {
  it.each([
    ['1999', { code: 'yearOutOfRange', params: { value: 1999, min: 2000, max: 2100 } }],
    ['2101', { code: 'yearOutOfRange', params: { value: 2101, min: 2000, max: 2100 } }],
    ['2024.5', { code: 'yearOutOfRange', params: { value: 2024.5, min: 2000, max: 2100 } }],
    ['"2024"', { code: 'notNumber', params: { value: '2024' } }],
    ['1e999', { code: 'notNumber', params: { value: 'Infinity' } }],
  ])('refuses the JSON year %s', (literal, expected) => {
    expect(problems(read(oneRecordJson({ year: literal }), 'data.json'))).toEqual([
      { place: record(0), field: 'year', ...expected },
    ]);
  });

  it('reads a CSV year written as text, since every CSV cell is text', () => {
    expect(dataset(read('Tahun;Instansi;Unit;Nilai\n2024;A;B;90\n', 'data.csv')).records[0]?.year).toBe(2024);
  });
});

describe('readInput: CSV structure', () => {
  it('refuses a CSV whose first line is data, not a header, listing what it found', () => {
    const found = '2024, Kabupaten Batang, Dinas Sosial, 95,07';
    expect(problems(read('2024;Kabupaten Batang;Dinas Sosial;95,07\n2024;A;B;90\n', 'data.csv'))).toEqual(
      ['year', 'institution', 'unit', 'total'].map((column) => ({
        place: FILE,
        code: 'missingColumn',
        params: { column, found },
      })),
    );
  });

  it('refuses thousands of columns by count, before mapping them', () => {
    const header = ['Tahun', 'Instansi', 'Unit', 'Nilai', ...Array.from({ length: 4996 }, (_, i) => `K${i}`)];
    expect(problems(read(`${header.join(',')}\n2024,A,B,90\n`, 'wide.csv'))).toEqual([
      { place: FILE, code: 'tooManyColumns', params: { count: 5000, max: 200 } },
    ]);
  });

  it('counts the "sep=" line after a UTF-8 byte order mark in row numbers', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8('sep=;\r\nTahun;Instansi;Unit;Nilai\r\n2024;A;B;90\r\n2024;A;C;x\r\n'),
    ]);
    expect(problems(read(bytes, 'data.csv'))).toEqual([
      { place: row(4), field: 'Nilai', code: 'notNumber', params: { value: 'x' } },
    ]);
  });
});

describe('readInput: encodings and file types', () => {
  it('reads UTF-16 big endian with its byte order mark', () => {
    const text = 'Tahun\tInstansi\tUnit\tNilai\r\n2024\tA\tCafé – Unit\t91,5\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xfe, 0xff]);
    [...text].forEach((c, i) => bytes.set([c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff], 2 + i * 2));
    expect(dataset(read(bytes, 'data.txt')).records[0]).toMatchObject({ unit: 'Café – Unit', total: 91.5 });
  });

  it('refuses UTF-16 without a byte order mark as binary rather than misreading it', () => {
    const bytes = Uint8Array.from([...'Tahun;Nilai\r\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(problems(read(bytes, 'data.csv'))).toEqual([{ place: FILE, code: 'binary' }]);
  });

  it('reads a Windows-1252 JSON file: en dash 0x96 and é 0xE9', () => {
    const text = '[{"year": 2024, "institution": "Caf\u00e9", "unit": "Pelayanan \u2013 Unit", "total": 90}]';
    const bytes = Uint8Array.from(text, (c) => (c === '\u2013' ? 0x96 : c.charCodeAt(0)));
    expect(bytes).toContain(0xe9);
    expect(dataset(read(bytes, 'data.json')).records[0]).toMatchObject({
      institution: 'Café',
      unit: 'Pelayanan – Unit',
    });
  });

  it('names an Excel workbook whatever the file is called', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]);
    expect(problems(read(xlsx, 'nilai.csv'))).toEqual([{ place: FILE, code: 'xlsx' }]);
    expect(problems(read(xls, 'nilai.csv'))).toEqual([{ place: FILE, code: 'xlsx', params: { format: 'xls' } }]);
  });
});

describe('readInput: names carrying markup stay text', () => {
  const IMG = '<img src=x onerror=alert(1)>';
  const SCRIPT = '<script>alert(1)</script>';

  it('keeps HTML and formulas in CSV names verbatim, quotes unescaped as the CSV means them', () => {
    const text = [
      'Tahun;Instansi;Unit;Singkatan;Nilai',
      `2024;${IMG};"<img src=x onerror=""alert(1)"">";${SCRIPT};90`,
      `2024;${IMG};=HYPERLINK("x");@SUM(1+1);91`,
    ].join('\n');
    expect(dataset(read(text, 'data.csv')).records.map((r) => [r.institution, r.unit, r.unitShort])).toEqual([
      [IMG, '<img src=x onerror="alert(1)">', SCRIPT],
      [IMG, '=HYPERLINK("x")', '@SUM(1+1)'],
    ]);
  });

  it('keeps markup in a problem parameter as raw text for the UI to escape', () => {
    expect(problems(read(oneRecordJson({ total: JSON.stringify(SCRIPT) }), 'data.json'))).toEqual([
      { place: record(0), field: 'total', code: 'notNumber', params: { value: SCRIPT } },
    ]);
  });
});
