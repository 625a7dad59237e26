import { describe, expect, it } from 'vitest';
import { ckanErrorMessage, readCkan } from './ckan';
import { isCkanResponse } from './sniff';

const BASE = 'https://data.example.go.id/api/3/action/datastore_search?resource_id=r1';

const ROWS: Record<string, unknown>[] = [
  { _id: 1, Tahun: 2024, Instansi: 'Kabupaten Batang', 'Unit Layanan': 'Disdukcapil', Nilai: 93.77 },
  { _id: 2, Tahun: 2024, Instansi: 'Kabupaten Batang', 'Unit Layanan': 'Disdikbud', Nilai: '89,07' },
  { _id: 3, Tahun: 2024, Instansi: 'Kabupaten Batang', 'Unit Layanan': 'Dinsos', Nilai: '95.07' },
  { _id: 4, Tahun: '2024', Instansi: 'Kabupaten Batang', 'Unit Layanan': 'DPMPTSP', Nilai: 97.55 },
  { _id: 5, Tahun: 2024, Instansi: 'Kabupaten Batang', 'Unit Layanan': 'Puskesmas Batang I', Nilai: 95.86 },
];

/** `total: null` leaves the total out, as `include_total=false` does. */
function page(offset: number, limit: number, rows = ROWS, total: number | null = rows.length) {
  const result: Record<string, unknown> = {
    records: rows.slice(offset, offset + limit),
    _links: { next: `/api/3/action/datastore_search?offset=${offset + limit}&resource_id=r1` },
  };
  if (total !== null) result.total = total;
  return { help: 'h', success: true, result };
}

/** A fake portal serving `rows` two at a time; records each URL asked for. */
function portal(rows = ROWS, total: number | null = rows.length) {
  const asked: string[] = [];
  const fetchJson = (url: string): Promise<unknown> => {
    asked.push(url);
    const offset = Number(new URL(url).searchParams.get('offset') ?? 0);
    return Promise.resolve(page(offset, 2, rows, total));
  };
  return { asked, fetchJson };
}

describe('isCkanResponse', () => {
  it('recognises action API answers, successful or not', () => {
    expect(isCkanResponse(page(0, 2))).toBe(true);
    expect(isCkanResponse({ success: false, error: { message: 'x' } })).toBe(true);
  });

  it('does not take a dataset or a bare array for CKAN', () => {
    expect(isCkanResponse({ records: [] })).toBe(false);
    expect(isCkanResponse([{ success: true }])).toBe(false);
    expect(isCkanResponse({ success: 'true', result: {} })).toBe(false);
    expect(isCkanResponse(null)).toBe(false);
  });
});

