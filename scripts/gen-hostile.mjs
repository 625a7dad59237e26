#!/usr/bin/env node
// Writes the hostile input files of tests/fixtures/hostile/: the files a person may drop on the
// dashboard by mistake or malice, each small, each with what the readers must answer. The answers
// (`produces`) are checked against src/data by scripts/gen-hostile.test.ts, and the browser tests
// load the same files. Deterministic: the same bytes every run.
//
//   node scripts/gen-hostile.mjs [--out tests/fixtures/hostile]
//
// Files too big to commit (thousands of columns, an oversize file) are made by `wideCsv` and
// `writeOversizeCsv` when a test needs them.
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_OUT = 'tests/fixtures/hostile';

const FILE = { kind: 'file' };
/** @param {number} row */
const row = (row) => ({ kind: 'row', row });
/** @param {number} index */
const record = (index) => ({ kind: 'record', index });
const SCORE_BOUNDS = { min: 0, max: 100 };
const YEAR_BOUNDS = { min: 2000, max: 2100 };

const HEADER = 'Tahun;Instansi;Unit Layanan;Nilai';
const BATANG = 'Kabupaten Batang';
export const XSS_IMG = '<img src=x onerror=alert(1)>';
export const XSS_SCRIPT = '<script>alert(1)</script>';
export const FORMULA = '=HYPERLINK("x")';

/** @param {string} text */
const utf8 = (text) => new TextEncoder().encode(text);
/** @param {readonly string[]} lines */
const crlf = (lines) => utf8(`${lines.join('\r\n')}\r\n`);

/** Windows-1252 for the characters used here; everything else must be ASCII. */
const CP1252 = new Map([
  ['–', 0x96],
  ['—', 0x97],
  ['“', 0x93],
  ['”', 0x94],
  ['é', 0xe9],
  ['€', 0x80],
]);

/** @param {string} text */
export function windows1252(text) {
  return Uint8Array.from(text, (c) => {
    const code = CP1252.get(c) ?? c.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && !CP1252.has(c))) throw new Error(`not mapped: ${c}`);
    return code;
  });
}

/** UTF-16 little endian behind its byte order mark, as Excel's "Unicode Text" saves. @param {string} text */
export function utf16le(text) {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    bytes[2 + i * 2] = unit & 0xff;
    bytes[3 + i * 2] = unit >> 8;
  }
  return bytes;
}

/** Deterministic junk bytes (xorshift32). @param {number} length @param {number} seed */
function junk(length, seed) {
  let x = seed >>> 0 || 1;
  return Uint8Array.from({ length }, () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x & 0xff;
  });
}

/** @param {...(ArrayLike<number>)} parts */
const concat = (...parts) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

const TRUNCATED_JSON = [
  '{',
  '  "title": "Penilaian Kepatuhan 2024",',
  '  "records": [',
  `    { "year": 2024, "institution": "${BATANG}", "unit": "Dinas Sosial", "total": 95.07 },`,
  `    { "year": 2024, "institution": "${BATANG}", "unit": "Disdikbud", "total": 89.07 },`,
  '    {',
  '      "year": 2024,',
  '',
].join('\n');

const XSS_DATASET = {
  title: `${XSS_SCRIPT} Uji nama berbahaya`,
  source: { name: XSS_IMG },
  institutions: [{ year: 2024, name: XSS_IMG, score: 90 }],
  records: [
    {
      year: 2024,
      institution: XSS_IMG,
      unit: XSS_SCRIPT,
      unitShort: '<b>Dinsos</b>',
      unitType: '"><svg onload=alert(1)>',
      total: 90.5,
      dimensions: { input: 90, proses: 91, output: 90, pengaduan: 91 },
    },
    { year: 2024, institution: XSS_IMG, unit: FORMULA, total: 89.5 },
    { year: 2024, institution: XSS_IMG, unit: "+cmd|' /C calc'!A0", unitShort: '@SUM(1+1)', total: 90 },
  ],
};

/**
 * @typedef {{ kind: 'file' } | { kind: 'row'; row: number } | { kind: 'record'; index: number }} Place
 * @typedef {{ place: Place; code: string; field?: string; params?: Record<string, string | number> }} Expected
 * @typedef {{ ok: false; problems: Expected[] } | { ok: true; units: string[]; warnings: Expected[] }} Produces
 * @typedef {{ name: string; about: string; bytes: Uint8Array; produces: Produces }} HostileFile
 */

