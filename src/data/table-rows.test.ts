import { describe, expect, it } from 'vitest';
import type { ColumnMap } from './columns';
import { mapColumns } from './columns';
import { addRow, emptyTableItems, rowToRawItem, validateTable } from './table-rows';

function columnMap(headers: string[]): ColumnMap {
  const mapped = mapColumns(headers);
  if (!mapped.ok) throw new Error(`unexpected problems: ${JSON.stringify(mapped.problems)}`);
  return mapped.map;
}

const PLACE = { kind: 'row', row: 4 } as const;

function read(headers: string[], cells: unknown[]) {
  return rowToRawItem((c) => cells[c.index], columnMap(headers), PLACE);
}

const RESULT_HEADERS = ['Tahun', 'Instansi', 'Unit', 'Nilai', 'Kualitas', 'Opini', 'Tanpa Maladministrasi', 'Zona'];

describe('rowToRawItem: a unit row', () => {
  it('builds the raw record the validator reads', () => {
    const headers = ['No', 'Tahun', 'Instansi', 'Unit', 'Singkatan', 'Nilai', 'Input', 'Proses', 'Ilustratif'];
    const cells = ['1', '2024', ' Kabupaten Batang ', 'Dinas Sosial', '', '95,07', '-', 'x', 'ya'];
    expect(read(headers, cells)).toEqual({
      kind: 'record',
      item: {
        year: 2024,
        institution: 'Kabupaten Batang',
        unit: 'Dinas Sosial',
        total: 95.07,
        dimensions: { input: null, proses: 'x' },
        illustrative: true,
      },
      problems: [],
    });
  });

  it('leaves out dimensions when the table has no dimension column, and keeps an empty total as unknown', () => {
    expect(read(['Tahun', 'Instansi', 'Unit', 'Nilai'], ['2024', 'A', 'B', '']).item).toEqual({
      year: 2024,
      institution: 'A',
      unit: 'B',
      total: null,
    });
  });

  it('carries the quality word, the compliance level and the parts of the score', () => {
    const headers = [
      'Tahun',
      'Instansi',
      'Unit',
      'Nilai',
      'Kualitas',
      'Tingkat Kepatuhan',
      'Kepercayaan',
      'Kepatuhan Produk Pengawasan',
    ];
    const cells = ['2025', 'Kota Depok', 'Dinas Sosial', '87,29', 'Baik', 'Tingkat Kepatuhan Tinggi', '80,5', ''];
    expect(read(headers, cells)).toEqual({
      kind: 'record',
      item: {
        year: 2025,
        institution: 'Kota Depok',
        unit: 'Dinas Sosial',
        total: 87.29,
        quality: 'Baik',
        compliance: 'Tingkat Kepatuhan Tinggi',
        publicTrust: 80.5,
      },
      problems: [],
    });
  });

  it("refuses an opinion and a Tanpa Maladministrasi flag on a 2025 unit's row, naming the header and the value", () => {
    const row = read(RESULT_HEADERS, ['2025', 'Kota Depok', 'RSUD KiSA', '90,22', '', 'Kualitas Tertinggi', 'Ya', '']);
    expect(row.kind).toBe('record');
    expect(row.item).not.toHaveProperty('opinion');
    expect(row.problems).toEqual([
      {
        place: PLACE,
        field: 'Opini',
        code: 'opinionOnUnitRow',
        params: { value: 'Kualitas Tertinggi', unit: 'RSUD KiSA', unitColumn: 'Unit' },
      },
      {
        place: PLACE,
        field: 'Tanpa Maladministrasi',
        code: 'opinionOnUnitRow',
        params: { value: 'Ya', unit: 'RSUD KiSA', unitColumn: 'Unit' },
      },
    ]);
  });

  it('leaves aside the "opini" (letter grade) of a 2024 unit and its grade, as before: they are derived from the score', () => {
    const headers = ['Tahun', 'Instansi', 'Unit', 'Nilai', 'Opini', 'Zona', 'Nilai Huruf', 'Dinilai'];
    const row = read(headers, ['2024', 'Kabupaten Batang', 'Dinsos', '95,07', 'A', 'Hijau', 'A', 'Ya']);
    // The zone goes on to the validator, which leaves it aside up to 2024 and from 2025 says it is not shown.
    expect(row).toEqual({
      kind: 'record',
      item: { year: 2024, institution: 'Kabupaten Batang', unit: 'Dinsos', total: 95.07, zone: 'Hijau' },
      problems: [],
    });
  });
});

