#!/usr/bin/env node
// Writes a national-size SYNTHETIC dataset for scale tests and the benchmark: 587 entities
// (ministries, agencies, provinces, regencies, cities) × about 7 units × 2022–2024, and a 10× version.
// Deterministic: the same seed gives the same bytes. Nothing here is an official figure; every record
// is `illustrative: true` and the title and source say so.
//
//   node scripts/gen-national.mjs [--out bench/data] [--seed 587]
//
// Self-contained on purpose (imports nothing from src/): it runs under plain Node. The grading rules it
// relies on (default weights, 2022 bands, two-decimal grading) are checked against src/domain by
// scripts/gen-national.test.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_SEED = 587;
export const YEARS = [2022, 2023, 2024];
export const GRADED_YEAR = 2024;

/** Entities assessed in 2024 by kind: 25 + 14 + 34 + 416 + 98 = 587. */
export const ENTITY_COUNTS = { kementerian: 25, lembaga: 14, provinsi: 34, kabupaten: 416, kota: 98 };

/** Published national grade counts for 2024 (587 entities); the generator reproduces them exactly. */
export const GRADE_COUNTS_2024 = { A: 337, B: 157, C: 70, D: 14, E: 9 };

export const DIMENSIONS = [
  { key: 'input', label: 'Input', weight: 21.85 },
  { key: 'proses', label: 'Proses', weight: 32.37 },
  { key: 'output', label: 'Output', weight: 24.24 },
  { key: 'pengaduan', label: 'Pengaduan', weight: 21.54 },
];

/** 2022+ bands: lowest score (inclusive) and the next band's lowest (exclusive). */
const BANDS = { A: [88, 100], B: [78, 88], C: [54, 78], D: [32, 54], E: [0, 32] };
const GRADES = /** @type {const} */ (['A', 'B', 'C', 'D', 'E']);
/** Entity targets stay this far inside their band, and accepted means at least `MEAN_MARGIN`. */
const TARGET_MARGIN = 0.25;
const MEAN_MARGIN = 0.05;
/** Lowest target for an E entity: real E scores are low but rarely near zero. */
const E_FLOOR = 6;

export const TITLE = 'Penilaian Kepatuhan — data sintetis nasional (uji skala, bukan angka resmi)';
export const SOURCE_NAME = 'Data sintetis untuk uji skala — bukan angka resmi (npm run gen:national)';

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32, and normal deviates by Box–Muller, all from one seeded stream.

