// The bundled dataset (public/data/rapor-default.json) is what every first-time user sees: its published
// figures must be exactly the press figures, and its illustrative dimension scores must be consistent
// with them and with the coaching story the press told (Input and Pengaduan for Disdikbud and
// Puskesmas Batang III). From 2025 it holds the published Opini Ombudsman RI results
// (../shared/reference/ombudsman-opini-2025.md): opinions, Tanpa Maladministrasi as reported, unit
// quality words, each with its source; and nothing for Batang in 2025, where nothing was published.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataWarning, Dataset, SourceInfo, UnitRecord, ValidationResult } from '../domain/model';
import { DEFAULT_DIMENSIONS } from '../domain/dimensions';
import { validateDataset } from '../domain/validate';
import { coachingPlan, defaultCoachingRule } from '../domain/coaching';
import { defaultSelection, summarizeEntity, yearsOf } from '../domain/aggregate';
import { yearWeights } from '../domain/year-weights';

const BUNDLED_PATH = join(import.meta.dirname, '..', '..', 'public', 'data', 'rapor-default.json');
const raw: unknown = JSON.parse(readFileSync(BUNDLED_PATH, 'utf8'));
const result = validateDataset(raw);

function dataset(): Dataset {
  if (!result.ok) throw new Error(`bundled dataset is invalid: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

const BATANG = 'Kabupaten Batang';

const PUBLISHED_BATANG_2024_UNITS = [
  { unit: 'Dinas Kependudukan dan Pencatatan Sipil', unitShort: 'Disdukcapil', unitType: 'disdukcapil', total: 93.77 },
  { unit: 'Dinas Pendidikan dan Kebudayaan', unitShort: 'Disdikbud', unitType: 'dinas_pendidikan', total: 89.07 },
  { unit: 'Dinas Sosial', unitShort: 'Dinsos', unitType: 'dinas_sosial', total: 95.07 },
  { unit: 'Puskesmas Batang I', unitShort: undefined, unitType: 'puskesmas', total: 95.86 },
  {
    unit: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    unitShort: 'DPMPTSP',
    unitType: 'dpmptsp',
    total: 97.55,
  },
  { unit: 'Puskesmas Batang III', unitShort: undefined, unitType: 'puskesmas', total: 90.9 },
];

/** Units the press named for coaching on Input and Pengaduan. */
const COACHED_UNITS = new Set(['Dinas Pendidikan dan Kebudayaan', 'Puskesmas Batang III']);

const PUBLISHED_BEFORE_2025 = [
  { year: 2024, name: BATANG, score: 93.74 },
  { year: 2023, name: BATANG, score: 91.5 },
  { year: 2024, name: 'Kabupaten Wonogiri', score: 99.71 },
  { year: 2024, name: 'Kabupaten Sukoharjo', score: 99.36 },
  { year: 2024, name: 'Kota Magelang', score: 99.61 },
  { year: 2024, name: 'Kota Surakarta', score: 99.14 },
  { year: 2024, name: 'Kabupaten Pemalang', score: 98.59 },
  { year: 2024, name: 'Kabupaten Brebes', score: 97.8 },
  { year: 2024, name: 'Kabupaten Wonosobo', score: 96.97 },
  { year: 2024, name: 'Provinsi Jawa Tengah', score: 98.21 },
  { year: 2021, name: 'Provinsi Jawa Tengah', score: 73.49 },
  { year: 2022, name: 'Provinsi Jawa Tengah', score: 93.14 },
  { year: 2023, name: 'Provinsi Jawa Tengah', score: 94.52 },
];

const SOURCES_2025 = {
  diy: {
    name: 'Ombudsman RI Perwakilan DI Yogyakarta (via RRI), 19 Februari 2026',
    url: 'https://ombudsman.go.id/perwakilan/news/r/pwkmedia--layanan-publik-pemda-diy-masuk-kategori-kualitas-tinggi',
    retrieved: '2026-02-19',
  },
  kotaYogyakarta: {
    name: 'redaksi17.com, 13 Februari 2026',
    url: 'https://redaksi17.com/?p=94612',
    retrieved: '2026-02-13',
  },
  depok: {
    name: 'ruzkaindonesia.id, penyerahan hasil 4 Februari 2026',
    url: 'https://ruzkaindonesia.id/pemkot-depok-raih-predikat-kualitas-tertinggi-tanpa-maladministrasi-dari-ombudsman',
    retrieved: '2026-02-04',
  },
  bantul: {
    name: 'Harian Jogja, 12 Februari 2026',
    url: 'https://jogjapolitan.harianjogja.com/read/2026/02/12/511/1245742/pelayanan-publik-pemkab-bantul-dinilai-ori-diy-ini-hasilnya',
    retrieved: '2026-02-12',
  },
  lampung: {
    name: 'kupastuntas.co, 10 Februari 2026',
    url: 'https://kupastuntas.co/2026/02/10/pemprov-lampung-raih-predikat-tertinggi-pelayanan-publik-dari-ombudsman',
    retrieved: '2026-02-10',
  },
  malukuUtara: {
    name: 'cermat.co.id, 12 Februari 2026',
    url: 'https://www.cermat.co.id/ombudsman-malut-serahkan-hasil-penilaian-maladministrasi-2025-lima-daerah-belum-raih-opini-tertinggi/amp',
    retrieved: '2026-02-12',
  },
  gorontalo: {
    name: 'berita.gorontaloprov.go.id, 11 Februari 2026',
    url: 'https://berita.gorontaloprov.go.id/2026/02/11/ombudsman-nilai-pelayanan-publik-pemprov-gorontalo-tanpa-maladministrasi',
    retrieved: '2026-02-11',
  },
} satisfies Record<string, Required<SourceInfo>>;

/**
 * Every published 2025 entity result: the opinion's level and Tanpa Maladministrasi as reported
 * (true; null = the report does not say).
 */
const PUBLISHED_2025 = [
  { name: 'Provinsi DI Yogyakarta', score: 86, level: 'tinggi', tm: true, source: SOURCES_2025.diy },
  { name: 'Kota Yogyakarta', score: 88.39, level: 'tertinggi', tm: true, source: SOURCES_2025.kotaYogyakarta },
  { name: 'Kota Depok', score: 90.34, level: 'tertinggi', tm: true, source: SOURCES_2025.depok },
  { name: 'Provinsi Lampung', score: 88.49, level: 'tertinggi', tm: true, source: SOURCES_2025.lampung },
  { name: 'Kota Metro', score: 84.43, level: 'tinggi', tm: null, source: SOURCES_2025.lampung },
  { name: 'Kabupaten Pringsewu', score: 84.09, level: 'tinggi', tm: null, source: SOURCES_2025.lampung },
  { name: 'Kabupaten Mesuji', score: 82.97, level: 'tinggi', tm: null, source: SOURCES_2025.lampung },
  { name: 'Kabupaten Lampung Tengah', score: 81.1, level: 'tinggi', tm: null, source: SOURCES_2025.lampung },
  { name: 'Kabupaten Lampung Selatan', score: 80.51, level: 'tinggi', tm: null, source: SOURCES_2025.lampung },
  { name: 'Kabupaten Tulang Bawang Barat', score: 80.21, level: 'tinggi', tm: null, source: SOURCES_2025.lampung },
  { name: 'Kabupaten Lampung Utara', score: 78.86, level: 'tinggi', tm: null, source: SOURCES_2025.lampung },
  { name: 'Provinsi Maluku Utara', score: 65.98, level: 'sedang', tm: true, source: SOURCES_2025.malukuUtara },
  { name: 'Kota Tidore Kepulauan', score: 62.57, level: 'sedang', tm: true, source: SOURCES_2025.malukuUtara },
  { name: 'Kabupaten Kepulauan Sula', score: 57.61, level: 'sedang', tm: true, source: SOURCES_2025.malukuUtara },
  { name: 'Kabupaten Halmahera Utara', score: 69.63, level: 'sedang', tm: false, source: SOURCES_2025.malukuUtara },
  { name: 'Kabupaten Pulau Morotai', score: 53.38, level: 'rendah', tm: false, source: SOURCES_2025.malukuUtara },
  { name: 'Provinsi Gorontalo', score: 76.82, level: 'sedang', tm: true, source: SOURCES_2025.gorontalo },
] as const;

/** The published 2025 units: total, quality word and compliance where reported, in the source's order. */
const PUBLISHED_2025_UNITS = [
  {
    institution: 'Provinsi DI Yogyakarta',
    source: SOURCES_2025.diy,
    units: [
      { unit: 'Dinas Sosial', unitShort: 'Dinsos', unitType: 'dinas_sosial', total: 92.36, quality: 'sangat_baik' },
      {
        unit: 'Rumah Sakit Jiwa Grhasia',
        unitShort: 'RSJ Grhasia',
        unitType: 'rsj',
        total: 90.16,
        quality: 'sangat_baik',
      },
      { unit: 'Balai Rehabilitasi Sosial Bina Karya dan Laras', unitType: 'balai', total: 84.73, quality: 'baik' },
      { unit: 'Dinas Kesehatan', unitShort: 'Dinkes', unitType: 'dinas_kesehatan', total: 83.63, quality: 'baik' },
      {
        unit: 'Dinas Pendidikan, Pemuda, dan Olahraga',
        unitShort: 'Disdikpora',
        unitType: 'dinas_pendidikan',
        total: 83.58,
        quality: 'baik',
      },
      {
        unit: 'SMA Negeri 1 Yogyakarta',
        unitShort: 'SMAN 1 Yogyakarta',
        unitType: 'sekolah',
        total: 81.53,
        quality: 'baik',
      },
    ],
  },
  {
    institution: 'Kota Yogyakarta',
    source: SOURCES_2025.kotaYogyakarta,
    units: [
      {
        unit: 'Dinas Sosial, Tenaga Kerja, dan Transmigrasi',
        unitShort: 'Dinsosnakertrans',
        unitType: 'dinas_sosial',
        total: 90.13,
      },
      {
        unit: 'Dinas Pendidikan, Pemuda, dan Olahraga',
        unitShort: 'Disdikpora',
        unitType: 'dinas_pendidikan',
        total: 89.44,
      },
      { unit: 'SMP Negeri 5 Yogyakarta', unitShort: 'SMPN 5 Yogyakarta', unitType: 'sekolah', total: 89.31 },
      { unit: 'Dinas Kesehatan', unitShort: 'Dinkes', unitType: 'dinas_kesehatan', total: 88.91 },
      { unit: 'RSUD Kota Yogyakarta', unitType: 'rsud', total: 84.17 },
    ],
  },
  {
    institution: 'Kota Depok',
    source: SOURCES_2025.depok,
    units: [
      {
        unit: 'SMP Negeri 20 Depok',
        unitShort: 'SMPN 20 Depok',
        unitType: 'sekolah',
        total: 93.49,
        quality: 'sangat_baik',
        compliance: 'Tinggi',
      },
      { unit: 'RSUD KiSA', unitType: 'rsud', total: 90.22, quality: 'sangat_baik', compliance: 'Tinggi' },
      {
        unit: 'Dinas Sosial',
        unitShort: 'Dinsos',
        unitType: 'dinas_sosial',
        total: 87.29,
        quality: 'baik',
        compliance: 'Tinggi',
      },
    ],
  },
  {
    institution: 'Kabupaten Bantul',
    source: SOURCES_2025.bantul,
    units: [
      { unit: 'Dinas Kesehatan', unitShort: 'Dinkes', unitType: 'dinas_kesehatan', total: 87.5 },
      { unit: 'SD Negeri 1 Bantul', unitShort: 'SDN 1 Bantul', unitType: 'sekolah', total: 85.82 },
      { unit: 'RSUD Panembahan Senopati', unitType: 'rsud', total: 81.63 },
    ],
  },
] as const;

/** The only warnings the bundled data may raise: reported entity scores that differ from their units' mean. */
const EXPECTED_WARNINGS = [
  { code: 'reportedDiffersFromMean', name: BATANG, year: 2024, reported: 93.74, mean: 93.7 },
  { code: 'reportedDiffersFromMean', name: 'Kota Depok', year: 2025, reported: 90.34, mean: 90.33 },
];

function warningSummary(warnings: readonly DataWarning[]) {
  return warnings.map((w) => ({
    code: w.code,
    name: w.params?.name,
    year: w.params?.year,
    reported: w.params?.reported,
    mean: typeof w.params?.mean === 'number' ? Math.round(w.params.mean * 100) / 100 : w.params?.mean,
  }));
}

function okDataset(r: ValidationResult): { dataset: Dataset; warnings: DataWarning[] } {
  if (!r.ok) throw new Error(`bundled dataset is invalid: ${JSON.stringify(r.problems)}`);
  return r;
}

function batang2024Records(): UnitRecord[] {
  return dataset().records.filter((r) => r.institution === BATANG && r.year === 2024);
}

/** Σ weight × score / Σ weight, computed here rather than through the domain, so both check each other. */
function weightedFromDimensions(record: UnitRecord): number {
  let weighted = 0;
  let weights = 0;
  for (const d of DEFAULT_DIMENSIONS) {
    const score = record.dimensions[d.key];
    if (typeof score !== 'number') throw new Error(`${record.unit}: ${d.key} is unknown`);
    weighted += d.weight * score;
    weights += d.weight;
  }
  return weighted / weights;
}

/** The entity's mean of one dimension over all its units (what coaching compares a unit with). */
function entityDimensionMean(records: readonly UnitRecord[], key: string): number {
  return records.reduce((sum, r) => sum + score(r, key), 0) / records.length;
}

function score(record: UnitRecord, key: string): number {
  const value = record.dimensions[key];
  if (typeof value !== 'number') throw new Error(`${record.unit}: ${key} is unknown`);
  return value;
}

describe('bundled dataset rapor-default.json', () => {
  it('loads; its only warnings are the two reported scores that differ from their units’ mean', () => {
    expect(result.ok, JSON.stringify(result.ok ? [] : result.problems)).toBe(true);
    expect(warningSummary(okDataset(result).warnings)).toEqual(EXPECTED_WARNINGS);
  });

  it('has a title true for both methods, a source for the whole file, and no dimension list of its own', () => {
    const data = dataset();
    expect(data.title).toBe('Penilaian Pelayanan Publik Ombudsman RI');
    expect(data.source).toEqual({
      name: 'Ombudsman RI dan perwakilannya (rilis pers, dikutip media; sumber tercatat pada tiap hasil)',
    });
    // A top-level list would vouch for the 2023 weights in 2025 too: the file names none.
    expect(raw).not.toHaveProperty('dimensions');
    expect(data.defaultDimensions).toBe(true);
    expect(data.dimensions).toEqual(DEFAULT_DIMENSIONS);
    expect(yearWeights(data, 2024)).toMatchObject({ known: true, from: 'method' });
    expect(yearWeights(data, 2025)).toMatchObject({ known: false });
  });

  it('opens on Batang 2024 and offers every year, 2025 included', () => {
    const data = dataset();
    expect(data.defaultView).toEqual({ year: 2024, institution: BATANG });
    expect(defaultSelection(data)).toEqual({ year: 2024, institution: BATANG });
    expect(yearsOf(data)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('holds exactly the six published Batang 2024 units, with their published totals, from Tribun Jateng', () => {
    const records = batang2024Records();
    expect(records.map(({ unit, unitShort, unitType, total }) => ({ unit, unitShort, unitType, total }))).toEqual(
      PUBLISHED_BATANG_2024_UNITS,
    );
    for (const r of records) {
      expect(r).toMatchObject({ totalComputed: false, illustrative: true });
      expect(r.quality).toBeUndefined();
      expect(r.source).toEqual({
        name: 'Ombudsman RI Perwakilan Jawa Tengah (rilis pers) via Tribun Jateng',
        retrieved: '2024-12-03',
      });
    }
  });

  it('has illustrative dimension scores that reproduce each published Batang total to within 0.005', () => {
    for (const r of batang2024Records()) {
      const total = r.total ?? Number.NaN;
      expect(Math.abs(weightedFromDimensions(r) - total), r.unit).toBeLessThan(0.005);
    }
  });

  it('keeps every Batang dimension score within 0–100 at two decimals', () => {
    for (const r of batang2024Records()) {
      for (const d of DEFAULT_DIMENSIONS) {
        const value = score(r, d.key);
        expect(value, `${r.unit} ${d.key}`).toBeGreaterThanOrEqual(0);
        expect(value, `${r.unit} ${d.key}`).toBeLessThanOrEqual(100);
        expect(Math.round(value * 100) / 100, `${r.unit} ${d.key}`).toBe(value);
      }
    }
  });

  it('puts Input and Pengaduan below the entity’s dimension means exactly for the two coached units', () => {
    const records = batang2024Records();
    expect(records.filter((r) => COACHED_UNITS.has(r.unit))).toHaveLength(COACHED_UNITS.size);
    const mean = (key: string) => entityDimensionMean(records, key);
    for (const r of records) {
      if (COACHED_UNITS.has(r.unit)) {
        expect(score(r, 'input'), r.unit).toBeLessThan(mean('input'));
        expect(score(r, 'pengaduan'), r.unit).toBeLessThan(mean('pengaduan'));
        expect(score(r, 'proses'), r.unit).toBeGreaterThanOrEqual(mean('proses'));
        expect(score(r, 'output'), r.unit).toBeGreaterThanOrEqual(mean('output'));
      } else {
        expect(score(r, 'input'), r.unit).toBeGreaterThanOrEqual(mean('input'));
        expect(score(r, 'pengaduan'), r.unit).toBeGreaterThanOrEqual(mean('pengaduan'));
      }
    }
  });

  it('makes the default coaching rule flag Disdikbud and Puskesmas Batang III with Input and Pengaduan as focus', () => {
    const plan = coachingPlan(dataset(), { institution: BATANG, year: 2024 }, defaultCoachingRule(2024).rule);
    expect(plan.items.map((i) => i.record.unitShort ?? i.record.unit).sort()).toEqual([
      'Disdikbud',
      'Puskesmas Batang III',
    ]);
    for (const item of plan.items) expect(item.focus.map((f) => f.key).sort()).toEqual(['input', 'pengaduan']);
  });

  it('shows Batang 2024 as before: 93,74 reported, 93,70 mean, grade A derived from the score, Zona Hijau', () => {
    const s = summarizeEntity(dataset(), BATANG, 2024);
    expect(s).toMatchObject({
      reported: 93.74,
      score: 93.74,
      scoreIsReported: true,
      meanDiffers: true,
      reportedGrade: 'A',
    });
    expect(Math.round((s.computedMean ?? 0) * 100) / 100).toBe(93.7);
    expect(s.method.method.id).toBe('kepatuhan');
    expect(s.level).toMatchObject({
      origin: 'derived',
      level: { grade: 'A', quality: 'tertinggi', zone: 'hijau', basis: 'official' },
    });
    expect(s.opinion).toBeUndefined();
    expect(s.nationalAverage).toBeUndefined();
    expect(s.source).toEqual({
      name: 'Ombudsman RI Perwakilan Jawa Tengah (rilis pers) via Tribun Jateng',
      retrieved: '2024-12-03',
    });
  });

  it('reports exactly the published entity scores, each with where it was published', () => {
    const institutions = dataset().institutions;
    expect(institutions.map(({ year, name, score: s }) => ({ year, name, score: s }))).toEqual([
      ...PUBLISHED_BEFORE_2025,
      ...PUBLISHED_2025.map(({ name, score: s }) => ({ year: 2025, name, score: s })),
    ]);
    for (const inst of institutions) expect(inst.source?.name, `${inst.name} ${String(inst.year)}`).toBeTruthy();
  });

  it('gives Batang its reported grades and sources', () => {
    const batang = dataset().institutions.filter((i) => i.name === BATANG);
    expect(batang.find((i) => i.year === 2024)).toMatchObject({
      grade: 'A',
      source: { name: 'Ombudsman RI Perwakilan Jawa Tengah (rilis pers) via Tribun Jateng', retrieved: '2024-12-03' },
    });
    expect(batang.find((i) => i.year === 2023)).toMatchObject({ grade: 'A', source: { name: 'Press release' } });
  });

  it('names the Jawa Tengah 2024 results as Ombudsman RI Perwakilan Jawa Tengah figures', () => {
    const jateng2024 = dataset().institutions.filter((i) => i.year === 2024 && i.name !== BATANG);
    expect(jateng2024).toHaveLength(8);
    for (const inst of jateng2024) {
      expect(inst.source?.name).toBe('Ombudsman RI Perwakilan Jawa Tengah (rilis pers), 2024');
    }
  });
});

describe('bundled dataset: the published 2025 results (Opini Ombudsman RI)', () => {
  it('gives every 2025 entity its published opinion, Tanpa Maladministrasi as reported, and its source with URL and date', () => {
    const published2025 = dataset().institutions.filter((i) => i.year === 2025);
    expect(
      published2025.map((i) => ({
        name: i.name,
        score: i.score,
        level: i.opinion?.level,
        tm: i.opinion?.tanpaMaladministrasi,
        source: i.source,
      })),
    ).toEqual(PUBLISHED_2025);
    for (const inst of published2025) {
      expect(inst.grade, inst.name).toBeUndefined();
      expect(inst.source?.url, inst.name).toMatch(/^https:\/\//);
    }
  });

  // The Maluku Utara report lists the suffix for three entities and not for Halmahera Utara and Morotai:
  // there it is reported as absent (false), not left unsaid (null), as for the Lampung regencies.
  it('leaves Tanpa Maladministrasi out of the file where the report does not say it (Lampung regencies)', () => {
    const rawInstitutions = (raw as { institutions: { year: number; name: string; tanpaMaladministrasi?: boolean }[] })
      .institutions;
    const notReported = rawInstitutions.filter((i) => i.year === 2025 && !('tanpaMaladministrasi' in i));
    expect(notReported.map((i) => i.name)).toEqual(PUBLISHED_2025.filter((p) => p.tm === null).map((p) => p.name));
  });

  it('holds the published 2025 units with their totals, quality words, compliance and sources', () => {
    const records2025 = dataset().records.filter((r) => r.year === 2025);
    const expected = PUBLISHED_2025_UNITS.flatMap(({ institution, source, units }) =>
      units.map((u) => ({ institution, ...u, source })),
    );
    expect(
      records2025.map((r) => {
        const shown: Record<string, unknown> = { institution: r.institution, unit: r.unit };
        if (r.unitShort !== undefined) shown.unitShort = r.unitShort;
        shown.unitType = r.unitType;
        shown.total = r.total;
        if (r.quality !== undefined) shown.quality = r.quality;
        if (r.compliance !== undefined) shown.compliance = r.compliance;
        shown.source = r.source;
        return shown;
      }),
    ).toEqual(expected);
    for (const r of records2025) {
      // Per-dimension 2025 scores were published for no entity, and the totals are the published ones.
      expect(
        Object.values(r.dimensions).every((v) => v === null),
        r.unit,
      ).toBe(true);
      expect(r).toMatchObject({ totalComputed: false, illustrative: false });
    }
  });

  it('shows Pemda DIY 2025 as published: 86,00, Kualitas Tinggi Tanpa Maladministrasi, beside the national average 74,64', () => {
    const s = summarizeEntity(dataset(), 'Provinsi DI Yogyakarta', 2025);
    expect(s).toMatchObject({ reported: 86, score: 86, meanDiffers: false, unitCount: 6 });
    expect(s.method.method.id).toBe('maladministrasi');
    expect(s.opinion).toEqual({ level: 'tinggi', tanpaMaladministrasi: true });
    expect(s.level).toMatchObject({ origin: 'published', level: { quality: 'tinggi' } });
    expect(s.level?.level.zone).toBeUndefined();
    expect(s.level?.level.grade).toBeUndefined();
    expect(s.nationalAverage?.score).toBe(74.64);
  });

  it('keeps Bantul without an entity score or opinion: only its three units and their mean', () => {
    const data = dataset();
    expect(data.institutions.some((i) => i.name === 'Kabupaten Bantul')).toBe(false);
    const s = summarizeEntity(data, 'Kabupaten Bantul', 2025);
    expect(s).toMatchObject({ reported: null, scoreIsReported: false, unitCount: 3 });
    expect(Math.round((s.computedMean ?? 0) * 100) / 100).toBe(84.98);
    expect(s.opinion).toBeUndefined();
    // A level read from the mean on the inferred 2025 cut points, never an official one.
    expect(s.level).toMatchObject({ origin: 'derived', level: { quality: 'tinggi', basis: 'inferred' } });
  });

  it('has the reported 2025 national average with its source', () => {
    expect(dataset().nationalAverages).toEqual([
      {
        year: 2025,
        score: 74.64,
        source: {
          name: 'Ombudsman RI, Ringkasan Eksekutif Penilaian Maladministrasi 2025 (dikutip pers), 30 Januari 2026',
          retrieved: '2026-01-30',
        },
      },
    ]);
  });

  it('has no Batang figure for 2025: nothing was published', () => {
    const data = dataset();
    expect(data.institutions.filter((i) => i.name === BATANG).map((i) => i.year)).toEqual([2024, 2023]);
    expect(data.records.some((r) => r.institution === BATANG && r.year !== 2024)).toBe(false);
  });
});
