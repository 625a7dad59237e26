import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../../tests/support/api-server';
import { startApiServer } from '../../tests/support/api-server';
import { MAX_RESPONSE_BYTES } from './http';
import { LoadError } from './load-error';
import type { InputBytes, ReadStage } from './read-input';
import { mayBeCkanResponse, readInput, readText, readUrl } from './read-input';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(async () => {
  await server.close();
});

describe('readInput', () => {
  it('reads the Excel CSV file and the JSON file to the same unit totals', () => {
    const csv = readInput({ bytes: fixture('batang-2024-excel-id.csv'), name: 'batang.csv' });
    const json = readInput({ bytes: fixture('batang-2024.json'), name: 'batang.json' });
    if (!csv.ok || !json.ok) throw new Error('expected both to load');
    expect(csv.dataset.records.map((r) => [r.unit, r.total])).toEqual(
      json.dataset.records.map((r) => [r.unit, r.total]),
    );
  });

  it('takes text starting with { or [ for JSON whatever the name', () => {
    const result = readInput({
      bytes: utf8('[{"year":2024,"institution":"A","unit":"B","total":"x"}]'),
      name: 'export.txt',
    });
    expect(result).toMatchObject({ ok: false, problems: [{ place: { kind: 'record', index: 0 }, code: 'notNumber' }] });
  });

  it('takes a .json name or a JSON content type for JSON, so broken JSON is not read as CSV', () => {
    expect(readInput({ bytes: utf8('records: none'), name: 'data.json' })).toMatchObject({
      ok: false,
      problems: [{ code: 'notJson' }],
    });
    expect(readInput({ bytes: utf8('records: none'), name: 'data', contentType: 'application/json' })).toMatchObject({
      ok: false,
      problems: [{ code: 'notJson' }],
    });
  });

  it('reads other text as CSV (.csv, .tsv, .txt)', () => {
    const result = readInput({ bytes: utf8('Tahun\tInstansi\tUnit\tNilai\n2024\tA\tB\t88,5\n'), name: 'data.tsv' });
    expect(result.ok && result.dataset.records[0]?.total).toBe(88.5);
  });

  it('reads a windows-1252 CSV', () => {
    const bytes = new Uint8Array([
      ...utf8('Tahun;Instansi;Unit;Nilai\r\n2024;Kab. A;Unit '),
      0x93,
      0x42,
      0x94,
      ...utf8(';90\r\n'),
    ]);
    const result = readInput({ bytes, name: 'x.csv' });
    expect(result.ok && result.dataset.records[0]?.unit).toBe('Unit “B”');
  });

  it('reports a workbook, binary data, an HTML page and nothing at all', () => {
    expect(readInput({ bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), name: 'nilai.xlsx' })).toMatchObject({
      problems: [{ code: 'xlsx' }],
    });
    expect(readInput({ bytes: new Uint8Array([1, 0, 2]), name: 'x.csv' })).toMatchObject({
      problems: [{ code: 'binary' }],
    });
    expect(readInput({ bytes: utf8('<!doctype html><p>'), name: 'x.csv' })).toMatchObject({
      problems: [{ code: 'htmlInsteadOfData' }],
    });
    expect(readInput({ bytes: utf8('\n'), name: 'x.csv' })).toMatchObject({ problems: [{ code: 'empty' }] });
  });

  it('refuses files over 64 MB before decoding them', () => {
    expect(MAX_RESPONSE_BYTES).toBe(64 * 1024 * 1024);
    expect(readInput({ bytes: new Uint8Array(MAX_RESPONSE_BYTES + 1), name: 'big.csv' })).toMatchObject({
      ok: false,
      problems: [{ code: 'tooLarge', params: { bytes: MAX_RESPONSE_BYTES + 1, max: MAX_RESPONSE_BYTES } }],
    });
  });
});

