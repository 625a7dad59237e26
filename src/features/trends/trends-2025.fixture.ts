// A dataset for the trend tests that crosses the change of method (2024 → 2025). The 2025 results of
// Pemda DIY, Kota Depok and the two Maluku Utara entities are the published ones
// (../shared/reference/ombudsman-opini-2025.md); Kota Contoh and Kabupaten Contoh are fictional, made
// to have years on both sides of the change. Batang has no published 2025 result and gets none.
import type { Dataset, InstitutionResult, SourceInfo } from '../../domain/model';
import { multiEntityMultiYear, unitRecord } from '../../domain/testing/fixtures';
import { DIY_2025_RESULT, diy2025Units } from '../../domain/testing/fixtures-2025';

export const DEPOK = 'Kota Depok';
export const MALUT = 'Provinsi Maluku Utara';
export const HALUT = 'Kabupaten Halmahera Utara';
/** Fictional: reported figures 2023–2025 and two units in 2024 and 2025, no 2025 opinion (derived). */
export const KOTA_CONTOH = 'Kota Contoh';
/** Fictional: assessed in 2023 and 2024, not assessed in 2025. */
export const KAB_CONTOH = 'Kabupaten Contoh';

const DEPOK_SOURCE: SourceInfo = {
  name: 'ruzkaindonesia.id',
  url: 'https://ruzkaindonesia.id/pemkot-depok-raih-predikat-kualitas-tertinggi-tanpa-maladministrasi-dari-ombudsman',
};
const MALUT_SOURCE: SourceInfo = {
  name: 'cermat.co.id',
  url: 'https://www.cermat.co.id/ombudsman-malut-serahkan-hasil-penilaian-maladministrasi-2025-lima-daerah-belum-raih-opini-tertinggi/amp',
};

const RESULTS_2025: InstitutionResult[] = [
  { ...DIY_2025_RESULT },
  {
    year: 2025,
    name: DEPOK,
    score: 90.34,
    opinion: { level: 'tertinggi', tanpaMaladministrasi: true },
    source: DEPOK_SOURCE,
  },
  {
    year: 2025,
    name: MALUT,
    score: 65.98,
    opinion: { level: 'sedang', tanpaMaladministrasi: true },
    source: MALUT_SOURCE,
  },
  // Reported in the same list as the others, without the suffix.
  {
    year: 2025,
    name: HALUT,
    score: 69.63,
    opinion: { level: 'sedang', tanpaMaladministrasi: false },
    source: MALUT_SOURCE,
  },
];

/**
 * `multiEntityMultiYear` (Batang 2023–2024, Pemalang, Jawa Tengah 2021–2024) with the 2025 results
 * above, Kota Contoh 2023–2025, Kabupaten Contoh 2023–2024 and not assessed in 2025, and the reported 2025
 * national average 74.64.
 */
export function acrossTheBreak(): Dataset {
  const base = multiEntityMultiYear();
  const contohUnit = (year: number, unit: string, total: number) =>
    unitRecord({ year, institution: KOTA_CONTOH, unit, unitType: unit, total });
  return {
    ...base,
    institutions: [
      ...base.institutions,
      ...RESULTS_2025,
      { year: 2023, name: KOTA_CONTOH, score: 84.2 },
      { year: 2024, name: KOTA_CONTOH, score: 86.1 },
      { year: 2025, name: KOTA_CONTOH, score: 82.5 },
      { year: 2023, name: KAB_CONTOH, score: 76.1 },
      { year: 2024, name: KAB_CONTOH, score: 77.5 },
      { year: 2025, name: KAB_CONTOH, score: null, assessed: false },
    ],
    records: [
      ...base.records,
      ...diy2025Units(),
      contohUnit(2024, 'Dinas Sosial', 85),
      contohUnit(2025, 'Dinas Sosial', 81),
      contohUnit(2024, 'RSUD', 87.2),
      contohUnit(2025, 'RSUD', 84),
    ],
    nationalAverages: [
      {
        year: 2025,
        score: 74.64,
        source: { name: 'Ringkasan Eksekutif Penilaian Maladministrasi 2025, dikutip pers', retrieved: '2026-01-30' },
      },
    ],
  };
}