describe('readCkan', () => {
  it('follows next links, resolved against the first address, until every row is read', async () => {
    const { asked, fetchJson } = portal();
    const result = await readCkan(page(0, 2), BASE, fetchJson);
    expect(asked).toEqual([
      'https://data.example.go.id/api/3/action/datastore_search?offset=2&resource_id=r1',
      'https://data.example.go.id/api/3/action/datastore_search?offset=4&resource_id=r1',
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.records.map((r) => [r.unit, r.year, r.total])).toEqual([
      ['Disdukcapil', 2024, 93.77],
      ['Disdikbud', 2024, 89.07],
      ['Dinsos', 2024, 95.07],
      ['DPMPTSP', 2024, 97.55],
      ['Puskesmas Batang I', 2024, 95.86],
    ]);
  });

  it('reads until an empty page when the total is not given', async () => {
    const { asked, fetchJson } = portal(ROWS, null);
    const result = await readCkan(page(0, 2, ROWS, null), BASE, fetchJson);
    expect(asked).toHaveLength(3);
    expect(result.ok && result.dataset.records).toHaveLength(5);
  });

  it('reports rows that the pages never delivered', async () => {
    const { fetchJson } = portal(ROWS.slice(0, 3), 7);
    expect(await readCkan(page(0, 2, ROWS.slice(0, 3), 7), BASE, fetchJson)).toEqual({
      ok: false,
      problems: [{ place: { kind: 'file' }, code: 'ckanIncomplete', params: { read: 3, total: 7 } }],
    });
  });

  it('stops when a next link repeats', async () => {
    let calls = 0;
    const loop = page(0, 2, ROWS, 99);
    const fetchJson = (): Promise<unknown> => {
      calls += 1;
      return Promise.resolve(loop);
    };
    const result = await readCkan(loop, BASE, fetchJson);
    expect(calls).toBe(1);
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'ckanIncomplete', params: { read: 4, total: 99 } }] });
  });

  it('fails as a whole when a later page cannot be fetched', async () => {
    const fetchJson = (): Promise<unknown> => Promise.reject(new Error('HTTP 500'));
    await expect(readCkan(page(0, 2), BASE, fetchJson)).rejects.toThrow('HTTP 500');
  });

  it('reports a failure answer on a later page at that page', async () => {
    const fetchJson = (): Promise<unknown> => Promise.resolve({ success: false, error: { message: 'Rate limited' } });
    expect(await readCkan(page(0, 2), BASE, fetchJson)).toEqual({
      ok: false,
      problems: [{ place: { kind: 'page', page: 2 }, code: 'ckanFailure', params: { message: 'Rate limited' } }],
    });
  });

  it('reports a failure answer on the first page', async () => {
    const failure = {
      success: false,
      error: { __type: 'Not Found Error', message: 'Not found: Resource was not found.' },
    };
    expect(await readCkan(failure, BASE, () => Promise.reject(new Error('not called')))).toEqual({
      ok: false,
      problems: [
        { place: { kind: 'file' }, code: 'ckanFailure', params: { message: 'Not found: Resource was not found.' } },
      ],
    });
  });

  it('places row problems at the CKAN row number with the column name', async () => {
    const rows = ROWS.map((r, i) => (i === 2 ? { ...r, Nilai: 'n/a' } : r));
    const { fetchJson } = portal(rows);
    expect(await readCkan(page(0, 2, rows), BASE, fetchJson)).toEqual({
      ok: false,
      problems: [{ place: { kind: 'row', row: 3 }, field: 'Nilai', code: 'notNumber', params: { value: 'n/a' } }],
    });
  });

  it('uses the field list for columns and never reads _id or _full_text as data', async () => {
    const first = {
      success: true,
      result: {
        fields: [
          { id: '_id' },
          { id: 'year' },
          { id: 'institution' },
          { id: 'unit' },
          { id: 'total' },
          { id: '_full_text' },
        ],
        records: [{ _id: 7, year: 2024, institution: 'A', unit: 'B', total: 80, _full_text: "'b'" }],
        total: 1,
      },
    };
    const result = await readCkan(first, BASE, () => Promise.reject(new Error('not called')));
    expect(result.ok && result.dataset.records).toMatchObject([{ unit: 'B', total: 80 }]);
  });

  it('refuses rows without column names (records_format=lists)', async () => {
    const first = { success: true, result: { records: [[2024, 'A', 'B', 80]], total: 1 } };
    expect(await readCkan(first, BASE, () => Promise.reject(new Error('not called')))).toMatchObject({
      ok: false,
      problems: [{ code: 'wrongShape', params: { expected: 'ckanRecordObjects' } }],
    });
  });

  it('refuses rows with more than 200 columns, as a CSV file is', async () => {
    const wide = { ...ROWS[0], ...Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`Kolom ${i}`, i])) };
    const first = { success: true, result: { records: [wide], total: 1 } };
    expect(await readCkan(first, BASE, () => Promise.reject(new Error('not called')))).toEqual({
      ok: false,
      // _id is CKAN's own and not counted: Tahun, Instansi, Unit Layanan, Nilai and 1,000 more.
      problems: [{ place: { kind: 'file' }, code: 'tooManyColumns', params: { count: 1004, max: 200 } }],
    });
  });

  it('reports missing columns like a CSV file does', async () => {
    const first = { success: true, result: { records: [{ _id: 1, Tahun: 2024, Unit: 'B', Nilai: 1 }], total: 1 } };
    expect(await readCkan(first, BASE, () => Promise.reject(new Error('not called')))).toEqual({
      ok: false,
      problems: [
        {
          place: { kind: 'file' },
          code: 'missingColumn',
          params: { column: 'institution', found: 'Tahun, Unit, Nilai' },
        },
      ],
    });
  });
});

