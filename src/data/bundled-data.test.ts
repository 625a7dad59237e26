// The bundled dataset (public/data/rapor-default.json) is what every first-time user sees: its published
// figures must be exactly the press figures, and its illustrative dimension scores must be consistent
// with them and with the coaching story the press told (Input and Pengaduan for Disdikbud and
// Puskesmas Batang III).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, UnitRecord } from '../domain/model';
import { DEFAULT_DIMENSIONS } from '../domain/dimensions';
import { validateDataset } from '../domain/validate';
import { coachingPlan, DEFAULT_COACHING_RULE } from '../domain/coaching';

const BUNDLED_PATH = join(import.meta.dirname, '..', '..', 'public', 'data', 'rapor-default.json');
const raw: unknown = JSON.parse(readFileSync(BUNDLED_PATH, 'utf8'));
const result = validateDataset(raw);

function dataset(): Dataset {
  if (!result.ok) throw new Error(`bundled dataset is invalid: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

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

const PUBLISHED_INSTITUTIONS = [
  { year: 2024, name: 'Kabupaten Batang', score: 93.74 },
  { year: 2023, name: 'Kabupaten Batang', score: 91.5 },
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
  it('passes validation; its only warning is Batang 2024 reported 93.74 against the units’ mean 93.70', () => {
    expect(result.ok, JSON.stringify(result.ok ? [] : result.problems)).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({
      code: 'reportedDiffersFromMean',
      params: { name: 'Kabupaten Batang', year: 2024, reported: 93.74 },
    });
    const mean = result.warnings[0]?.params?.mean;
    expect(typeof mean === 'number' ? Math.round(mean * 100) / 100 : mean).toBe(93.7);
  });

  it('has the title, the press source and the default dimensions', () => {
    const data = dataset();
    expect(data.title).toBe('Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik');
    expect(data.source).toEqual({
      name: 'Ombudsman RI Perwakilan Jawa Tengah (rilis pers) via Tribun Jateng',
      retrieved: '2024-12-03',
    });
    expect(data.dimensions).toEqual(DEFAULT_DIMENSIONS);
  });

  it('holds exactly the six published Batang 2024 units, with their published totals, from Tribun Jateng', () => {
    const records = dataset().records;
    expect(records.map(({ unit, unitShort, unitType, total }) => ({ unit, unitShort, unitType, total }))).toEqual(
      PUBLISHED_BATANG_2024_UNITS,
    );
    for (const r of records) {
      expect(r).toMatchObject({
        year: 2024,
        institution: 'Kabupaten Batang',
        totalComputed: false,
        illustrative: true,
      });
      expect(r.source).toEqual({ name: 'Tribun Jateng, 3 Desember 2024', retrieved: '2024-12-03' });
    }
  });

  it('has illustrative dimension scores that reproduce each published total to within 0.005', () => {
    for (const r of dataset().records) {
      const total = r.total ?? Number.NaN;
      expect(Math.abs(weightedFromDimensions(r) - total), r.unit).toBeLessThan(0.005);
    }
  });

  it('keeps every dimension score within 0–100 at two decimals', () => {
    for (const r of dataset().records) {
      for (const d of DEFAULT_DIMENSIONS) {
        const value = score(r, d.key);
        expect(value, `${r.unit} ${d.key}`).toBeGreaterThanOrEqual(0);
        expect(value, `${r.unit} ${d.key}`).toBeLessThanOrEqual(100);
        expect(Math.round(value * 100) / 100, `${r.unit} ${d.key}`).toBe(value);
      }
    }
  });

  it('puts Input and Pengaduan below the entity’s dimension means exactly for the two coached units', () => {
    const records = dataset().records;
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
    const plan = coachingPlan(dataset(), { institution: 'Kabupaten Batang', year: 2024 }, DEFAULT_COACHING_RULE);
    expect(plan.items.map((i) => i.record.unitShort ?? i.record.unit).sort()).toEqual([
      'Disdikbud',
      'Puskesmas Batang III',
    ]);
    for (const item of plan.items) expect(item.focus.map((f) => f.key).sort()).toEqual(['input', 'pengaduan']);
  });

  it('reports exactly the published entity scores, each with where it was published', () => {
    const institutions = dataset().institutions;
    expect(institutions.map(({ year, name, score: s }) => ({ year, name, score: s }))).toEqual(PUBLISHED_INSTITUTIONS);
    for (const inst of institutions) expect(inst.source?.name, `${inst.name} ${String(inst.year)}`).toBeTruthy();
  });

  it('gives Batang its reported grades and sources', () => {
    const batang = dataset().institutions.filter((i) => i.name === 'Kabupaten Batang');
    expect(batang.find((i) => i.year === 2024)).toMatchObject({
      grade: 'A',
      source: { name: 'Tribun Jateng, 3 Desember 2024', retrieved: '2024-12-03' },
    });
    expect(batang.find((i) => i.year === 2023)).toMatchObject({ grade: 'A', source: { name: 'Press release' } });
  });

  it('names the Jawa Tengah 2024 results as Ombudsman RI Perwakilan Jawa Tengah figures', () => {
    const jateng2024 = dataset().institutions.filter((i) => i.year === 2024 && i.name !== 'Kabupaten Batang');
    expect(jateng2024).toHaveLength(8);
    for (const inst of jateng2024) {
      expect(inst.source?.name).toBe('Ombudsman RI Perwakilan Jawa Tengah (rilis pers), 2024');
    }
  });
});
