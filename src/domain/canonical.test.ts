import { describe, expect, it } from 'vitest';
import type { Dataset } from './model';
import { toCanonicalJson } from './canonical';
import { OPINION_LABEL, readOpinionLabel, readUnitQuality, UNIT_QUALITY_LABEL } from './published-labels';
import { batang2024, multiEntityMultiYear } from './testing/fixtures';
import { validateDataset } from './validate';

function roundTrip(json: unknown): Dataset {
  const result = validateDataset(JSON.parse(JSON.stringify(json)));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

/** Published 2025 results (see ../shared/reference/ombudsman-opini-2025.md), in the file's own words. */
const RESULTS_2025 = {
  title: 'Opini Ombudsman RI 2025',
  defaultView: { year: 2025, institution: 'Provinsi DI Yogyakarta' },
  nationalAverages: [{ year: 2025, score: 74.64, source: { name: 'Ringkasan Eksekutif', retrieved: '2026-01-30' } }],
  institutions: [
    { year: 2025, name: 'Provinsi DI Yogyakarta', score: 86, opinion: 'Kualitas Tinggi Tanpa Maladministrasi' },
    // The press spelling, read as Kualitas Tertinggi.
    {
      year: 2025,
      name: 'Kota Yogyakarta',
      score: 88.39,
      opinion: 'Kualitas Sangat Tinggi',
      tanpaMaladministrasi: true,
    },
    {
      year: 2025,
      name: 'Kabupaten Halmahera Utara',
      score: 69.63,
      opinion: 'Kualitas Sedang',
      tanpaMaladministrasi: false,
    },
    // Reported without a word on the suffix: not reported, a state of its own.
    { year: 2025, name: 'Kota Metro', score: 84.43, opinion: 'Kualitas Tinggi' },
    { year: 2025, name: 'Kabupaten Contoh', score: null, assessed: false },
    { year: 2025, name: 'Kota Contoh', score: 80, publicTrust: 75.5, supervisionCompliance: 90 },
  ],
  records: [
    { year: 2025, institution: 'Provinsi DI Yogyakarta', unit: 'Dinas Sosial', total: 92.36, quality: 'Sangat Baik' },
    {
      year: 2025,
      institution: 'Kota Depok',
      unit: 'Dinas Sosial',
      total: 87.29,
      quality: 'baik',
      compliance: 'Tingkat Kepatuhan Tinggi',
    },
    { year: 2025, institution: 'Kota Contoh', unit: 'Unit A', total: 80, publicTrust: 70, supervisionCompliance: 95.5 },
    { year: 2025, institution: 'Kota Yogyakarta', unit: 'RSUD Kota Yogyakarta', total: 84.17 },
  ],
};

describe('toCanonicalJson', () => {
  it('reads back as the same dataset', () => {
    for (const ds of [batang2024(), multiEntityMultiYear(), RESULTS_2025]) {
      const first = roundTrip(ds);
      expect(roundTrip(toCanonicalJson(first))).toEqual(first);
    }
  });

  it('writes the 2025 opinions as their published labels, the Tanpa Maladministrasi suffix apart when reported', () => {
    const json = toCanonicalJson(roundTrip(RESULTS_2025));
    expect(json.institutions).toEqual([
      { year: 2025, name: 'Provinsi DI Yogyakarta', score: 86, opinion: 'Kualitas Tinggi', tanpaMaladministrasi: true },
      { year: 2025, name: 'Kota Yogyakarta', score: 88.39, opinion: 'Kualitas Tertinggi', tanpaMaladministrasi: true },
      {
        year: 2025,
        name: 'Kabupaten Halmahera Utara',
        score: 69.63,
        opinion: 'Kualitas Sedang',
        tanpaMaladministrasi: false,
      },
      { year: 2025, name: 'Kota Metro', score: 84.43, opinion: 'Kualitas Tinggi' },
      { year: 2025, name: 'Kabupaten Contoh', score: null, assessed: false },
      { year: 2025, name: 'Kota Contoh', score: 80, publicTrust: 75.5, supervisionCompliance: 90 },
    ]);
    const records = json.records as Record<string, unknown>[];
    expect(records[0]).toMatchObject({ quality: 'Sangat Baik' });
    expect(records[1]).toMatchObject({ quality: 'Baik', compliance: 'Tinggi' });
    expect(records[2]).toMatchObject({ publicTrust: 70, supervisionCompliance: 95.5 });
    expect(records[3]).not.toHaveProperty('quality');
  });

  it('writes the national averages and the default view, before the institutions and the records', () => {
    const json = toCanonicalJson(roundTrip(RESULTS_2025));
    expect(json.nationalAverages).toEqual(RESULTS_2025.nationalAverages);
    expect(json.defaultView).toEqual({ year: 2025, institution: 'Provinsi DI Yogyakarta' });
    expect(Object.keys(json)).toEqual(['title', 'defaultView', 'nationalAverages', 'institutions', 'records']);
  });

  it('leaves out default dimensions, so they read back as defaults (no weights the file vouches for)', () => {
    const defaulted = roundTrip(RESULTS_2025);
    expect(defaulted.defaultDimensions).toBe(true);
    expect(toCanonicalJson(defaulted)).not.toHaveProperty('dimensions');
    expect(roundTrip(toCanonicalJson(defaulted)).defaultDimensions).toBe(true);
    // Dimensions the file named are written, and read back as named.
    const named = roundTrip(batang2024());
    expect(named.defaultDimensions).toBeUndefined();
    expect(toCanonicalJson(named).dimensions).toEqual(batang2024().dimensions);
  });

  it('writes labels the reader takes as official, without a variant note', () => {
    for (const [level, label] of Object.entries(OPINION_LABEL)) {
      expect(readOpinionLabel(label)).toEqual({ level, tanpaMaladministrasi: null, variant: false });
    }
    for (const [quality, label] of Object.entries(UNIT_QUALITY_LABEL)) {
      expect(readUnitQuality(label)).toEqual({ quality, variant: false });
    }
    const result = validateDataset(toCanonicalJson(roundTrip(RESULTS_2025)));
    expect(result.ok && result.warnings.map((w) => w.code)).not.toContain('opinionVariant');
  });

  it('leaves out a computed total so it is computed (and marked) again', () => {
    const ds = roundTrip({
      records: [
        {
          year: 2024,
          institution: 'Kota A',
          unit: 'U',
          dimensions: { input: 90, proses: 90, output: 90, pengaduan: 90 },
        },
      ],
    });
    expect(ds.records[0]?.totalComputed).toBe(true);
    const record = (toCanonicalJson(ds).records as Record<string, unknown>[])[0];
    expect(record).not.toHaveProperty('total');
    expect(roundTrip(toCanonicalJson(ds)).records[0]).toMatchObject({ total: 90, totalComputed: true });
  });

  it('keeps unknown scores as null and writes illustrative only when true', () => {
    const ds = roundTrip({
      records: [{ year: 2024, institution: 'Kota A', unit: 'U', total: null, dimensions: { input: 80 } }],
    });
    const record = (toCanonicalJson(ds).records as Record<string, unknown>[])[0];
    expect(record).not.toHaveProperty('illustrative');
    expect(record?.dimensions).toMatchObject({ input: 80, proses: null });
  });
});