describe("rowToRawItem: the entity's own row (unit cell empty)", () => {
  it('gives the reported score, opinion, Tanpa Maladministrasi and zone under the validator’s names', () => {
    const row = read(RESULT_HEADERS, ['2025', 'Provinsi DI Yogyakarta', '', '86,00', '', 'Kualitas Tinggi', 'Ya', '']);
    expect(row).toEqual({
      kind: 'institution',
      item: {
        year: 2025,
        name: 'Provinsi DI Yogyakarta',
        score: 86,
        opinion: 'Kualitas Tinggi',
        tanpaMaladministrasi: true,
      },
      problems: [],
    });
  });

  it('reads a dash in the unit cell as empty, and Tidak, Dinilai and the score parts', () => {
    const headers = ['Tahun', 'Instansi', 'Unit', 'Nilai', 'Tanpa Maladministrasi', 'Dinilai', 'Kepercayaan', 'Grade'];
    expect(read(headers, ['2025', 'Kota A', '-', '70', 'Tidak', 'ya', '71,5', '']).item).toEqual({
      year: 2025,
      name: 'Kota A',
      score: 70,
      tanpaMaladministrasi: false,
      assessed: true,
      publicTrust: 71.5,
    });
    expect(read(headers, ['2025', 'Kota B', '', '', '', 'Tidak', '', '']).item).toEqual({
      year: 2025,
      name: 'Kota B',
      score: null,
      assessed: false,
    });
  });

  it('reads a letter grade in the opinion column of a 2022–2024 entity as its reported grade', () => {
    expect(
      read(['Tahun', 'Instansi', 'Unit', 'Nilai', 'Opini'], ['2024', 'Kabupaten Batang', '', '93,74', 'a']).item,
    ).toEqual({
      year: 2024,
      name: 'Kabupaten Batang',
      score: 93.74,
      grade: 'A',
    });
    // From 2025 there is no letter grade: "A" stays an opinion, which the validator refuses.
    expect(read(['Tahun', 'Instansi', 'Unit', 'Nilai', 'Opini'], ['2025', 'Kota A', '', '90', 'A']).item).toMatchObject(
      {
        opinion: 'A',
      },
    );
  });

  it("refuses a unit's quality word, short name and dimension scores: the unit's name was probably left out", () => {
    const headers = [
      'Tahun',
      'Instansi',
      'Unit Layanan',
      'Singkatan',
      'Nilai',
      'Kualitas',
      'Tingkat Kepatuhan',
      'Input',
    ];
    const row = read(headers, ['2025', 'Kota Depok', '', 'Dinsos', '87,29', 'Baik', 'Tinggi', '80']);
    expect(row.kind).toBe('institution');
    expect(row.item).toEqual({ year: 2025, name: 'Kota Depok', score: 87.29 });
    expect(row.problems.map((p) => [p.field, p.code, p.params])).toEqual([
      [
        'Singkatan',
        'unitFieldOnEntityRow',
        { value: 'Dinsos', name: 'Kota Depok', what: 'unit', unitColumn: 'Unit Layanan' },
      ],
      [
        'Kualitas',
        'unitFieldOnEntityRow',
        { value: 'Baik', name: 'Kota Depok', what: 'quality', unitColumn: 'Unit Layanan' },
      ],
      [
        'Tingkat Kepatuhan',
        'unitFieldOnEntityRow',
        { value: 'Tinggi', name: 'Kota Depok', what: 'compliance', unitColumn: 'Unit Layanan' },
      ],
      ['Input', 'unitFieldOnEntityRow', { value: '80', name: 'Kota Depok', what: 'unit', unitColumn: 'Unit Layanan' }],
    ]);
  });

  it('reads CKAN values (numbers, booleans, null) like cells', () => {
    const headers = ['Tahun', 'Instansi', 'Unit', 'Nilai', 'Tanpa Maladministrasi'];
    expect(read(headers, [2025, 'Kota A', null, 88.5, true]).item).toEqual({
      year: 2025,
      name: 'Kota A',
      score: 88.5,
      tanpaMaladministrasi: true,
    });
  });
});

describe('validateTable', () => {
  const headers = ['Tahun', 'Instansi', 'Unit', 'Nilai', 'Kualitas', 'Opini'];
  const map = columnMap(headers);

  function table(rows: unknown[][]) {
    const items = emptyTableItems();
    rows.forEach((cells, i) => addRow(items, (c) => cells[c.index], map, { kind: 'row', row: i + 2 }));
    return validateTable(items, map);
  }

  it('gives entity rows as institutions and unit rows as records, warnings at their rows', () => {
    const result = table([
      ['2025', 'Kota A', '', '80,00', '', 'Kualitas Tinggi'],
      ['2025', 'Kota A', 'Dinsos', '82', 'Baik', ''],
      ['2025', 'Kota A', 'Dinkes', '79', 'Baik', ''],
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.institutions).toEqual([
      { year: 2025, name: 'Kota A', score: 80, opinion: { level: 'tinggi', tanpaMaladministrasi: null } },
    ]);
    expect(result.dataset.records.map((r) => [r.unit, r.total, r.quality])).toEqual([
      ['Dinsos', 82, 'baik'],
      ['Dinkes', 79, 'baik'],
    ]);
    expect(result.warnings).toEqual([
      {
        place: { kind: 'row', row: 2 },
        field: 'Nilai',
        code: 'reportedDiffersFromMean',
        params: { name: 'Kota A', year: 2025, reported: 80, mean: 80.5 },
      },
    ]);
  });

  it('lists the problems of rows and of the validator together, in row order', () => {
    const result = table([
      ['2025', 'Kota A', 'Dinsos', '82', 'Baik', ''],
      ['2025', 'Kota A', 'Dinkes', '79', 'Baik', 'Kualitas Tinggi'],
      ['2025', 'Kota A', '', '80', '', 'Kualitas Luar Biasa'],
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          place: { kind: 'row', row: 3 },
          field: 'Opini',
          code: 'opinionOnUnitRow',
          params: { value: 'Kualitas Tinggi', unit: 'Dinkes', unitColumn: 'Unit' },
        },
        {
          place: { kind: 'row', row: 4 },
          field: 'Opini',
          code: 'unknownOpinion',
          params: { value: 'Kualitas Luar Biasa' },
        },
      ],
    });
  });

  it('loads a table of entity results only', () => {
    const result = table([['2025', 'Kabupaten Sukoharjo', '', '', '', 'Kualitas Tertinggi']]);
    expect(result.ok && result.dataset).toMatchObject({
      institutions: [{ name: 'Kabupaten Sukoharjo', score: null, opinion: { level: 'tertinggi' } }],
      records: [],
    });
  });
});
