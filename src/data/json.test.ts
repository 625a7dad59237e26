import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJsonText } from './json';

const batangJson = (): string =>
  readFileSync(new URL('../../tests/fixtures/batang-2024.json', import.meta.url), 'utf8');

describe('readJsonText', () => {
  it('reads the canonical Batang file and warns that the reported score differs from the mean', () => {
    const result = readJsonText(batangJson());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.records.map((r) => r.total)).toEqual([93.77, 89.07, 95.07, 95.86, 97.55, 90.9]);
    expect(result.dataset.institutions).toMatchObject([{ name: 'Kabupaten Batang', score: 93.74 }]);
    expect(result.warnings).toMatchObject([{ code: 'reportedDiffersFromMean', params: { reported: 93.74 } }]);
  });

  it('reads a bare array of records', () => {
    const result = readJsonText('[{"year": 2024, "institution": "A", "unit": "B", "total": 80}]');
    expect(result.ok && result.dataset.records[0]?.total).toBe(80);
  });

  it('passes validation problems on with their record places', () => {
    const result = readJsonText('{"records": [{"year": 2024, "institution": "A", "unit": "B", "total": "x"}]}');
    expect(result).toEqual({
      ok: false,
      problems: [{ place: { kind: 'record', index: 0 }, field: 'total', code: 'notNumber', params: { value: 'x' } }],
    });
  });

  it('reports broken JSON with the parser message and, where known, the position', () => {
    const result = readJsonText('[\n  {"year": 2024},\n  {"year": 2025}');
    expect(result).toMatchObject({ ok: false, problems: [{ place: { kind: 'file' }, code: 'notJson' }] });
    const params = !result.ok ? result.problems[0]?.params : undefined;
    expect(typeof params?.message).toBe('string');
    // Cut short: the position is the end of the text.
    expect(params).toMatchObject({ line: 3, column: 17 });
  });

  it('reports an HTML page instead of data', () => {
    expect(readJsonText('\n<!DOCTYPE html><html><body>Login</body></html>')).toEqual({
      ok: false,
      problems: [{ place: { kind: 'file' }, code: 'htmlInsteadOfData' }],
    });
  });

  it('reads a saved CKAN response that holds every row', () => {
    const ckan = {
      success: true,
      result: { total: 1, records: [{ _id: 1, Tahun: 2024, Instansi: 'A', Unit: 'B', Nilai: '91,5' }] },
    };
    const result = readJsonText(JSON.stringify(ckan));
    expect(result.ok && result.dataset.records[0]).toMatchObject({ unit: 'B', total: 91.5 });
  });

  it('refuses a saved CKAN page that holds only part of the rows', () => {
    const ckan = {
      success: true,
      result: { total: 5, records: [{ Tahun: 2024, Instansi: 'A', Unit: 'B', Nilai: 90 }] },
    };
    expect(readJsonText(JSON.stringify(ckan))).toEqual({
      ok: false,
      problems: [{ place: { kind: 'file' }, code: 'ckanIncomplete', params: { read: 1, total: 5 } }],
    });
  });
});
