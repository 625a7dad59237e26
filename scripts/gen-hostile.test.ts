import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWideCsv } from '../src/data/csv';
import { MAX_COLUMNS } from '../src/data/columns';
import { readInput } from '../src/data/read-input';
import type { HostileFile } from './gen-hostile.mjs';
import { DEFAULT_OUT, HOSTILE_FILES, wideCsv, writeOversizeCsv } from './gen-hostile.mjs';

const dir = join(import.meta.dirname, '..', DEFAULT_OUT);
const workDir = mkdtempSync(join(tmpdir(), 'rapor-hostile-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The committed fixtures must be small: anything big is generated where a test needs it. */
const MAX_FIXTURE_BYTES = 20 * 1024;

function read(file: HostileFile, bytes: Uint8Array) {
  return readInput({ bytes, name: file.name });
}

describe('tests/fixtures/hostile', () => {
  it('holds exactly the generated files, byte for byte, each under 20 KB', () => {
    const committed = readdirSync(dir).filter((name) => name !== 'README.md' && name !== '.gitattributes');
    expect(committed.sort()).toEqual(HOSTILE_FILES.map((f) => f.name).sort());
    for (const file of HOSTILE_FILES) {
      const bytes = readFileSync(join(dir, file.name));
      expect([file.name, Buffer.compare(bytes, Buffer.from(file.bytes))]).toEqual([file.name, 0]);
      expect(statSync(join(dir, file.name)).size).toBeLessThan(MAX_FIXTURE_BYTES);
    }
  });

  it('lists every file in its README', () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const file of HOSTILE_FILES) expect(readme).toContain(`\`${file.name}\``);
  });

  it.each(HOSTILE_FILES.map((f) => [f.name, f] as const))('%s is read as its README says', (_name, file) => {
    const result = read(file, readFileSync(join(dir, file.name)));
    const { produces } = file;
    if (!produces.ok) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems).toHaveLength(produces.problems.length);
      expect(result.problems).toMatchObject(produces.problems);
      // Exact where the expectation is complete: no stray field or parameter.
      for (const [i, expected] of produces.problems.entries()) {
        if (expected.code !== 'notJson') expect(result.problems[i]).toEqual(expected);
      }
      return;
    }
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.records.map((r) => r.unit)).toEqual(produces.units);
    expect(result.warnings).toEqual(produces.warnings);
  });

  it('keeps the names of xss-names.json verbatim, markup and formulas included', () => {
    const file = HOSTILE_FILES.find((f) => f.name === 'xss-names.json')!;
    const result = read(file, file.bytes);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const raw = JSON.parse(new TextDecoder().decode(file.bytes)) as {
      title: string;
      source: { name: string };
      institutions: { name: string }[];
      records: { institution: string; unit: string; unitShort?: string; unitType?: string }[];
    };
    expect(result.dataset.title).toBe(raw.title);
    expect(result.dataset.source?.name).toBe(raw.source.name);
    expect(result.dataset.institutions.map((i) => i.name)).toEqual(raw.institutions.map((i) => i.name));
    expect(result.dataset.records.map((r) => [r.institution, r.unit, r.unitShort, r.unitType])).toEqual(
      raw.records.map((r) => [r.institution, r.unit, r.unitShort, r.unitType]),
    );
    expect(result.dataset.records[0]?.institution).toBe('<img src=x onerror=alert(1)>');
    expect(result.dataset.records[1]?.unit).toBe('=HYPERLINK("x")');
  });
});

describe('generated big input', () => {
  it('wideCsv: thousands of columns are refused by count', () => {
    const text = wideCsv(5000);
    expect(text.split('\n')[0]?.split(';')).toHaveLength(5000);
    expect(readWideCsv(text)).toEqual({
      ok: false,
      problems: [{ place: { kind: 'file' }, code: 'tooManyColumns', params: { count: 5000, max: MAX_COLUMNS } }],
    });
  });

  it('wideCsv: up to the limit the file is read', () => {
    const result = readWideCsv(wideCsv(MAX_COLUMNS));
    expect(result.ok && result.dataset.records.map((r) => r.total)).toEqual([95.07]);
  });

  it('writeOversizeCsv writes a well-formed CSV of at least the size asked, in chunks', async () => {
    const path = join(workDir, 'oversize.csv');
    const written = await writeOversizeCsv(path, 3 * 1024 * 1024);
    const bytes = readFileSync(path);
    expect(bytes.length).toBe(written);
    expect(bytes.length).toBeGreaterThanOrEqual(3 * 1024 * 1024);
    const text = bytes.toString('utf8');
    expect(text.startsWith('Tahun;Instansi;Unit Layanan;Nilai\n2024;Kabupaten Batang;')).toBe(true);
    // Every line a complete row: what is refused is refused for its size alone.
    expect(text.endsWith(';90,00\n')).toBe(true);
  });
});