describe('readUrl', () => {
  it('loads JSON from a URL', async () => {
    const result = await readUrl(`${server.url}/json/batang-2024.json`);
    expect(result.ok && result.dataset.records).toHaveLength(6);
  });

  it('loads the Excel CSV from a URL', async () => {
    const result = await readUrl(`${server.url}/json/batang-2024-excel-id.csv`);
    expect(result.ok && result.dataset.records.map((r) => r.total)).toEqual([93.77, 89.07, 95.07, 95.86, 97.55, 90.9]);
  });

  it('reads a paged CKAN datastore to the end: three pages of two rows', async () => {
    const result = await readUrl(`${server.url}/ckan/datastore_search?resource_id=batang&limit=2`);
    expect(server.hits('/ckan/datastore_search')).toBe(3);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.records.map((r) => r.unitShort ?? r.unit)).toEqual([
      'Disdukcapil',
      'Disdikbud',
      'Dinsos',
      'Puskesmas Batang I',
      'DPMPTSP',
      'Puskesmas Batang III',
    ]);
  });

  it('fails as a whole when page 2 of a CKAN datastore fails', async () => {
    const error: unknown = await readUrl(`${server.url}/ckan-fail-page2/datastore_search`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).problems).toMatchObject([{ code: 'httpStatus', params: { status: 500 } }]);
    expect((error as LoadError).transient).toBe(true);
    expect(server.hits('/ckan-fail-page2/datastore_search')).toBe(2);
  });

  it('reports CKAN success:false with its message, also when sent with an error status', async () => {
    const expected = {
      ok: false,
      problems: [
        { place: { kind: 'file' }, code: 'ckanFailure', params: { message: 'Not found: Resource was not found.' } },
      ],
    };
    expect(await readUrl(`${server.url}/ckan-false`)).toEqual(expected);
    expect(await readUrl(`${server.url}/ckan-false?status=404`)).toEqual(expected);
  });

  it('reports an HTML page served with 200', async () => {
    expect(await readUrl(`${server.url}/html`)).toEqual({
      ok: false,
      problems: [{ place: { kind: 'file' }, code: 'htmlInsteadOfData' }],
    });
  });

  it('throws a transient error for a truncated answer', async () => {
    await expect(readUrl(`${server.url}/truncated`)).rejects.toMatchObject({
      transient: true,
      problems: [{ code: 'truncated' }],
    });
  });

  it('throws a permanent error for 404', async () => {
    await expect(readUrl(`${server.url}/json/missing.json`)).rejects.toMatchObject({
      transient: false,
      problems: [{ code: 'httpStatus', params: { status: 404 } }],
    });
  });

  it('hands a large body to the large reader, with its name and content type, and returns its answer', async () => {
    const seen: InputBytes[] = [];
    const read = (input: InputBytes) => {
      seen.push(input);
      return Promise.resolve(readInput(input));
    };
    const result = await readUrl(`${server.url}/json/batang-2024.json`, { large: { minBytes: 100, read } });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      name: '/json/batang-2024.json',
      contentType: expect.stringMatching(/json/) as unknown,
    });
    expect(seen[0]!.bytes.length).toBeGreaterThan(100);
    expect(result.ok && result.dataset.records).toHaveLength(6);
  });

  it('reads a body below the threshold, and any CKAN page, itself', async () => {
    let calls = 0;
    const read = (input: InputBytes) => {
      calls += 1;
      return Promise.resolve(readInput(input));
    };
    await readUrl(`${server.url}/json/batang-2024.json`, { large: { minBytes: 10_000_000, read } });
    const paged = await readUrl(`${server.url}/ckan/datastore_search?resource_id=batang&limit=2`, {
      large: { minBytes: 0, read },
    });
    expect(calls).toBe(0);
    expect(paged.ok && paged.dataset.records).toHaveLength(6);
  });
});

describe('read stages', () => {
  const stagesOf = (run: (onStage: (s: ReadStage) => void) => unknown): ReadStage[] => {
    const stages: ReadStage[] = [];
    run((s) => stages.push(s));
    return stages;
  };

  it('parses then validates JSON; a CSV is one pass; bad JSON stops at parsing', () => {
    expect(stagesOf((on) => readInput({ bytes: fixture('batang-2024.json'), name: 'a.json' }, on))).toEqual([
      'parsing',
      'validating',
    ]);
    expect(stagesOf((on) => readInput({ bytes: fixture('batang-2024-excel-id.csv'), name: 'a.csv' }, on))).toEqual([
      'parsing',
    ]);
    expect(stagesOf((on) => readText('{"records": [', 'a.json', '', on))).toEqual(['parsing']);
  });
});

describe('mayBeCkanResponse', () => {
  it('says yes to a CKAN answer and no to canonical JSON, a bare array and CSV', () => {
    expect(mayBeCkanResponse(utf8('{"help": "https://x/api/3/action/help_show", "success": true, "result": {}}'))).toBe(
      true,
    );
    expect(mayBeCkanResponse(utf8('{ "success" : false, "error": {} }'))).toBe(true);
    expect(mayBeCkanResponse(fixture('batang-2024.json'))).toBe(false);
    expect(mayBeCkanResponse(utf8('[{"year": 2024, "institution": "success"}]'))).toBe(false);
    expect(mayBeCkanResponse(utf8('Tahun;"success":;x'))).toBe(false);
  });
});
