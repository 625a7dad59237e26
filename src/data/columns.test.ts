import { describe, expect, it } from 'vitest';
import type { ValidationResult } from '../domain/model';
import type { ColumnMap } from './columns';
import { isBlankCell, mapColumns, normaliseHeader, parseFlagCell, parseNumberCell, relocateResult } from './columns';

function columnMap(headers: string[]): ColumnMap {
  const mapped = mapColumns(headers);
  if (!mapped.ok) throw new Error(`unexpected problems: ${JSON.stringify(mapped.problems)}`);
  return mapped.map;
}

function targets(headers: string[]): Record<string, string> {
  return Object.fromEntries(
    columnMap(headers).columns.map((c) => [
      c.header,
      c.target.kind === 'field' ? c.target.field : `dim:${c.target.key}`,
    ]),
  );
}

describe('normaliseHeader', () => {
  it('ignores case, spaces, underscores and punctuation', () => {
    expect(normaliseHeader(' Unit_Layanan ')).toBe('unitlayanan');
    expect(normaliseHeader('Nama-Instansi.')).toBe('namainstansi');
    expect(normaliseHeader('No.')).toBe('no');
    expect(normaliseHeader('#')).toBe('');
  });
});

describe('mapColumns', () => {
  it('maps Indonesian headers of an Excel sheet', () => {
    expect(
      targets([
        'No',
        'Tahun',
        'Instansi',
        'Unit Layanan',
        'Singkatan',
        'Jenis',
        'Nilai',
        'Input',
        'Proses',
        'Output',
        'Pengaduan',
      ]),
    ).toEqual({
      Tahun: 'year',
      Instansi: 'institution',
      'Unit Layanan': 'unit',
      Singkatan: 'unitShort',
      Jenis: 'unitType',
      Nilai: 'total',
      Input: 'dim:input',
      Proses: 'dim:proses',
      Output: 'dim:output',
      Pengaduan: 'dim:pengaduan',
    });
  });

  it('maps English headers, including English dimension names', () => {
    expect(
      targets([
        'year',
        'institution',
        'unit',
        'unit_short',
        'unit type',
        'score',
        'input',
        'process',
        'output',
        'complaints',
        'illustrative',
      ]),
    ).toEqual({
      year: 'year',
      institution: 'institution',
      unit: 'unit',
      unit_short: 'unitShort',
      'unit type': 'unitType',
      score: 'total',
      input: 'dim:input',
      process: 'dim:proses',
      output: 'dim:output',
      complaints: 'dim:pengaduan',
      illustrative: 'illustrative',
    });
  });

  it('accepts the other spellings and a "Dimensi" prefix', () => {
    expect(targets(['TAHUN', 'Nama Instansi', 'UPP', 'Skor Total', 'Dimensi Proses', 'Ilustratif'])).toEqual({
      TAHUN: 'year',
      'Nama Instansi': 'institution',
      UPP: 'unit',
      'Skor Total': 'total',
      'Dimensi Proses': 'dim:proses',
      Ilustratif: 'illustrative',
    });
  });

  it('ignores numbering and unknown columns, and keeps the first of two columns for one field', () => {
    const map = columnMap(['#', 'No', 'Nomor', 'Tahun', 'Pemda', 'Unit', 'Skor', 'Nilai', 'Keterangan']);
    expect(map.columns.map((c) => [c.index, c.header])).toEqual([
      [3, 'Tahun'],
      [4, 'Pemda'],
      [5, 'Unit'],
      [6, 'Skor'],
    ]);
    expect(map.headerByField.get('total')).toBe('Skor');
  });

  it('knows each dimension column by its validator field name', () => {
    const map = columnMap(['Tahun', 'Instansi', 'Unit', 'Pengaduan']);
    expect(map.headerByField.get('dimensions.pengaduan')).toBe('Pengaduan');
  });

  it('reports each missing required column with the headers found', () => {
    const mapped = mapColumns(['Tahun', 'Nilai', 'Catatan']);
    expect(mapped).toEqual({
      ok: false,
      problems: [
        {
          place: { kind: 'file' },
          code: 'missingColumn',
          params: { column: 'institution', found: 'Tahun, Nilai, Catatan' },
        },
        { place: { kind: 'file' }, code: 'missingColumn', params: { column: 'unit', found: 'Tahun, Nilai, Catatan' } },
      ],
    });
  });

  it('cuts the headers found to 200 characters: a one-line or binary file has no header worth listing', () => {
    const mapped = mapColumns(['x'.repeat(5_000)]);
    if (mapped.ok) throw new Error('expected problems');
    const found = mapped.problems.map((p) => p.params?.found);
    expect(found).toEqual(Array.from({ length: 4 }, () => `${'x'.repeat(200)}…`));
    const long = mapColumns(['Tahun', 'y'.repeat(300)]);
    expect(long.ok ? [] : long.problems.map((p) => [p.params?.column, p.params?.found])).toEqual(
      ['institution', 'unit', 'total'].map((column) => [column, `Tahun, ${'y'.repeat(193)}…`]),
    );
  });

  it('needs a total or at least one dimension column', () => {
    expect(mapColumns(['Tahun', 'Instansi', 'Unit'])).toMatchObject({
      ok: false,
      problems: [{ code: 'missingColumn', params: { column: 'total' } }],
    });
    expect(mapColumns(['Tahun', 'Instansi', 'Unit', 'Output']).ok).toBe(true);
  });
});

