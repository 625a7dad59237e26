// fast-check arbitraries for what a person may drop on the dashboard: CSV-like and JSON-like text
// and raw bytes, biased towards the cases that trip readers (separators, decimal commas, quotes,
// line ends, byte order marks, file signatures).
import fc from 'fast-check';
import { datasetLike, HOSTILE_NAMES, scoreLike, textLike, yearLike } from '../../domain/testing/raw-arbitraries';

const HEADERS = [
  'Tahun',
  'Instansi',
  'Unit Layanan',
  'Nilai',
  'Input',
  'Proses',
  'Output',
  'Pengaduan',
  'No',
  'Singkatan',
  'Jenis',
  'Ilustratif',
  'year',
  'institution',
  'unit',
  'score',
  'Dimensi Input',
  '"Unit; nama"',
  '"Nilai, total"',
  '',
  'x',
  '<b>Nilai</b>',
  '__proto__',
  // The published result of 2025: an entity's row (Unit empty) holds the opinion, a unit's row its word.
  'Opini',
  'Kualitas',
  'Tanpa Maladministrasi',
  'Zona',
  'Dinilai',
  'Kepercayaan',
  'Nilai Huruf',
] as const;

/** The columns a file needs to reach the row checks; most generated files have them. */
const USABLE_HEADERS = ['Tahun', 'Instansi', 'Unit', 'Nilai'] as const;

const cell = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('93,74', '93.74', '0', '100', '89,07', ' 95,86 ', '-', '—', '') },
  { weight: 2, arbitrary: fc.constantFrom('2024', '2023', '1999', '2101', '2024,5', '2024.0', '2.024') },
  fc.constantFrom(
    '105,5',
    '-5',
    '-0',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '1e2',
    '1.000,5',
    '9999999999999999999',
  ),
  fc.constantFrom('Kabupaten Batang', 'Dinsos', 'ya', 'tidak', ...HOSTILE_NAMES),
  fc.constantFrom('"a;b"', '"a,b"', '"say ""hi"""', '"unterminated', 'a"b', '"multi\nline"', '"x"y'),
  fc.double({ min: -200, max: 200, noNaN: true }).map((n) => String(n).replace('.', ',')),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

const headerRow: fc.Arbitrary<string[]> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.shuffledSubarray<string>([...HEADERS], { maxLength: 4 }), fc.boolean())
      .chain(([extra, shuffle]) => {
        const headers: string[] = [...USABLE_HEADERS, ...extra];
        return shuffle ? fc.shuffledSubarray(headers, { minLength: headers.length }) : fc.constant(headers);
      }),
  },
  fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 8 }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 5 }),
);

/** Mostly a value the column expects, so that many files get past the header and some load. */
const yearCell = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('2022', '2023', '2024', '2025') },
  fc.constantFrom('1999', '2101', '2024,5', '2024.0', '2.024', '2024 '),
  cell,
);
const scoreCell = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((n) => (n / 100).toFixed(2).replace('.', ',')) },
  fc.constantFrom('100', '0', '-0', '100,01', '-0,01', '105,5', 'NaN', 'Infinity', '1e999', '-', ''),
  cell,
);
const nameCell = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('Kabupaten Batang', 'Kota Magelang', 'Dinsos', 'Disdukcapil') },
  fc.constantFrom(...HOSTILE_NAMES),
  cell,
);

const labelCell = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'Kualitas Tertinggi Tanpa Maladministrasi',
      'Kualitas Sangat Tinggi',
      'Opini Tertinggi',
      'Kualitas Luar Biasa',
      'Sangat Baik',
      'baik',
      'Zona Hijau',
      'A',
      'Ya',
      'Tidak',
    ),
  },
  cell,
);

const YEAR_HEADERS = new Set(['Tahun', 'year']);
const LABEL_HEADERS = new Set(['Opini', 'Kualitas', 'Tanpa Maladministrasi', 'Zona', 'Dinilai', 'Nilai Huruf']);
const NAME_HEADERS = new Set(['Instansi', 'Unit', 'Unit Layanan', 'institution', 'unit', 'Singkatan', 'Jenis']);

function cellFor(header: string): fc.Arbitrary<string> {
  if (YEAR_HEADERS.has(header)) return yearCell;
  if (NAME_HEADERS.has(header)) return nameCell;
  if (LABEL_HEADERS.has(header)) return labelCell;
  return scoreCell;
}

