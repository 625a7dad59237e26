// 2025 datasets for tests, from published results (../shared/reference/ombudsman-opini-2025.md).
// The 2025 press gives totals and quality words only: no dimension scores, no zone.
import type { Dataset, InstitutionResult, UnitRecord } from '../model';
import { DEFAULT_DIMENSIONS } from '../dimensions';
import { unitRecord } from './fixtures';

export const DIY = 'Provinsi DI Yogyakarta';

const DIY_SOURCE = {
  name: 'Ombudsman RI Perwakilan DIY',
  url: 'https://ombudsman.go.id/perwakilan/news/r/pwkmedia--layanan-publik-pemda-diy-masuk-kategori-kualitas-tinggi',
  retrieved: '2026-02-19',
};

/** Pemda DIY 2025 as published: 86.00, Kualitas Tinggi Tanpa Maladministrasi. */
export const DIY_2025_RESULT: InstitutionResult = {
  year: 2025,
  name: DIY,
  score: 86,
  opinion: { level: 'tinggi', tanpaMaladministrasi: true },
  source: DIY_SOURCE,
};

/** The six DIY 2025 units with their published totals and quality words (mean 85.998, none below 78). */
export function diy2025Units(): UnitRecord[] {
  const unit = (name: string, total: number, quality: UnitRecord['quality'], extra: Partial<UnitRecord> = {}) =>
    unitRecord({ year: 2025, institution: DIY, unit: name, total, quality, ...extra });
  return [
    unit('Dinas Sosial', 92.36, 'sangat_baik', { unitType: 'Dinas Sosial' }),
    unit('RSJ Grhasia', 90.16, 'sangat_baik'),
    unit('Balai Rehabilitasi Sosial Bina Karya dan Laras', 84.73, 'baik'),
    unit('Dinas Kesehatan', 83.63, 'baik', { unitType: 'Dinas Kesehatan' }),
    unit('Dinas Pendidikan, Pemuda, dan Olahraga', 83.58, 'baik', {
      unitShort: 'Disdikpora',
      unitType: 'Dinas Pendidikan',
    }),
    unit('SMAN 1 Yogyakarta', 81.53, 'baik'),
  ];
}

/** Pemda DIY 2025: the reported result and six units; the file named no dimensions (so no weights hold). */
export function diy2025(): Dataset {
  return {
    title: 'Provinsi DI Yogyakarta 2025',
    dimensions: [...DEFAULT_DIMENSIONS],
    defaultDimensions: true,
    institutions: [{ ...DIY_2025_RESULT }],
    records: diy2025Units(),
  };
}

/**
 * A hypothetical 2025 entity whose file carries dimension scores (the Ombudsman published none for
 * 2025; an official may hold them from the assessment itself). Made up, so no real entity gets
 * invented figures. `ownDimensions`: the file names its dimensions with its own weights; otherwise
 * it names none and is read with the default four, whose 2022–2024 weights do not hold for 2025.
 */
export const CONTOH = 'Kabupaten Contoh';

/** The file's own weights in `contoh2025({ ownDimensions: true })`. */
export const CONTOH_OWN_DIMENSIONS = [
  { key: 'input', label: 'Input', weight: 25 },
  { key: 'proses', label: 'Proses', weight: 30 },
  { key: 'output', label: 'Output', weight: 25 },
  { key: 'pengaduan', label: 'Pengaduan', weight: 20 },
] as const;

export function contoh2025(options: { ownDimensions: boolean }): Dataset {
  const unit = (name: string, total: number, dimensions: Record<string, number>) =>
    unitRecord({ year: 2025, institution: CONTOH, unit: name, total, dimensions });
  return {
    title: 'Kabupaten Contoh 2025',
    ...(options.ownDimensions
      ? { dimensions: CONTOH_OWN_DIMENSIONS.map((d) => ({ ...d })) }
      : { dimensions: [...DEFAULT_DIMENSIONS], defaultDimensions: true as const }),
    institutions: [],
    records: [
      unit('Dinas Sosial', 90.1, { input: 92, proses: 89, output: 91, pengaduan: 88 }),
      unit('RSUD Contoh', 84.2, { input: 80, proses: 86, output: 85, pengaduan: 84.5 }),
      unit('SDN 1 Contoh', 79.4, { input: 76, proses: 81, output: 80, pengaduan: 79 }),
    ],
  };
}