/** @type {readonly HostileFile[]} */
export const HOSTILE_FILES = [
  {
    name: 'empty.json',
    about: 'zero bytes',
    bytes: new Uint8Array(),
    produces: { ok: false, problems: [{ place: FILE, code: 'empty' }] },
  },
  {
    name: 'whitespace.csv',
    about: 'spaces, tabs and line breaks only',
    bytes: utf8(' \r\n\t\r\n   \n'),
    produces: { ok: false, problems: [{ place: FILE, code: 'empty' }] },
  },
  {
    name: 'truncated.json',
    about: 'a JSON dataset cut off inside its third record',
    bytes: utf8(TRUNCATED_JSON),
    // "Unexpected end of JSON input": the place is the end of the text.
    produces: { ok: false, problems: [{ place: FILE, code: 'notJson', params: { line: 8, column: 1 } }] },
  },
  {
    name: 'wrong-shape.json',
    about: 'JSON whose "records" is an object, not a list',
    bytes: utf8(`${JSON.stringify({ title: 'Nilai', records: { 'Dinas Sosial': 95.07 } }, null, 2)}\n`),
    produces: {
      ok: false,
      problems: [{ place: FILE, field: 'records', code: 'wrongShape', params: { value: 'object', expected: 'array' } }],
    },
  },
  {
    name: 'missing-headers.csv',
    about: 'a CSV without the year and entity columns ("Nama Unit" and "Skor" are understood)',
    bytes: crlf(['No;Nama Unit;Skor', '1;Dinas Sosial;95,07', '2;Disdikbud;89,07']),
    produces: {
      ok: false,
      problems: [
        { place: FILE, code: 'missingColumn', params: { column: 'year', found: 'No, Nama Unit, Skor' } },
        { place: FILE, code: 'missingColumn', params: { column: 'institution', found: 'No, Nama Unit, Skor' } },
      ],
    },
  },
  {
    name: 'ragged.csv',
    about: 'rows with a field missing and a field too many (stray empty fields at the end are fine)',
    bytes: crlf([
      HEADER,
      `2024;${BATANG};Dinas Sosial;95,07`,
      `2024;${BATANG};Disdukcapil`,
      `2024;${BATANG};Disdikbud;89,07;catatan`,
      `2024;${BATANG};DPMPTSP;97,55;;`,
    ]),
    produces: {
      ok: false,
      problems: [
        { place: row(3), code: 'raggedRow', params: { expected: 4, found: 3 } },
        { place: row(4), code: 'raggedRow', params: { expected: 4, found: 5 } },
      ],
    },
  },
  {
    name: 'text-in-score.csv',
    about: 'words and malformed numbers in score cells',
    bytes: crlf([
      `${HEADER};Input`,
      `2024;${BATANG};Dinas Sosial;95,07;95,6`,
      `2024;${BATANG};Disdikbud;delapan puluh;80`,
      `2024;${BATANG};Disdukcapil;93,77;n/a`,
      `2024;${BATANG};DPMPTSP;97.55.1;`,
    ]),
    produces: {
      ok: false,
      problems: [
        { place: row(3), field: 'Nilai', code: 'notNumber', params: { value: 'delapan puluh' } },
        { place: row(4), field: 'Input', code: 'notNumber', params: { value: 'n/a' } },
        { place: row(5), field: 'Nilai', code: 'notNumber', params: { value: '97.55.1' } },
      ],
    },
  },
  {
    name: 'out-of-range.csv',
    about: 'scores above 100 and below 0; 100 and 0 themselves are fine',
    bytes: crlf([
      `${HEADER};Input`,
      `2024;${BATANG};Dinas Sosial;105,5;`,
      `2024;${BATANG};Disdikbud;-5;`,
      `2024;${BATANG};Disdukcapil;100,01;`,
      `2024;${BATANG};DPMPTSP;97,55;120`,
      `2024;${BATANG};Puskesmas Batang I;100;0`,
    ]),
    produces: {
      ok: false,
      problems: [
        { place: row(2), field: 'Nilai', code: 'outOfRange', params: { value: 105.5, ...SCORE_BOUNDS } },
        { place: row(3), field: 'Nilai', code: 'outOfRange', params: { value: -5, ...SCORE_BOUNDS } },
        { place: row(4), field: 'Nilai', code: 'outOfRange', params: { value: 100.01, ...SCORE_BOUNDS } },
        { place: row(5), field: 'Input', code: 'outOfRange', params: { value: 120, ...SCORE_BOUNDS } },
      ],
    },
  },
  {
    name: 'nan-infinity.json',
    about: '"NaN" and "Infinity" as text, and 1e999 / -1e999 literals (JSON.parse reads them as ±Infinity)',
    bytes: utf8(
      [
        '{"records": [',
        `  {"year": 2024, "institution": "${BATANG}", "unit": "Dinas Sosial", "total": "NaN"},`,
        `  {"year": 2024, "institution": "${BATANG}", "unit": "Disdikbud", "total": "Infinity"},`,
        `  {"year": 2024, "institution": "${BATANG}", "unit": "Disdukcapil", "total": 1e999},`,
        `  {"year": 2024, "institution": "${BATANG}", "unit": "DPMPTSP", "total": -1e999},`,
        `  {"year": 2024, "institution": "${BATANG}", "unit": "Puskesmas Batang I", "dimensions": {"input": "-Infinity", "proses": 90}}`,
        ']}',
        '',
      ].join('\n'),
    ),
    produces: {
      ok: false,
      problems: [
        { place: record(0), field: 'total', code: 'notNumber', params: { value: 'NaN' } },
        { place: record(1), field: 'total', code: 'notNumber', params: { value: 'Infinity' } },
        { place: record(2), field: 'total', code: 'notNumber', params: { value: 'Infinity' } },
        { place: record(3), field: 'total', code: 'notNumber', params: { value: '-Infinity' } },
        { place: record(4), field: 'dimensions.input', code: 'notNumber', params: { value: '-Infinity' } },
      ],
    },
  },
  {
    name: 'years-out-of-range.csv',
    about: 'years 1999, 2101 and 2024,5; 2024 is fine',
    bytes: crlf([
      HEADER,
      `1999;${BATANG};Dinas Sosial;95,07`,
      `2101;${BATANG};Disdikbud;89,07`,
      `2024,5;${BATANG};Disdukcapil;93,77`,
      `2024;${BATANG};DPMPTSP;97,55`,
    ]),
    produces: {
      ok: false,
      problems: [
        { place: row(2), field: 'Tahun', code: 'yearOutOfRange', params: { value: 1999, ...YEAR_BOUNDS } },
        { place: row(3), field: 'Tahun', code: 'yearOutOfRange', params: { value: 2101, ...YEAR_BOUNDS } },
        { place: row(4), field: 'Tahun', code: 'yearOutOfRange', params: { value: 2024.5, ...YEAR_BOUNDS } },
      ],
    },
  },
  {
    name: 'duplicate-rows.csv',
    about: 'a unit listed twice in one year: loads, the first row is used, a warning says so',
    bytes: crlf([
      HEADER,
      `2024;${BATANG};Dinas Sosial;95,07`,
      `2024;${BATANG};Disdikbud;89,07`,
      `2024;${BATANG};Dinas Sosial;90,00`,
    ]),
    produces: {
      ok: true,
      units: ['Dinas Sosial', 'Disdikbud'],
      warnings: [
        {
          place: row(4),
          field: 'Unit Layanan',
          code: 'duplicateUnit',
          params: { unit: 'Dinas Sosial', year: 2024, institution: BATANG, first: 2 },
        },
      ],
    },
  },
  {
    name: 'binary.bin',
    about: 'an executable-like header and random bytes with NULs',
    bytes: concat([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00], junk(504, 7)),
    produces: { ok: false, problems: [{ place: FILE, code: 'binary' }] },
  },
  {
    name: 'fake.xlsx',
    about: 'a ZIP signature (PK\\x03\\x04) as every .xlsx starts, then junk',
    bytes: concat([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], utf8('[Content_Types].xml'), junk(256, 11)),
    produces: { ok: false, problems: [{ place: FILE, code: 'xlsx' }] },
  },
  {
    name: 'legacy.xls',
    about: 'an OLE2 signature (D0 CF 11 E0 A1 B1 1A E1) as Excel 97–2003 files start, then junk',
    bytes: concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], junk(504, 13)),
    produces: { ok: false, problems: [{ place: FILE, code: 'xlsx', params: { format: 'xls' } }] },
  },
  {
    name: 'html-page.csv',
    about: "a portal's login page saved under a .csv name",
    bytes: utf8('<!DOCTYPE html>\n<html><head><title>Masuk</title></head><body><form>Login</form></body></html>\n'),
    produces: { ok: false, problems: [{ place: FILE, code: 'htmlInsteadOfData' }] },
  },
  {
    name: 'windows-1252.csv',
    about: 'Excel on Windows: en dash (0x96), é (0xE9) and curly quotes (0x93, 0x94) as single bytes',
    bytes: windows1252(
      [
        HEADER,
        `2024;${BATANG};Pelayanan – Unit;95,07`,
        `2024;${BATANG};Café Pelayanan;89,07`,
        `2024;${BATANG};“Dinas” Sosial;90,00`,
      ]
        .join('\r\n')
        .concat('\r\n'),
    ),
    produces: { ok: true, units: ['Pelayanan – Unit', 'Café Pelayanan', '“Dinas” Sosial'], warnings: [] },
  },
  {
    name: 'utf16le.txt',
    about: 'Excel\'s "Unicode Text": UTF-16 LE with a byte order mark, tab-separated',
    bytes: utf16le(
      [
        'Tahun\tInstansi\tUnit Layanan\tNilai',
        `2024\t${BATANG}\tDinas Sosial\t95,07`,
        `2024\t${BATANG}\tCafé – Unit\t89,07`,
        '',
      ].join('\r\n'),
    ),
    produces: { ok: true, units: ['Dinas Sosial', 'Café – Unit'], warnings: [] },
  },
  {
    name: 'bom-sep.csv',
    about: 'a UTF-8 byte order mark and Excel\'s "sep=;" line before the header',
    bytes: concat(
      [0xef, 0xbb, 0xbf],
      crlf(['sep=;', HEADER, `2024;${BATANG};Dinas Sosial;95,07`, `2024;${BATANG};Disdikbud;89,07`]),
    ),
    produces: { ok: true, units: ['Dinas Sosial', 'Disdikbud'], warnings: [] },
  },
  {
    name: 'xss-names.json',
    about: 'a valid dataset whose names carry HTML, script and spreadsheet formulas; kept verbatim as text',
    bytes: utf8(`${JSON.stringify(XSS_DATASET, null, 2)}\n`),
    produces: { ok: true, units: [XSS_SCRIPT, FORMULA, "+cmd|' /C calc'!A0"], warnings: [] },
  },
];

