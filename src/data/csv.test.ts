import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, ValidationResult } from '../domain/model';
import { createFormatters } from '../lib/format';
import { loadAllMessages } from '../lib/i18n/messages';
import { problemText, warningText } from '../lib/i18n/problem-text';
import { chooseDelimiter, readWideCsv } from './csv';
import { decodeBytes } from './decode';

const FIXTURE = new URL('../../tests/fixtures/batang-2024-excel-id.csv', import.meta.url);

/** A fixture as the app reads it: bytes decoded (BOM removed), CRLF line ends kept. */
function fixtureText(url: URL): string {
  const decoded = decodeBytes(readFileSync(url));
  if (!decoded.ok) throw new Error(decoded.problem.code);
  return decoded.text;
}

function excelText(): string {
  return fixtureText(FIXTURE);
}

function dataset(result: ValidationResult): Dataset {
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

function problems(result: ValidationResult) {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('readWideCsv: the Indonesian Excel export', () => {
  it('reads ; separators, decimal commas, BOM and CRLF', () => {
    const raw = readFileSync(FIXTURE);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.toString('utf8')).toContain('\r\n');

    const { records } = dataset(readWideCsv(excelText()));
    expect(records.map((r) => [r.unitShort ?? r.unit, r.total])).toEqual([
      ['Disdukcapil', 93.77],
      ['Disdikbud', 89.07],
      ['Dinsos', 95.07],
      ['Puskesmas Batang I', 95.86],
      ['DPMPTSP', 97.55],
      ['Puskesmas Batang III', 90.9],
    ]);
    expect(records.every((r) => r.year === 2024 && r.institution === 'Kabupaten Batang')).toBe(true);
    // Empty dimension cells are unknown, never 0; the given total stays given.
    expect(records[0]).toMatchObject({
      dimensions: { input: null, proses: null, output: null, pengaduan: null },
      totalComputed: false,
      illustrative: false,
    });
    // The mean of the units is 93.70, as published figures say; 93,74 is the reported entity score.
    const mean = records.reduce((s, r) => s + (r.total ?? 0), 0) / records.length;
    expect(mean.toFixed(2)).toBe('93.70');
  });

  it('reads the BOM even when the text still carries it', () => {
    expect(dataset(readWideCsv(`\uFEFF${excelText()}`)).records).toHaveLength(6);
  });

  it('names the row and the header of a score that is text', () => {
    const text = excelText().replace('89,07', 'delapan puluh');
    expect(problems(readWideCsv(text))).toEqual([
      { place: { kind: 'row', row: 3 }, field: 'Nilai', code: 'notNumber', params: { value: 'delapan puluh' } },
    ]);
  });

  it('names the row of an out-of-range score and of a missing entity', () => {
    const lines = excelText().split('\r\n');
    lines[4] = lines[4]!.replace('95,86', '105,5');
    lines[6] = lines[6]!.replace('Kabupaten Batang', '');
    const found = problems(readWideCsv(lines.join('\r\n')));
    expect(found.map((p) => [p.place, p.field, p.code])).toEqual([
      [{ kind: 'row', row: 5 }, 'Nilai', 'outOfRange'],
      [{ kind: 'row', row: 7 }, 'Instansi', 'required'],
    ]);
  });

  it("reads a row whose unit cell is empty as the entity's own row, and says when its score differs from the units' mean", () => {
    const lines = excelText().split('\r\n');
    lines[6] = lines[6]!.replace('Puskesmas Batang III', '');
    const result = readWideCsv(lines.join('\r\n'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.records).toHaveLength(5);
    expect(result.dataset.institutions).toEqual([{ year: 2024, name: 'Kabupaten Batang', score: 90.9 }]);
    expect(result.warnings.map((w) => [w.place, w.field, w.code])).toEqual([
      [{ kind: 'row', row: 7 }, 'Nilai', 'reportedDiffersFromMean'],
    ]);
  });
});

/**
 * tests/fixtures/opini-2025.csv: the published 2025 results of Provinsi DI Yogyakarta, Kota Yogyakarta
 * (press spelling "Kualitas Sangat Tinggi", no unit words) and Kota Depok ("Zona Hijau" out of habit,
 * one unit word in lower case), then Kabupaten Batang 2024 and 2023, one entity row (Unit empty) each.
 */
describe('readWideCsv: a zone on a 2025 unit row', () => {
  it('loads, keeps no zone, and says why in the notes, at the row and column', () => {
    const text = ['Tahun;Instansi;Unit;Nilai;Zona', '2025;Kota Depok;SMPN 20 Depok;93,49;Zona Hijau'].join('\n');
    const result = readWideCsv(text);
    expect(result.ok && result.warnings).toEqual([
      {
        place: { kind: 'row', row: 2 },
        field: 'Zona',
        code: 'zoneNotInMethod',
        params: { name: 'SMPN 20 Depok', year: 2025, value: 'Zona Hijau' },
      },
    ]);
  });
});

describe('readWideCsv: a 2022–2024 rekap with its grade in words', () => {
  it('leaves the "Kualitas" and "Opini" cells of 2024 aside on unit and entity rows alike', () => {
    const text = [
      'Tahun;Instansi;Unit;Nilai;Opini;Kualitas',
      '2024;Kabupaten Batang;;93,74;A;Kualitas Tertinggi',
      '2024;Kabupaten Batang;Disdikbud;89,07;A;Kualitas Tertinggi',
    ].join('\n');
    const ds = dataset(readWideCsv(text));
    expect(ds.institutions).toEqual([{ year: 2024, name: 'Kabupaten Batang', score: 93.74, grade: 'A' }]);
    expect(ds.records.map((r) => [r.unit, r.total, r.quality])).toEqual([['Disdikbud', 89.07, undefined]]);
  });
});

describe('readWideCsv: the 2025 opinions, with entity rows', () => {
  const OPINI = new URL('../../tests/fixtures/opini-2025.csv', import.meta.url);
  const OPINI_BAD = new URL('../../tests/fixtures/opini-2025-bad.csv', import.meta.url);
  const result = readWideCsv(fixtureText(OPINI));
  const model = dataset(result);
  const warnings = result.ok ? result.warnings : [];

  it("reads each entity row as the entity's reported result, with its opinion and Tanpa Maladministrasi", () => {
    expect(model.institutions).toEqual([
      {
        year: 2025,
        name: 'Provinsi DI Yogyakarta',
        score: 86,
        opinion: { level: 'tinggi', tanpaMaladministrasi: true },
      },
      // "Kualitas Sangat Tinggi" is the press's spelling of Kualitas Tertinggi.
      {
        year: 2025,
        name: 'Kota Yogyakarta',
        score: 88.39,
        opinion: { level: 'tertinggi', tanpaMaladministrasi: true },
      },
      // The suffix written in the label itself, the Tanpa Maladministrasi cell left empty; the zone is not kept.
      { year: 2025, name: 'Kota Depok', score: 90.34, opinion: { level: 'tertinggi', tanpaMaladministrasi: true } },
      { year: 2024, name: 'Kabupaten Batang', score: 93.74 },
      { year: 2023, name: 'Kabupaten Batang', score: 91.5 },
    ]);
  });

  it('reads the unit rows as records, with their published quality words (Kota Yogyakarta has none)', () => {
    const units = (entity: string, year = 2025) =>
      model.records.filter((r) => r.institution === entity && r.year === year).map((r) => [r.unit, r.total, r.quality]);
    expect(units('Provinsi DI Yogyakarta')).toEqual([
      ['Dinas Sosial', 92.36, 'sangat_baik'],
      ['Rumah Sakit Jiwa Grhasia', 90.16, 'sangat_baik'],
      ['Balai Rehabilitasi Sosial Bina Karya dan Laras', 84.73, 'baik'],
      ['Dinas Kesehatan', 83.63, 'baik'],
      ['Dinas Pendidikan, Pemuda, dan Olahraga', 83.58, 'baik'],
      ['SMA Negeri 1 Yogyakarta', 81.53, 'baik'],
    ]);
    expect(units('Kota Depok')).toEqual([
      ['SMP Negeri 20 Depok', 93.49, 'sangat_baik'],
      ['RSUD KiSA', 90.22, 'sangat_baik'],
      ['Dinas Sosial', 87.29, 'baik'],
    ]);
    expect(units('Kota Yogyakarta').map(([, total, quality]) => [total, quality])).toEqual([
      [90.13, undefined],
      [89.44, undefined],
      [89.31, undefined],
      [88.91, undefined],
      [84.17, undefined],
    ]);
    expect(units('Kabupaten Batang', 2024).map(([, total]) => total)).toEqual([
      93.77, 89.07, 95.07, 95.86, 97.55, 90.9,
    ]);
    expect(model.records).toHaveLength(20);
  });

  it('notes the press spelling, the zone it does not show, and reported scores that differ from the mean, at their rows', () => {
    expect(warnings.map((w) => [w.place, w.field, w.code])).toEqual([
      [{ kind: 'row', row: 9 }, 'Opini', 'opinionVariant'],
      [{ kind: 'row', row: 15 }, 'Nilai', 'reportedDiffersFromMean'],
      [{ kind: 'row', row: 15 }, 'Zona', 'zoneNotInMethod'],
      [{ kind: 'row', row: 19 }, 'Nilai', 'reportedDiffersFromMean'],
    ]);
  });

  it('says so in words', async () => {
    const t = await loadAllMessages('id');
    const fmt = createFormatters('id');
    const text = warnings.map((w) => warningText(w, t, fmt));
    expect(text[0]).toBe(
      'Baris 9, kolom “Opini”: Kota Yogyakarta 2025: opini “Kualitas Sangat Tinggi” (ejaan lain) dibaca sebagai label resmi “Kualitas Tertinggi Tanpa Maladministrasi”.',
    );
    expect(text[2]).toContain('Baris 15, kolom “Zona”: Kota Depok 2025: zona “Zona Hijau” tidak ditampilkan.');
  });

  it('refuses an unknown opinion, naming the row, the header as written and the value', async () => {
    const found = problems(readWideCsv(fixtureText(OPINI_BAD)));
    expect(found).toEqual([
      {
        place: { kind: 'row', row: 2 },
        field: 'Opini',
        code: 'unknownOpinion',
        params: { value: 'Kualitas Luar Biasa' },
      },
    ]);
    const [id, en] = await Promise.all([loadAllMessages('id'), loadAllMessages('en')]);
    expect(problemText(found[0]!, id, createFormatters('id'))).toMatch(
      /^Baris 2, kolom “Opini”: “Kualitas Luar Biasa” bukan opini Ombudsman yang dikenal\./,
    );
    expect(problemText(found[0]!, en, createFormatters('en'))).toContain('“Kualitas Luar Biasa”');
  });

  it('refuses an opinion on a unit row and a quality word on an entity row, with the rest of the file’s problems', async () => {
    const lines = fixtureText(OPINI).split('\r\n');
    // Row 3 (Dinas Sosial of DIY) given an opinion; row 15 (Kota Depok's own row) given a unit word.
    lines[2] = lines[2]!.replace('Sangat Baik;;;', 'Sangat Baik;Kualitas Tertinggi;;');
    lines[14] = lines[14]!.replace(';90,34;;', ';90,34;Baik;');
    lines[19] = lines[19]!.replace('93,77', 'sembilan puluh');
    const found = problems(readWideCsv(lines.join('\r\n')));
    expect(found.map((p) => [p.place, p.field, p.code, p.params?.value])).toEqual([
      [{ kind: 'row', row: 3 }, 'Opini', 'opinionOnUnitRow', 'Kualitas Tertinggi'],
      [{ kind: 'row', row: 15 }, 'Kualitas', 'unitFieldOnEntityRow', 'Baik'],
      [{ kind: 'row', row: 20 }, 'Nilai', 'notNumber', 'sembilan puluh'],
    ]);
    const t = await loadAllMessages('id');
    const [onUnit, onEntity] = found.map((p) => problemText(p, t, createFormatters('id')));
    expect(onUnit).toBe(
      'Baris 3, kolom “Opini”: “Kualitas Tertinggi” adalah bagian opini instansi, tetapi baris ini milik unit Dinas Sosial. Unit tidak diberi opini: tulis opini dan “Tanpa Maladministrasi” pada baris instansinya sendiri, dengan kolom “Unit” kosong.',
    );
    expect(onEntity).toBe(
      'Baris 15, kolom “Kualitas”: kolom “Unit” kosong, jadi baris ini dibaca sebagai baris instansi Kota Depok, tetapi “Baik” adalah kualitas unit. Isi nama unitnya di kolom “Unit”, atau kosongkan sel ini.',
    );
  });

  it('reads an English sheet with the same columns, Tidak/no as "without the suffix"', () => {
    const text = [
      'Year,Institution,Unit,Score,Quality,Opinion,Without maladministration,Public trust,Assessed',
      '2025,Kabupaten Halmahera Utara,,69.63,,Kualitas Sedang,no,,',
      // A fictitious unit: no unit score of Halmahera Utara was published.
      '2025,Kota Contoh,Dinas Sosial,70.10,Cukup,,,72.5,',
      '2025,Kabupaten Contoh,,,,,,,no',
    ].join('\n');
    const { institutions, records } = dataset(readWideCsv(text));
    expect(institutions).toEqual([
      {
        year: 2025,
        name: 'Kabupaten Halmahera Utara',
        score: 69.63,
        opinion: { level: 'sedang', tanpaMaladministrasi: false },
      },
      { year: 2025, name: 'Kabupaten Contoh', score: null, assessed: false },
    ]);
    expect(records[0]).toMatchObject({ unit: 'Dinas Sosial', total: 70.1, quality: 'cukup', publicTrust: 72.5 });
  });
});

describe('readWideCsv: other layouts', () => {
  it('reads a comma-separated English file with decimal points', () => {
    const text = [
      'year,institution,unit,score,input,process,output,complaints',
      '2024,Kabupaten Batang,Dinas Sosial,95.07,95.6,94.39,94.5,96.2',
      '2024,"Kota Magelang, Jawa Tengah",Disdukcapil,,90,80,70,60',
    ].join('\n');
    const { records } = dataset(readWideCsv(text));
    expect(records[0]).toMatchObject({
      total: 95.07,
      dimensions: { input: 95.6, proses: 94.39, output: 94.5, pengaduan: 96.2 },
    });
    expect(records[1]?.institution).toBe('Kota Magelang, Jawa Tengah');
    // No total given: computed from the dimensions with the default weights.
    const expected = (90 * 21.85 + 80 * 32.37 + 70 * 24.24 + 60 * 21.54) / 100;
    expect(records[1]?.total).toBeCloseTo(expected, 10);
    expect(records[1]?.totalComputed).toBe(true);
  });

  it('reads a tab-separated file whose cells hold commas and semicolons', () => {
    const text = 'Tahun\tInstansi\tUnit\tNilai\n2023\tKabupaten Batang\tDinsos; bidang 1, 2\t91,5\n';
    expect(dataset(readWideCsv(text)).records[0]).toMatchObject({
      year: 2023,
      unit: 'Dinsos; bidang 1, 2',
      total: 91.5,
    });
  });

  it('reads decimal commas in dimension columns and the illustrative flag', () => {
    const text = 'Tahun;Instansi;Unit;Input;Proses;Output;Pengaduan;Ilustratif\n2024;A;B;90,5;80,25;70;60;ya\n';
    const record = dataset(readWideCsv(text)).records[0];
    expect(record).toMatchObject({
      dimensions: { input: 90.5, proses: 80.25, output: 70, pengaduan: 60 },
      illustrative: true,
      totalComputed: true,
    });
  });

  it('skips empty lines and Excel blank rows but counts them in row numbers', () => {
    const text = 'Tahun;Instansi;Unit;Nilai\n\n2024;A;B;90\n;;;\n2024;A;C;x\n';
    expect(problems(readWideCsv(text))).toEqual([
      { place: { kind: 'row', row: 5 }, field: 'Nilai', code: 'notNumber', params: { value: 'x' } },
    ]);
  });

  it('counts lines inside a quoted multi-line cell', () => {
    const text = 'Tahun;Instansi;Unit;Nilai\r\n2024;A;"Unit\r\ndua baris";90\r\n2024;A;C;abc\r\n';
    const found = problems(readWideCsv(text));
    expect(found).toMatchObject([{ place: { kind: 'row', row: 4 }, field: 'Nilai' }]);
  });

  it('follows Excel\'s "sep=" line', () => {
    const text = 'sep=,\nTahun,Instansi,Unit,Nilai\n2024,A,B,"93,74"\n2024,A,C,zz\n';
    const found = problems(readWideCsv(text));
    expect(found).toMatchObject([{ place: { kind: 'row', row: 4 }, code: 'notNumber' }]);
    expect(dataset(readWideCsv(text.replace('zz', '1'))).records[0]?.total).toBe(93.74);
  });

  it('reads dashes and empty cells as unknown scores', () => {
    const text = 'Tahun;Instansi;Unit;Nilai;Input\n2024;A;B;-;\n';
    expect(problems(readWideCsv(text))).toEqual([{ place: { kind: 'row', row: 2 }, code: 'noScores' }]);
  });

  it('names the year column when the year is text', () => {
    const text = 'TAHUN;INSTANSI;UPP;SKOR\nduaribu;A;B;90\n';
    expect(problems(readWideCsv(text))).toMatchObject([
      { place: { kind: 'row', row: 2 }, field: 'TAHUN', code: 'notNumber' },
    ]);
  });

  it('warns of a duplicate unit at its row, pointing at the first row', () => {
    const text = 'Tahun;Instansi;Unit;Nilai\n2024;A;B;90\n2024;A;C;91\n2024;A;B;92\n';
    const result = readWideCsv(text);
    expect(result.ok && result.warnings).toEqual([
      {
        place: { kind: 'row', row: 4 },
        field: 'Unit',
        code: 'duplicateUnit',
        params: { unit: 'B', year: 2024, institution: 'A', first: 2 },
      },
    ]);
  });
});

describe('readWideCsv: broken files', () => {
  it("reports ragged rows by line, together with the other rows' problems", () => {
    const text = 'Tahun;Instansi;Unit;Nilai\n2024;A;B\n2024;A;C;90\n2024;A;D;90;5\n2024;A;E;nol\n';
    expect(problems(readWideCsv(text))).toEqual([
      { place: { kind: 'row', row: 2 }, code: 'raggedRow', params: { expected: 4, found: 3 } },
      { place: { kind: 'row', row: 4 }, code: 'raggedRow', params: { expected: 4, found: 5 } },
      { place: { kind: 'row', row: 5 }, field: 'Nilai', code: 'notNumber', params: { value: 'nol' } },
    ]);
  });

  it('accepts stray empty cells at the end of a row', () => {
    const text = 'Tahun;Instansi;Unit;Nilai\n2024;A;B;90;;\n';
    expect(dataset(readWideCsv(text)).records).toHaveLength(1);
  });

  it('reports a missing column with the headers found', () => {
    const text = 'Tahun;Instansi;Nilai\n2024;A;90\n';
    expect(problems(readWideCsv(text))).toEqual([
      { place: { kind: 'file' }, code: 'missingColumn', params: { column: 'unit', found: 'Tahun, Instansi, Nilai' } },
    ]);
  });

  it('refuses more than 200 columns', () => {
    const headers = ['Tahun', 'Instansi', 'Unit', 'Nilai', ...Array.from({ length: 197 }, (_, i) => `x${i}`)];
    expect(problems(readWideCsv(`${headers.join(';')}\n`))).toEqual([
      { place: { kind: 'file' }, code: 'tooManyColumns', params: { count: 201, max: 200 } },
    ]);
  });

  it('reports an unterminated quote at the row where it starts', () => {
    const text = 'Tahun;Instansi;Unit;Nilai\n2024;A;B;90\n2024;"A;C;91\n2024;A;D;92\n';
    expect(problems(readWideCsv(text))).toEqual([
      { place: { kind: 'row', row: 3 }, code: 'notCsv', params: { reason: 'MissingQuotes' } },
    ]);
  });

  it('reports a header without rows as having no records', () => {
    expect(problems(readWideCsv('Tahun;Instansi;Unit;Nilai\r\n'))).toMatchObject([{ code: 'noRecords' }]);
  });

  it('lists at most 200 row problems, in row order, and counts the rest', () => {
    const ragged = Array.from({ length: 150 }, (_, i) => `2024;A;R${i}`);
    const textScores = Array.from({ length: 150 }, (_, i) => `2024;A;N${i};x`);
    const found = problems(readWideCsv(['Tahun;Instansi;Unit;Nilai', ...ragged, ...textScores].join('\n')));
    expect(found).toHaveLength(201);
    expect(found[0]).toEqual({ place: { kind: 'row', row: 2 }, code: 'raggedRow', params: { expected: 4, found: 3 } });
    expect(found[199]).toEqual({
      place: { kind: 'row', row: 201 },
      field: 'Nilai',
      code: 'notNumber',
      params: { value: 'x' },
    });
    expect(found[200]).toEqual({ place: { kind: 'file' }, code: 'invalid', params: { more: 100 } });
  });

  it("adds the validator's own count of problems left out to the total", () => {
    // 10 ragged rows and 250 text scores: the validator lists 200 of its 250 and counts 50.
    const ragged = Array.from({ length: 10 }, (_, i) => `2024;A;R${i}`);
    const textScores = Array.from({ length: 250 }, (_, i) => `2024;A;N${i};x`);
    const found = problems(readWideCsv(['Tahun;Instansi;Unit;Nilai', ...ragged, ...textScores].join('\n')));
    expect(found).toHaveLength(201);
    expect(found.slice(0, 10).every((p) => p.code === 'raggedRow')).toBe(true);
    expect(found.filter((p) => p.code === 'invalid')).toEqual([
      { place: { kind: 'file' }, code: 'invalid', params: { more: 60 } },
    ]);
    expect(found[200]?.code).toBe('invalid');
  });

  it('finds the header after blank lines and empty Excel rows, and counts them in row numbers', () => {
    const text = '\n  \n;;;\nTahun;Instansi;Unit;Nilai\n2024;A;B;90\n2024;A;C;abc\n';
    expect(problems(readWideCsv(text))).toEqual([
      { place: { kind: 'row', row: 6 }, field: 'Nilai', code: 'notNumber', params: { value: 'abc' } },
    ]);
  });

  it('refuses a file that is no table by its header, without parsing the rest', () => {
    const text = `Laporan tahunan\n${'\n'.repeat(2_000_000)}akhir`;
    const started = performance.now();
    expect(problems(readWideCsv(text)).map((p) => [p.code, p.params?.column])).toEqual([
      ['missingColumn', 'year'],
      ['missingColumn', 'institution'],
      ['missingColumn', 'unit'],
      ['missingColumn', 'total'],
    ]);
    // Parsing two million lines takes seconds; checking one header, milliseconds.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it.each([
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['-Infinity', '-Infinity'],
    ['1e999', '1e999'],
    ['1e2', '1e2'],
    ['#N/A', '#N/A'],
    ['#DIV/0!', '#DIV/0!'],
  ])('reads %s in a score cell as text, not a number', (cell, value) => {
    expect(problems(readWideCsv(`Tahun;Instansi;Unit;Nilai\n2024;A;B;${cell}\n`))).toEqual([
      { place: { kind: 'row', row: 2 }, field: 'Nilai', code: 'notNumber', params: { value } },
    ]);
  });

  it('refuses negative scores and reads -0 as 0', () => {
    expect(problems(readWideCsv('Tahun;Instansi;Unit;Nilai\n2024;A;B;-0,01\n'))).toEqual([
      {
        place: { kind: 'row', row: 2 },
        field: 'Nilai',
        code: 'outOfRange',
        params: { value: -0.01, min: 0, max: 100 },
      },
    ]);
    const zero = dataset(readWideCsv('Tahun;Instansi;Unit;Nilai\n2024;A;B;-0\n')).records[0]?.total;
    expect(Object.is(zero, 0)).toBe(true);
  });

  it('reports empty text as empty', () => {
    expect(problems(readWideCsv(' \n\n'))).toEqual([{ place: { kind: 'file' }, code: 'empty' }]);
  });
});

describe('chooseDelimiter', () => {
  it('decides by the header, where Papa Parse would pick the decimal comma', () => {
    expect(chooseDelimiter('Tahun;Nilai;Input\n2024;93,74;90,1\n2024;90,1;80,2\n').delimiter).toBe(';');
    expect(chooseDelimiter('a,b,c\n1,2,3').delimiter).toBe(',');
    expect(chooseDelimiter('a\tb;c\td\n').delimiter).toBe('\t');
  });

  it('ignores separators inside quoted headers', () => {
    expect(chooseDelimiter('"Unit; nama";"Nilai, total"\n').delimiter).toBe(';');
  });
});