/** @param {number} seed */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {() => number} rand */
function normal(rand, mean = 0, sd = 1) {
  const u = 1 - rand();
  const v = rand();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** @param {number} value @param {number} lo @param {number} hi */
const clamp = (value, lo, hi) => Math.min(hi, Math.max(lo, value));

/** Half away from zero at two decimals, as the domain's `roundTo` does. */
export function round2(value) {
  const shifted = Math.abs(value) * 100;
  return (Math.sign(value) * Math.round(Number(shifted.toPrecision(15)))) / 100;
}

// ---------------------------------------------------------------------------------------------
// Names: plausible Indonesian-sounding roots with a number, so nobody mistakes them for real places.

const ROOTS = [
  'Tirta',
  'Karang',
  'Suka',
  'Wana',
  'Giri',
  'Sido',
  'Mekar',
  'Sri',
  'Purwa',
  'Banyu',
  'Argo',
  'Tanjung',
  'Kali',
  'Watu',
  'Sumber',
  'Nusa',
  'Bukit',
  'Rawa',
  'Ciwangi',
  'Lebak',
];
const ENDINGS = [
  'sari',
  'mulya',
  'jaya',
  'rejo',
  'harjo',
  'makmur',
  'asri',
  'indah',
  'lestari',
  'luhur',
  'agung',
  'wangi',
  'raya',
  'permai',
  'damai',
  'kencana',
  'mukti',
  'arum',
  'tengah',
  'baru',
];
const MINISTRY_TOPICS = [
  'Pangan',
  'Air',
  'Pesisir',
  'Energi',
  'Perumahan',
  'Perhubungan',
  'Kesehatan',
  'Pendidikan',
  'Pertanian',
  'Ketenagakerjaan',
  'Agraria',
  'Perdagangan',
  'Industri',
  'Sosial',
  'Desa',
  'Pariwisata',
  'Kelautan',
  'Kehutanan',
  'Koperasi',
  'Kebudayaan',
  'Komunikasi',
  'Lingkungan',
  'Pemuda',
  'Keuangan',
  'Hukum',
];
const AGENCY_TOPICS = [
  'Statistik',
  'Arsip',
  'Pengawasan Obat',
  'Pertanahan',
  'Kepegawaian',
  'Meteorologi',
  'Standardisasi',
  'Pertolongan',
  'Kebencanaan',
  'Karantina',
  'Geospasial',
  'Siber',
  'Jaminan Sosial',
  'Pengawas Keuangan',
];

const KIND_PREFIX = {
  kementerian: 'Kementerian',
  lembaga: 'Badan',
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten',
  kota: 'Kota',
};
/** Ministries and provinces tend to score higher than regencies: a nudge when grades are dealt out. */
const KIND_BIAS = { kementerian: -0.3, lembaga: -0.2, provinsi: -0.25, kota: -0.1, kabupaten: 0 };

/**
 * @param {string} kind @param {number} index 0-based within the kind @param {number} width digits of the number
 * @param {() => number} rand
 */
function entityName(kind, index, width, rand) {
  const number = String(index + 1).padStart(width, '0');
  if (kind === 'kementerian') return { name: `Kementerian ${pick(MINISTRY_TOPICS, index)} ${number}`, root: '' };
  if (kind === 'lembaga') return { name: `Badan ${pick(AGENCY_TOPICS, index)} ${number}`, root: '' };
  const root = `${ROOTS[Math.floor(rand() * ROOTS.length)]}${ENDINGS[Math.floor(rand() * ENDINGS.length)]}`;
  return { name: `${KIND_PREFIX[kind]} ${root} ${number}`, root };
}

/** @template T @param {readonly T[]} list @param {number} index */
const pick = (list, index) => /** @type {T} */ (list[index % list.length]);

// ---------------------------------------------------------------------------------------------
// Units per kind of entity (unitType keys are the ones the app translates where they exist).

/** @param {string} kind @param {string} root @param {() => number} rand */
function unitsFor(kind, root, rand) {
  if (kind === 'kabupaten' || kind === 'kota') {
    const units = [
      { unit: 'Dinas Pendidikan', unitShort: 'Disdik', unitType: 'dinas_pendidikan' },
      { unit: 'Dinas Kesehatan', unitShort: 'Dinkes', unitType: 'dinas_kesehatan' },
      { unit: 'Dinas Kependudukan dan Pencatatan Sipil', unitShort: 'Disdukcapil', unitType: 'disdukcapil' },
      { unit: 'Dinas Sosial', unitShort: 'Dinsos', unitType: 'dinas_sosial' },
      { unit: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', unitShort: 'DPMPTSP', unitType: 'dpmptsp' },
      { unit: `Puskesmas ${root} I`, unitType: 'puskesmas' },
      { unit: `Puskesmas ${root} II`, unitType: 'puskesmas' },
    ];
    // Some entities were assessed without their Dinas Kesehatan (as Jawa Tengah in 2024): six units.
    return rand() < 0.15 ? units.filter((u) => u.unitType !== 'dinas_kesehatan') : units;
  }
  if (kind === 'provinsi') {
    return [
      { unit: 'Dinas Pendidikan', unitShort: 'Disdik', unitType: 'dinas_pendidikan' },
      { unit: 'Dinas Kesehatan', unitShort: 'Dinkes', unitType: 'dinas_kesehatan' },
      { unit: 'Dinas Sosial', unitShort: 'Dinsos', unitType: 'dinas_sosial' },
      { unit: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', unitShort: 'DPMPTSP', unitType: 'dpmptsp' },
      { unit: `RSUD ${root}`, unitType: 'rsud' },
      { unit: `RS Jiwa ${root}`, unitType: 'rsud' },
      { unit: 'Badan Pendapatan Daerah (Samsat)', unitShort: 'Bapenda', unitType: 'samsat' },
    ];
  }
  const all = [
    { unit: 'Unit Layanan Terpadu', unitShort: 'ULT', unitType: 'unit_pusat' },
    { unit: 'Direktorat Pelayanan Perizinan', unitType: 'unit_pusat' },
    { unit: 'Pusat Layanan Informasi', unitType: 'unit_pusat' },
    { unit: 'Pusat Pengelolaan Pengaduan', unitType: 'unit_pusat' },
    { unit: 'Kantor Wilayah Sumatera', unitType: 'kantor_wilayah' },
    { unit: 'Kantor Wilayah Jawa', unitType: 'kantor_wilayah' },
    { unit: 'Kantor Wilayah Kalimantan', unitType: 'kantor_wilayah' },
    { unit: 'Kantor Wilayah Sulawesi', unitType: 'kantor_wilayah' },
    { unit: 'Kantor Wilayah Bali dan Nusa Tenggara', unitType: 'kantor_wilayah' },
    { unit: 'Kantor Wilayah Maluku dan Papua', unitType: 'kantor_wilayah' },
  ];
  const count = 5 + Math.floor(rand() * 5); // 5–9
  return all.slice(0, count);
}

// ---------------------------------------------------------------------------------------------
// Scores.

const SHARES = (() => {
  const sum = DIMENSIONS.reduce((acc, d) => acc + d.weight, 0);
  return DIMENSIONS.map((d) => d.weight / sum);
})();
/** Pengaduan (complaint handling) is typically the weakest dimension, Output the strongest. */
const DIMENSION_BIAS = [-1, 0.5, 2, -3];

/** @param {readonly (number | null)[]} dims */
function weighted(dims) {
  let total = 0;
  for (let i = 0; i < DIMENSIONS.length; i += 1) {
    const score = dims[i];
    if (score === null || score === undefined) return null;
    total += (SHARES[i] ?? 0) * score;
  }
  return total;
}

/**
 * Largest-remainder split of `total` over the shares of `counts`, so scaled counts still sum exactly.
 * @template {string} K @param {Record<K, number>} counts @param {number} total @returns {Record<K, number>}
 */
export function apportion(counts, total) {
  const keys = /** @type {K[]} */ (Object.keys(counts));
  const sum = keys.reduce((acc, k) => acc + counts[k], 0);
  const exact = keys.map((k) => (counts[k] * total) / sum);
  const floors = exact.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return /** @type {Record<K, number>} */ (Object.fromEntries(keys.map((k, i) => [k, floors[i] ?? 0])));
}

/**
 * How a unit's figures are reported in one year: complete, one dimension missing (total given),
 * no total (computed from the dimensions by the reader), or no total and a dimension missing (unknown).
 * @param {() => number} rand @param {boolean} unknownAllowed
 */
function missingPattern(rand, unknownAllowed) {
  const r = rand();
  if (r < 0.004) return { kind: 'dimNull', dim: Math.floor(rand() * DIMENSIONS.length) };
  if (r < 0.0055) return { kind: 'totalNull', dim: -1 };
  if (r < 0.0065 && unknownAllowed) return { kind: 'unknown', dim: Math.floor(rand() * DIMENSIONS.length) };
  return { kind: 'complete', dim: -1 };
}

/**
 * The units' records of one entity in one year, whose mean of known totals is `target` (to within
 * rounding) and, when `band` is given, inside it by `MEAN_MARGIN`.
 * @param {{ units: object[], offsets: number[], biases: number[][] }} entity
 * @param {number} target @param {[number, number] | null} band @param {() => number} rand
 */
function scoreYear(entity, target, band, rand) {
  const n = entity.units.length;
  let unknownUsed = false;
  const patterns = entity.units.map(() => {
    const p = missingPattern(rand, !unknownUsed && n > 1);
    if (p.kind === 'unknown') unknownUsed = true;
    return p;
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const spread = 1.5 + (100 - target) * 0.12;
    /** @type {number[][]} */
    const dims = entity.units.map((_, u) => {
      const base = target + (entity.offsets[u] ?? 0) * spread + normal(rand, 0, 1.2);
      const noise = 1.5 + (100 - clamp(base, 0, 100)) * 0.12;
      return DIMENSIONS.map((_d, d) =>
        clamp(base + (DIMENSION_BIAS[d] ?? 0) + (entity.biases[u]?.[d] ?? 0) + normal(rand, 0, noise), 0, 100),
      );
    });
    // Shift every unit's dimensions together until the entity's mean is on target (clamping at 0 and
    // 100 needs a few rounds).
    const knownUnits = patterns.map((p) => p.kind !== 'unknown');
    for (let round = 0; round < 30; round += 1) {
      let sum = 0;
      let count = 0;
      dims.forEach((row, u) => {
        if (!knownUnits[u]) return;
        sum += weighted(row) ?? 0;
        count += 1;
      });
      const delta = target - sum / count;
      if (Math.abs(delta) < 0.001) break;
      for (const row of dims) for (let d = 0; d < row.length; d += 1) row[d] = clamp((row[d] ?? 0) + delta, 0, 100);
    }

    const units = dims.map((row, u) => {
      const rounded = row.map(round2);
      const total = round2(weighted(rounded) ?? 0);
      const pattern = patterns[u] ?? { kind: 'complete', dim: -1 };
      /** @type {(number | null)[]} */
      const reported = [...rounded];
      if (pattern.kind === 'dimNull' || pattern.kind === 'unknown') reported[pattern.dim] = null;
      const givenTotal = pattern.kind === 'totalNull' || pattern.kind === 'unknown' ? null : total;
      // What a reader computes: the given total, else the weighted dimensions, else unknown.
      const effective = givenTotal ?? weighted(reported);
      return { dims: reported, total: givenTotal, effective };
    });
    const known = units.map((u) => u.effective).filter((t) => t !== null);
    const mean = known.reduce((a, b) => a + b, 0) / known.length;
    if (band === null || (mean >= band[0] + MEAN_MARGIN && mean < band[1] - MEAN_MARGIN)) return { units, mean };
  }
  throw new Error(`gen-national: could not place an entity mean near ${target}`);
}

// ---------------------------------------------------------------------------------------------
// The dataset.

/**
 * @param {{ seed?: number, scale?: number }} [options] `scale` multiplies the entity counts (10 for the
 * stress version; fractions for quick tests, rounded, at least one entity of each kind).
 */
export function generateNational(options = {}) {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 1;
  const rand = mulberry32(seed);

  const kinds = /** @type {(keyof typeof ENTITY_COUNTS)[]} */ (Object.keys(ENTITY_COUNTS));
  const counts = Object.fromEntries(kinds.map((k) => [k, Math.max(1, Math.round(ENTITY_COUNTS[k] * scale))]));
  const entityTotal = Object.values(counts).reduce((a, b) => a + b, 0);
  const gradeCounts = apportion(GRADE_COUNTS_2024, entityTotal);

  const entities = [];
  for (const kind of kinds) {
    const count = counts[kind] ?? 0;
    const width = Math.max(2, String(count).length);
    for (let i = 0; i < count; i += 1) {
      const { name, root } = entityName(kind, i, width, rand);
      const units = unitsFor(kind, root, rand);
      entities.push({
        kind,
        name,
        units,
        // A unit's standing within its entity persists over the years.
        offsets: units.map(() => normal(rand)),
        biases: units.map(() => DIMENSIONS.map(() => normal(rand, 0, 2))),
        sortKey: rand() + (KIND_BIAS[kind] ?? 0),
        grade: 'A',
      });
    }
  }

  // Deal out the 2024 grades: best sort keys get A, then B, …, the exact published counts.
  const dealt = [...entities].sort((a, b) => a.sortKey - b.sortKey);
  let next = 0;
  for (const grade of GRADES) {
    for (let i = 0; i < gradeCounts[grade]; i += 1) {
      const entity = dealt[next];
      if (entity) entity.grade = grade;
      next += 1;
    }
  }

  const byYear = new Map(YEARS.map((y) => [y, /** @type {object[]} */ ([])]));
  for (const entity of entities) {
    const [lo, hi] = BANDS[/** @type {keyof typeof BANDS} */ (entity.grade)];
    const low = Math.max(lo + TARGET_MARGIN, entity.grade === 'E' ? E_FLOOR : 0);
    const high = Math.min(hi - TARGET_MARGIN, 99.7);
    // Upper A scores are common (many entities score 95+); elsewhere uniform in the band.
    const u = rand();
    const target2024 = low + (high - low) * (entity.grade === 'A' ? Math.sqrt(u) : u);
    const target2023 = clamp(target2024 - normal(rand, 1.5, 4), 3, 99.7);
    const target2022 = clamp(target2023 - normal(rand, 2, 5), 3, 99.7);
    const targets = { 2022: target2022, 2023: target2023, 2024: target2024 };
    for (const year of YEARS) {
      const band = year === GRADED_YEAR ? [lo, hi] : null;
      const { units } = scoreYear(entity, targets[year], band, rand);
      units.forEach((scored, u) => {
        const meta = entity.units[u];
        /** @type {Record<string, unknown>} */
        const record = { year, institution: entity.name, unit: meta.unit };
        if (meta.unitShort) record.unitShort = meta.unitShort;
        record.unitType = meta.unitType;
        record.total = scored.total;
        record.dimensions = Object.fromEntries(DIMENSIONS.map((d, i) => [d.key, scored.dims[i] ?? null]));
        record.illustrative = true;
        byYear.get(year)?.push(record);
      });
    }
  }

  return {
    title: TITLE,
    source: { name: `${SOURCE_NAME}; seed ${seed}, skala ${scale}` },
    dimensions: DIMENSIONS.map((d) => ({ ...d })),
    institutions: [],
    records: YEARS.flatMap((y) => byYear.get(y) ?? []),
  };
}

// ---------------------------------------------------------------------------------------------
// Serialisation.

/** Canonical JSON, compact: the 10× file must stay well under the app's size limit. */
export function toCanonicalJson(dataset) {
  return `${JSON.stringify(dataset)}\n`;
}

const CSV_HEADER = [
  'No',
  'Tahun',
  'Instansi',
  'Unit Layanan',
  'Singkatan',
  'Jenis',
  'Nilai',
  ...DIMENSIONS.map((d) => d.label),
  'Ilustratif',
];

/** @param {number | null | undefined} score */
const decimalComma = (score) => (score === null || score === undefined ? '' : score.toFixed(2).replace('.', ','));

/** @param {string} cell */
const csvCell = (cell) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** Wide CSV as Excel saves it in the Indonesian locale: BOM, `;`, decimal comma, CRLF. */
export function toWideCsv(dataset) {
  const lines = [CSV_HEADER.join(';')];
  dataset.records.forEach((r, i) => {
    const cells = [
      String(i + 1),
      String(r.year),
      r.institution,
      r.unit,
      r.unitShort ?? '',
      r.unitType ?? '',
      decimalComma(r.total),
      ...DIMENSIONS.map((d) => decimalComma(r.dimensions[d.key])),
      r.illustrative ? 'ya' : 'tidak',
    ];
    lines.push(cells.map(csvCell).join(';'));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// Command line.

function parseArgs(argv) {
  const args = { out: 'bench/data', seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--out') args.out = argv[++i] ?? args.out;
    else if (argv[i] === '--seed') args.seed = Number(argv[++i]);
    else throw new Error(`gen-national: unknown argument ${argv[i]}`);
  }
  if (!Number.isInteger(args.seed)) throw new Error('gen-national: --seed takes an integer');
  return args;
}

/**
 * Writes national.json/.csv and national-10x.json/.csv into `dir`; returns what it wrote.
 * @param {string} dir @param {number} [seed]
 */
export function writeNationalFiles(dir, seed = DEFAULT_SEED) {
  mkdirSync(dir, { recursive: true });
  const written = [];
  for (const [name, scale] of [
    ['national', 1],
    ['national-10x', 10],
  ]) {
    const dataset = generateNational({ seed, scale: Number(scale) });
    const json = toCanonicalJson(dataset);
    const csv = toWideCsv(dataset);
    writeFileSync(join(dir, `${name}.json`), json);
    writeFileSync(join(dir, `${name}.csv`), csv);
    written.push({
      name,
      entities: new Set(dataset.records.map((r) => r.institution)).size,
      records: dataset.records.length,
      jsonBytes: Buffer.byteLength(json),
      csvBytes: Buffer.byteLength(csv),
    });
  }
  return written;
}

function main() {
  const { out, seed } = parseArgs(process.argv.slice(2));
  const dir = resolve(out);
  const started = performance.now();
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
  for (const w of writeNationalFiles(dir, seed)) {
    console.log(
      `${w.name}: ${w.entities} entities, ${w.records} records; ` +
        `${w.name}.json ${mb(w.jsonBytes)} MB, ${w.name}.csv ${mb(w.csvBytes)} MB`,
    );
  }
  console.log(`written to ${dir} in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