/** The header and one row of a CSV with `columns` columns: refused as `tooManyColumns`. @param {number} columns */
export function wideCsv(columns) {
  const extra = Array.from({ length: Math.max(0, columns - 4) }, (_, i) => `Kolom ${i + 1}`);
  const cells = Array.from({ length: extra.length }, () => '1');
  return [[HEADER, ...extra].join(';'), [`2024;${BATANG};Dinas Sosial;95,07`, ...cells].join(';'), ''].join('\n');
}

/**
 * Writes a well-formed CSV of at least `bytes` bytes to `path` in 1 MB chunks (never whole in memory):
 * anything refused is refused for its size, not its content.
 * @param {string} path @param {number} bytes @returns {Promise<number>} the bytes written
 */
export async function writeOversizeCsv(path, bytes) {
  const lineText = `2024;${BATANG};Unit Layanan Contoh;90,00\n`;
  const chunk = `${lineText.repeat(Math.ceil((1024 * 1024) / lineText.length))}`;
  const out = createWriteStream(path);
  let written = 0;
  const write = (/** @type {string} */ text) =>
    new Promise((done, fail) => out.write(text, (error) => (error ? fail(error) : done(undefined))));
  await write(`${HEADER}\n`);
  written += HEADER.length + 1;
  while (written < bytes) {
    await write(chunk);
    written += chunk.length;
  }
  await new Promise((done) => out.end(done));
  return written;
}

/** @param {string} dir */
export function writeHostileFixtures(dir) {
  mkdirSync(dir, { recursive: true });
  for (const file of HOSTILE_FILES) writeFileSync(join(dir, file.name), file.bytes);
}

/** @param {readonly string[]} args */
function parseArgs(args) {
  const at = args.indexOf('--out');
  return { out: at >= 0 && args[at + 1] ? args[at + 1] : DEFAULT_OUT };
}

function main() {
  const { out } = parseArgs(process.argv.slice(2));
  writeHostileFixtures(resolve(out));
  console.log(`wrote ${HOSTILE_FILES.length} files to ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
