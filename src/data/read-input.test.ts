import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_RESPONSE_BYTES } from './http';
import type { ReadStage } from './read-input';
import { readInput, readText } from './read-input';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

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
    expect(MAX_RESPONSE_BYTES).toBe(64_000_000);
    expect(readInput({ bytes: new Uint8Array(MAX_RESPONSE_BYTES + 1), name: 'big.csv' })).toMatchObject({
      ok: false,
      problems: [{ code: 'tooLarge', params: { bytes: MAX_RESPONSE_BYTES + 1, max: MAX_RESPONSE_BYTES } }],
    });
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