describe('mapColumns: the columns of a published result', () => {
  it('maps the Indonesian headers in any order', () => {
    expect(
      targets([
        'Zona',
        'Dinilai',
        'Tingkat Kepatuhan',
        'Kepatuhan Produk Pengawasan',
        'Kepercayaan Masyarakat',
        'Tanpa Maladministrasi',
        'Kualitas',
        'Opini',
        'Nilai Huruf',
        'Nilai',
        'Unit',
        'Instansi',
        'Tahun',
      ]),
    ).toEqual({
      Zona: 'zone',
      Dinilai: 'assessed',
      'Tingkat Kepatuhan': 'compliance',
      'Kepatuhan Produk Pengawasan': 'supervisionCompliance',
      'Kepercayaan Masyarakat': 'publicTrust',
      'Tanpa Maladministrasi': 'tanpaMaladministrasi',
      Kualitas: 'quality',
      Opini: 'opinion',
      'Nilai Huruf': 'grade',
      Nilai: 'total',
      Unit: 'unit',
      Instansi: 'institution',
      Tahun: 'year',
    });
  });

  it('maps the English headers', () => {
    expect(
      targets([
        'Year',
        'Institution',
        'Unit',
        'Score',
        'Opinion',
        'Quality',
        'Without maladministration',
        'Public trust',
        'Supervision compliance',
        'Compliance',
        'Assessed',
        'Zone',
        'Grade',
      ]),
    ).toMatchObject({
      Opinion: 'opinion',
      Quality: 'quality',
      'Without maladministration': 'tanpaMaladministrasi',
      'Public trust': 'publicTrust',
      'Supervision compliance': 'supervisionCompliance',
      Compliance: 'compliance',
      Assessed: 'assessed',
      Zone: 'zone',
      Grade: 'grade',
    });
    expect(targets(['Tahun', 'Instansi', 'Unit', 'Nilai', 'Kepercayaan'])).toMatchObject({
      Kepercayaan: 'publicTrust',
    });
  });

  it('leaves "Kepatuhan" alone unmapped: in a 2022–2024 sheet it names the score, not a compliance level', () => {
    expect(targets(['Tahun', 'Instansi', 'Unit', 'Nilai', 'Kepatuhan'])).not.toHaveProperty('Kepatuhan');
  });

  it("knows the entity result's own field names for the entity and score columns", () => {
    const map = columnMap(['Tahun', 'Pemda', 'Unit', 'Skor', 'Opini']);
    expect(map.headerByField.get('name')).toBe('Pemda');
    expect(map.headerByField.get('score')).toBe('Skor');
    expect(map.headerByField.get('opinion')).toBe('Opini');
  });

  it('accepts opinions without a score column: entity results may be opinions only', () => {
    expect(mapColumns(['Tahun', 'Instansi', 'Unit', 'Opini']).ok).toBe(true);
    expect(mapColumns(['Tahun', 'Instansi', 'Unit', 'Kualitas'])).toMatchObject({
      ok: false,
      problems: [{ code: 'missingColumn', params: { column: 'total' } }],
    });
  });
});

describe('isBlankCell', () => {
  it('takes empty cells and dashes for nothing, anything else for a value', () => {
    for (const cell of ['', ' ', '-', ' – ', '—', null, undefined]) expect(isBlankCell(cell)).toBe(true);
    for (const cell of ['Dinas Sosial', '0', 0, false]) expect(isBlankCell(cell)).toBe(false);
  });
});

