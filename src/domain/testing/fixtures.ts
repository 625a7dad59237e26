// Datasets for tests, built directly as `Dataset` objects. The dimension scores are illustrative
// (Ombudsman publishes only totals in the press); each unit's weighted total under the default
// weights rounds to its published total.
import type { Dataset, InstitutionResult, Score, UnitRecord } from '../model';
import { DEFAULT_DIMENSIONS } from '../dimensions';

export const BATANG = 'Kabupaten Batang';
export const PEMALANG = 'Kabupaten Pemalang';
export const JATENG = 'Provinsi Jawa Tengah';

type Dims = { input: Score; proses: Score; output: Score; pengaduan: Score };

/** A unit record with defaults for the fields a test rarely cares about. */
export function unitRecord(
  fields: Partial<UnitRecord> & Pick<UnitRecord, 'year' | 'institution' | 'unit'>,
): UnitRecord {
  return { total: null, totalComputed: false, dimensions: {}, illustrative: false, ...fields };
}

function batangUnit(
  year: number,
  unit: string,
  unitShort: string,
  unitType: string,
  total: number,
  dims?: Dims,
): UnitRecord {
  return unitRecord({
    year,
    institution: BATANG,
    unit,
    unitShort,
    unitType,
    total,
    dimensions: dims ?? {},
    illustrative: dims !== undefined,
  });
}

function batang2024Units(): UnitRecord[] {
  return [
    batangUnit(2024, 'Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', 'Disdukcapil', 93.77, {
      input: 93,
      proses: 94.5,
      output: 94,
      pengaduan: 93.2,
    }),
    // Weak on Input and Pengaduan, at or above the mean on Proses and Output.
    batangUnit(2024, 'Dinas Pendidikan dan Kebudayaan', 'Disdikbud', 'Dinas Pendidikan', 89.07, {
      input: 78.5,
      proses: 98,
      output: 97.5,
      pengaduan: 76.89,
    }),
    batangUnit(2024, 'Dinas Sosial', 'Dinsos', 'Dinas Sosial', 95.07, {
      input: 95,
      proses: 95,
      output: 95.5,
      pengaduan: 94.76,
    }),
    batangUnit(2024, 'Puskesmas Batang I', 'Puskesmas Batang I', 'Puskesmas', 95.86, {
      input: 96,
      proses: 95.5,
      output: 96,
      pengaduan: 96.1,
    }),
    batangUnit(2024, 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP', 'DPMPTSP', 97.55, {
      input: 98,
      proses: 97.5,
      output: 97,
      pengaduan: 97.79,
    }),
    batangUnit(2024, 'Puskesmas Batang III', 'Puskesmas Batang III', 'Puskesmas', 90.9, {
      input: 84,
      proses: 97.8,
      output: 97.6,
      pengaduan: 79.99,
    }),
  ];
}

const BATANG_2024_REPORTED: InstitutionResult = {
  year: 2024,
  name: BATANG,
  score: 93.74,
  grade: 'A',
  source: { name: 'Ombudsman RI', retrieved: '2024-12-10' },
};

/** Kabupaten Batang 2024: six units (mean 93.70) and the reported 93.74. */
export function batang2024(): Dataset {
  return {
    title: 'Kabupaten Batang 2024',
    dimensions: [...DEFAULT_DIMENSIONS],
    institutions: [{ ...BATANG_2024_REPORTED }],
    records: batang2024Units(),
  };
}

/**
 * Three entities over 2021–2024:
 * - Kabupaten Batang 2023 (3 units, one without dimension scores; reported 91.50) and 2024 (as `batang2024`).
 * - Kabupaten Pemalang 2023 (2 units, nothing reported) and 2024 (3 units, one with an unknown total and
 *   only a partial dimension; reported 98.59). No dimension scores otherwise.
 * - Provinsi Jawa Tengah: reported figures only, 2021–2024.
 */
export function multiEntityMultiYear(): Dataset {
  const pemalang = (year: number, unit: string, total: Score, dimensions: UnitRecord['dimensions'] = {}): UnitRecord =>
    unitRecord({
      year,
      institution: PEMALANG,
      unit,
      unitType: unit.startsWith('Puskesmas') ? 'Puskesmas' : 'Dinas',
      total,
      dimensions,
    });
  return {
    title: 'Jawa Tengah (contoh)',
    source: { name: 'Contoh', url: 'https://example.org/rapor' },
    dimensions: [...DEFAULT_DIMENSIONS],
    institutions: [
      { year: 2023, name: BATANG, score: 91.5, grade: 'A' },
      { ...BATANG_2024_REPORTED },
      { year: 2024, name: PEMALANG, score: 98.59 },
      { year: 2021, name: JATENG, score: 73.49 },
      { year: 2022, name: JATENG, score: 93.14 },
      { year: 2023, name: JATENG, score: 94.52 },
      { year: 2024, name: JATENG, score: 98.21 },
    ],
    records: [
      batangUnit(2023, 'Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', 'Disdukcapil', 92.1, {
        input: 90,
        proses: 93,
        output: 92.5,
        pengaduan: 92.43,
      }),
      batangUnit(2023, 'Dinas Pendidikan dan Kebudayaan', 'Disdikbud', 'Dinas Pendidikan', 88.4, {
        input: 80,
        proses: 95,
        output: 93,
        pengaduan: 81.83,
      }),
      // Only the total is known for this unit in 2023.
      batangUnit(2023, 'Puskesmas Batang III', 'Puskesmas Batang III', 'Puskesmas', 90),
      ...batang2024Units(),
      pemalang(2023, 'Disdukcapil', 97.5),
      pemalang(2023, 'Puskesmas Comal', 96),
      pemalang(2024, 'Disdukcapil', 98.9),
      pemalang(2024, 'Puskesmas Comal', 98.2),
      pemalang(2024, 'Dinas Sosial', null, { input: 97 }),
    ],
  };
}