describe('readCkan: entity rows', () => {
  const notCalled = () => Promise.reject(new Error('not called'));
  const DEPOK: Record<string, unknown>[] = [
    {
      _id: 1,
      Tahun: 2025,
      Instansi: 'Kota Depok',
      Unit: '',
      Nilai: 90.34,
      Opini: 'Kualitas Tertinggi',
      'Tanpa Maladministrasi': 'Ya',
    },
    {
      _id: 2,
      Tahun: 2025,
      Instansi: 'Kota Depok',
      Unit: 'SMP Negeri 20 Depok',
      Nilai: '93,49',
      Kualitas: 'Sangat Baik',
    },
    { _id: 3, Tahun: 2025, Instansi: 'Kota Depok', Unit: 'RSUD KiSA', Nilai: 90.22, Kualitas: 'Sangat Baik' },
    {
      _id: 4,
      Tahun: 2025,
      Instansi: 'Kota Depok',
      Unit: 'Dinas Sosial',
      Nilai: 87.29,
      Kualitas: 'Baik',
      'Tingkat Kepatuhan': 'Tingkat Kepatuhan Tinggi',
    },
  ];
  const single = (rows: Record<string, unknown>[]) => ({
    success: true,
    result: { records: rows, total: rows.length },
  });

  it("reads a row without a unit (empty or absent) as the entity's own result", async () => {
    const rows = DEPOK.map((r, i) => (i === 0 ? { ...r, Unit: null } : r));
    const result = await readCkan(single(rows), BASE, notCalled);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.institutions).toEqual([
      { year: 2025, name: 'Kota Depok', score: 90.34, opinion: { level: 'tertinggi', tanpaMaladministrasi: true } },
    ]);
    expect(result.dataset.records.map((r) => [r.unit, r.total, r.quality, r.compliance])).toEqual([
      ['SMP Negeri 20 Depok', 93.49, 'sangat_baik', undefined],
      ['RSUD KiSA', 90.22, 'sangat_baik', undefined],
      ['Dinas Sosial', 87.29, 'baik', 'Tinggi'],
    ]);
    // 90.34 reported against a mean of 90.333: the entity's own row carries the note.
    expect(result.warnings.map((w) => [w.place, w.field, w.code])).toEqual([
      [{ kind: 'row', row: 1 }, 'Nilai', 'reportedDiffersFromMean'],
    ]);
  });

  it('places the problems of entity rows and unit rows at their CKAN row numbers', async () => {
    const changes: Record<string, unknown>[] = [
      { Opini: 'Kualitas Luar Biasa' },
      { 'Tanpa Maladministrasi': true },
      {},
      { Kualitas: 'Istimewa' },
    ];
    const rows = DEPOK.map((r, i) => ({ ...r, ...changes[i] }));
    expect(await readCkan(single(rows), BASE, notCalled)).toEqual({
      ok: false,
      problems: [
        {
          place: { kind: 'row', row: 1 },
          field: 'Opini',
          code: 'unknownOpinion',
          params: { value: 'Kualitas Luar Biasa' },
        },
        {
          place: { kind: 'row', row: 2 },
          field: 'Tanpa Maladministrasi',
          code: 'opinionOnUnitRow',
          params: { value: 'true', unit: 'SMP Negeri 20 Depok', unitColumn: 'Unit' },
        },
        { place: { kind: 'row', row: 4 }, field: 'Kualitas', code: 'unknownQuality', params: { value: 'Istimewa' } },
      ],
    });
  });
});

describe('ckanErrorMessage', () => {
  it('uses the message, or the type and field errors of a validation error', () => {
    expect(ckanErrorMessage({ message: 'Access denied', __type: 'Authorization Error' })).toBe('Access denied');
    expect(ckanErrorMessage({ __type: 'Validation Error', resource_id: ['Missing value'] })).toBe(
      'Validation Error; resource_id: Missing value',
    );
    expect(ckanErrorMessage('plain')).toBe('plain');
    expect(ckanErrorMessage(undefined)).toBe('');
  });
});