describe('parseNumberCell', () => {
  it('reads decimal commas and points, with spaces around', () => {
    expect(parseNumberCell('93,74')).toBe(93.74);
    expect(parseNumberCell('93.74')).toBe(93.74);
    expect(parseNumberCell(' 93,74 ')).toBe(93.74);
    expect(parseNumberCell('\u00a090,9\u00a0')).toBe(90.9);
    expect(parseNumberCell('100')).toBe(100);
    expect(parseNumberCell('2024')).toBe(2024);
    expect(parseNumberCell(',5')).toBe(0.5);
    expect(parseNumberCell('-3')).toBe(-3);
  });

  it('reads empty cells and dashes as unknown', () => {
    for (const cell of ['', '  ', '-', '—', '–', null, undefined]) expect(parseNumberCell(cell)).toBeNull();
  });

  it('keeps text as it is so the validator can name it', () => {
    expect(parseNumberCell('delapan puluh')).toBe('delapan puluh');
    expect(parseNumberCell('1.234,5')).toBe('1.234,5');
    expect(parseNumberCell('93,74%')).toBe('93,74%');
  });

  it('passes numbers (CKAN) through', () => {
    expect(parseNumberCell(95.07)).toBe(95.07);
  });
});

describe('parseFlagCell', () => {
  it('reads Indonesian and English yes/no words', () => {
    expect(['ya', 'Ya', 'TRUE', '1', 'yes'].map(parseFlagCell)).toEqual([true, true, true, true, true]);
    expect(['tidak', 'false', '0', 'No'].map(parseFlagCell)).toEqual([false, false, false, false]);
    expect(parseFlagCell(' ')).toBeNull();
    expect(parseFlagCell('-')).toBeNull();
    expect(parseFlagCell('mungkin')).toBe('mungkin');
    expect(parseFlagCell(true)).toBe(true);
  });
});

describe('relocateResult', () => {
  const map = columnMap(['Tahun', 'Instansi', 'Unit Layanan', 'Nilai', 'Input']);
  const places = {
    record: (index: number) => ({ kind: 'row', row: index + 5 }) as const,
    institution: (index: number) => ({ kind: 'row', row: index + 100 }) as const,
  };

  it('moves record places to rows and fields to headers', () => {
    const result: ValidationResult = {
      ok: false,
      problems: [
        { place: { kind: 'record', index: 0 }, field: 'total', code: 'notNumber', params: { value: 'x' } },
        { place: { kind: 'record', index: 2 }, field: 'dimensions.input', code: 'outOfRange' },
        { place: { kind: 'file' }, field: 'records', code: 'noRecords' },
      ],
    };
    expect(relocateResult(result, places, map)).toEqual({
      ok: false,
      problems: [
        { place: { kind: 'row', row: 5 }, field: 'Nilai', code: 'notNumber', params: { value: 'x' } },
        { place: { kind: 'row', row: 7 }, field: 'Input', code: 'outOfRange' },
        { place: { kind: 'file' }, field: 'records', code: 'noRecords' },
      ],
    });
  });

  it('points a duplicate warning at the row of the first record', () => {
    const result: ValidationResult = {
      ok: true,
      dataset: { dimensions: [], institutions: [], records: [] },
      warnings: [
        {
          place: { kind: 'record', index: 3 },
          field: 'unit',
          code: 'duplicateUnit',
          params: { unit: 'Dinsos', first: 1 },
        },
      ],
    };
    expect(relocateResult(result, places, map)).toMatchObject({
      warnings: [{ place: { kind: 'row', row: 8 }, field: 'Unit Layanan', params: { unit: 'Dinsos', first: 6 } }],
    });
  });

  it("moves an entity result's places to its row, and its own field names to the headers", () => {
    const result: ValidationResult = {
      ok: false,
      problems: [
        { place: { kind: 'institution', index: 1 }, field: 'score', code: 'outOfRange' },
        { place: { kind: 'institution', index: 0 }, field: 'name', code: 'required' },
        { place: { kind: 'institution', index: 0 }, field: 'opinion', code: 'unknownOpinion' },
      ],
    };
    expect(relocateResult(result, places, map)).toEqual({
      ok: false,
      problems: [
        { place: { kind: 'row', row: 101 }, field: 'Nilai', code: 'outOfRange' },
        { place: { kind: 'row', row: 100 }, field: 'Instansi', code: 'required' },
        // A field without a column keeps its name.
        { place: { kind: 'row', row: 100 }, field: 'opinion', code: 'unknownOpinion' },
      ],
    });
  });
});