/** Text shaped like a spreadsheet export, well-formed or not. */
export const csvLikeText: fc.Arbitrary<string> = fc
  .record({
    headers: headerRow,
    separator: fc.constantFrom(';', ',', '\t'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    sepLine: fc.boolean(),
    trailingEol: fc.boolean(),
  })
  .chain((shape) => {
    // Each row: a width offset (ragged when not 0), a cell per column, and spare cells for wider rows.
    const rowCells = fc.tuple(fc.tuple(...shape.headers.map(cellFor)), fc.array(cell, { minLength: 3, maxLength: 3 }));
    const rows = fc.array(
      fc.tuple(fc.oneof({ weight: 20, arbitrary: fc.constant(0) }, fc.constantFrom(-1, 1, 3)), rowCells),
      { maxLength: 8 },
    );
    return rows.map((list) => {
      const { headers, separator, eol, bom, sepLine, trailingEol } = shape;
      const lines = [headers.join(separator)];
      for (const [offset, [own, spare]] of list) {
        const cells = [...own, ...spare];
        lines.push(cells.slice(0, Math.max(0, headers.length + offset)).join(separator));
      }
      const body = lines.join(eol) + (trailingEol ? eol : '');
      return `${bom ? '\uFEFF' : ''}${sepLine ? `sep=${separator}${eol}` : ''}${body}`;
    });
  });

/** Number literals that JSON.parse reads to values out of range or not finite, or refuses. */
const JSON_NUMBER_LITERALS = [
  '1e999',
  '-1e999',
  '1E400',
  '-0',
  '1e-400',
  '0.1e3',
  '100.0000000000001',
  'NaN',
  'Infinity',
];

const jsonWithLiteral = fc
  .tuple(fc.constantFrom(...JSON_NUMBER_LITERALS), fc.constantFrom('total', 'year', 'input'))
  .map(([literal, field]) => {
    const record =
      field === 'input'
        ? `{"year":2024,"institution":"A","unit":"B","dimensions":{"input":${literal}}}`
        : `{"year":${field === 'year' ? literal : '2024'},"institution":"A","unit":"B","total":${field === 'total' ? literal : '90'}}`;
    return `{"records":[${record}]}`;
  });

/** A saved CKAN `datastore_search` answer: rows keyed by column name, a total, perhaps a failure. */
const ckanLike = fc.record(
  {
    help: fc.constant('https://data.example.go.id/api/3/action/help_show?name=datastore_search'),
    success: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false), scoreLike),
    error: fc.oneof(fc.record({ message: textLike }, { requiredKeys: [] }), textLike),
    result: fc.oneof(
      fc.record(
        {
          records: fc.array(
            fc.dictionary(
              fc.constantFrom('_id', 'Tahun', 'Instansi', 'Unit Layanan', 'Nilai', 'Input', '_full_text', 'x'),
              fc.oneof(scoreLike, yearLike, textLike),
              { maxKeys: 8 },
            ),
            { maxLength: 6 },
          ),
          total: fc.oneof(fc.nat({ max: 8 }), scoreLike),
          fields: fc.oneof(fc.array(fc.record({ id: textLike }), { maxLength: 6 }), textLike),
        },
        { requiredKeys: ['records'] },
      ),
      textLike,
    ),
  },
  { requiredKeys: ['success'] },
);

const stringified = fc
  .oneof({ weight: 4, arbitrary: datasetLike }, ckanLike)
  .map((value) => JSON.stringify(value) ?? 'null');

/** Text that is, or nearly is, a JSON dataset: whole, cut short, with one character changed, or noise. */
export const jsonLikeText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: stringified },
  {
    weight: 2,
    arbitrary: fc.tuple(stringified, fc.nat()).map(([text, cut]) => text.slice(0, cut % (text.length + 1))),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(stringified, fc.nat(), fc.constantFrom('"', ',', '}', ']', '{', ':', 'x', '\u0000', '\\', ''))
      .map(([text, at, char]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + char + text.slice(i + 1);
      }),
  },
  jsonWithLiteral,
  fc.json({ maxDepth: 3 }),
  fc.tuple(fc.constantFrom('{', '[', ''), fc.string({ unit: 'binary', maxLength: 60 })).map(([a, b]) => a + b),
);

const SIGNATURES: readonly (readonly number[])[] = [
  [0xef, 0xbb, 0xbf], // UTF-8 BOM
  [0xff, 0xfe], // UTF-16 LE BOM
  [0xfe, 0xff], // UTF-16 BE BOM
  [0x50, 0x4b, 0x03, 0x04], // ZIP: .xlsx
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2: legacy .xls
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x1f, 0x8b], // gzip
];

/** UTF-16 code units, little or big endian, behind their byte order mark. */
export function utf16Bytes(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const [first, second] = endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 + i * 2] = first;
    bytes[3 + i * 2] = second;
  }
  return bytes;
}

const textBytes = fc
  .tuple(fc.oneof(csvLikeText, jsonLikeText), fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'latin'))
  .map(([text, encoding]) => {
    if (encoding === 'utf-16le') return utf16Bytes(text, 'le');
    if (encoding === 'utf-16be') return utf16Bytes(text, 'be');
    // One byte per character, as a legacy code page would store it (characters above 0xFF wrap).
    if (encoding === 'latin') return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
    return new TextEncoder().encode(text);
  });

/** Bytes of a file: random, behind a known signature, text in some encoding, or text with bytes flipped. */
export const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 3, arbitrary: textBytes },
  fc.uint8Array({ maxLength: 512 }),
  fc
    .tuple(fc.constantFrom(...SIGNATURES), fc.oneof(fc.uint8Array({ maxLength: 256 }), textBytes))
    .map(([signature, rest]) => Uint8Array.from([...signature, ...rest])),
  fc
    .tuple(textBytes, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }))
    .map(([bytes, flips]) => {
      const copy = Uint8Array.from(bytes);
      for (const [at, value] of flips) if (copy.length > 0) copy[at % copy.length] = value;
      return copy;
    }),
);

export const fileName = fc.constantFrom(
  'data.csv',
  'data.json',
  'nilai.xlsx',
  'nilai.xls',
  'export.txt',
  'data',
  '.json',
);

export const contentType = fc.constantFrom('', 'application/json', 'text/csv', 'text/html', 'application/octet-stream');
