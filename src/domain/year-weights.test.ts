import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dimension } from './model';
import { DEFAULT_DIMENSIONS } from './dimensions';
import { KEPATUHAN_DIMENSIONS, methodOfYear } from './methods';
import { normalizeRecord, recordNormalizer } from './normalize';
import { weightedTotal } from './totals';
import { validateDataset } from './validate';
import { yearWeights } from './year-weights';

const RUNS = Number(process.env.FC_RUNS ?? 200);
// Batang 2024, Disdikbud (illustrative dimension scores): 89.07 with the 2023 weights.
const DISDIKBUD_DIMS = { input: 84, proses: 91.63, output: 92.5, pengaduan: 86.5 };
const OWN_DIMENSIONS: Dimension[] = [
  { key: 'input', label: 'Input', weight: 25 },
  { key: 'proses', label: 'Proses', weight: 25 },
  { key: 'output', label: 'Output', weight: 25 },
  { key: 'pengaduan', label: 'Pengaduan', weight: 25 },
];
const DEFAULTED = { dimensions: DEFAULT_DIMENSIONS, defaultDimensions: true as const };

describe('yearWeights', () => {
  it('gives the 2023 weights for 2022–2024 and the zone years when the file named no dimensions', () => {
    for (const year of [2019, 2021, 2022, 2023, 2024]) {
      expect(yearWeights(DEFAULTED, year)).toEqual({ known: true, dimensions: DEFAULT_DIMENSIONS, from: 'method' });
    }
    expect(yearWeights(DEFAULTED, 2024)).toMatchObject({ dimensions: [{ weight: 21.85 }, { weight: 32.37 }, {}, {}] });
  });

  it('knows no weights from 2025 unless the file gives its own, and says where that comes from', () => {
    for (const year of [2025, 2026, 2027]) {
      expect(yearWeights(DEFAULTED, year)).toEqual({
        known: false,
        provenance: { kind: 'press', basis: 'weightsUnpublished2025' },
      });
    }
    expect(yearWeights({ dimensions: [] }, 2025).known).toBe(false);
  });

  it('uses the file’s own dimensions in every year', () => {
    for (const year of [2020, 2024, 2025, 2030]) {
      expect(yearWeights({ dimensions: OWN_DIMENSIONS }, year)).toEqual({
        known: true,
        dimensions: OWN_DIMENSIONS,
        from: 'dataset',
      });
    }
  });

  it('falls back on the method’s dimensions for a dataset without any, where the method has them', () => {
    expect(yearWeights({ dimensions: [] }, 2024)).toEqual({
      known: true,
      dimensions: KEPATUHAN_DIMENSIONS,
      from: 'method',
    });
  });

  it('is known exactly when the file names dimensions or the year’s method publishes weights (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.boolean(), (year, own) => {
        const weights = yearWeights(own ? { dimensions: OWN_DIMENSIONS } : DEFAULTED, year);
        expect(weights.known).toBe(own || methodOfYear(year).method.weights.known);
        expect(weights.known).toBe(own || year <= 2024);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('normalizeRecord: totals and the year’s weights', () => {
  const parsed2025 = {
    year: 2025,
    institution: 'Provinsi DI Yogyakarta',
    unit: 'Dinas Sosial',
    dimensions: DISDIKBUD_DIMS,
  };

  it('leaves a 2025 total unknown without the file’s own dimensions, never computing it with 2023 weights', () => {
    const { record, warnings } = normalizeRecord(parsed2025, DEFAULT_DIMENSIONS, 4, { defaultDimensions: true });
    expect(record.total).toBeNull();
    expect(record.totalComputed).toBe(false);
    expect(record.dimensions).toEqual(DISDIKBUD_DIMS);
    expect(warnings).toEqual([
      { place: { kind: 'record', index: 4 }, field: 'total', code: 'totalNeedsWeights', params: { year: 2025 } },
    ]);
  });

  it('keeps a given 2025 total and compares it with nothing', () => {
    const { record, warnings } = normalizeRecord({ ...parsed2025, total: 92.36 }, DEFAULT_DIMENSIONS, 0, {
      defaultDimensions: true,
    });
    expect(record).toMatchObject({ total: 92.36, totalComputed: false });
    expect(warnings).toEqual([]);
  });

  it('computes a 2025 total with the dimensions the file gives', () => {
    const { record, warnings } = normalizeRecord(parsed2025, OWN_DIMENSIONS, 0);
    expect(record.total).toBeCloseTo((84 + 91.63 + 92.5 + 86.5) / 4, 10);
    expect(record.totalComputed).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('computes 2024 as before (Disdikbud 89.07), with or without the default flag', () => {
    for (const options of [{}, { defaultDimensions: true }]) {
      const { record, warnings } = normalizeRecord({ ...parsed2025, year: 2024 }, DEFAULT_DIMENSIONS, 0, options);
      expect(record.total).toBeCloseTo(89.07, 2);
      expect(record.totalComputed).toBe(true);
      expect(warnings).toEqual([]);
    }
  });

  it('computes a total exactly when the year’s weights are known, and then with those weights (property)', () => {
    const scores = fc.record({
      input: fc.double({ min: 0, max: 100, noNaN: true }),
      proses: fc.double({ min: 0, max: 100, noNaN: true }),
      output: fc.double({ min: 0, max: 100, noNaN: true }),
      pengaduan: fc.double({ min: 0, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 2019, max: 2027 }), fc.boolean(), scores, (year, own, dims) => {
        const dimensions = own ? OWN_DIMENSIONS : DEFAULT_DIMENSIONS;
        const normalize = recordNormalizer(dimensions, { defaultDimensions: !own });
        const { record, warnings } = normalize({ year, institution: 'X', unit: 'U', dimensions: dims }, 0);
        if (own || year <= 2024) {
          expect(record.total).toBe(weightedTotal(dimensions, dims));
          expect(warnings).toEqual([]);
        } else {
          expect(record.total).toBeNull();
          expect(warnings.map((w) => w.code)).toEqual(['totalNeedsWeights']);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('validateDataset: totals of a file spanning 2024 and 2025', () => {
  const records = [
    {
      year: 2024,
      institution: 'Kabupaten Batang',
      unit: 'Dinas Pendidikan dan Kebudayaan',
      dimensions: DISDIKBUD_DIMS,
    },
    { year: 2025, institution: 'Provinsi DI Yogyakarta', unit: 'Dinas Sosial', dimensions: DISDIKBUD_DIMS },
  ];

  it('without its own dimensions: 2024 computed, 2025 unknown with a note', () => {
    const result = validateDataset({ records });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.records[0]?.total).toBeCloseTo(89.07, 2);
    expect(result.dataset.records[1]?.total).toBeNull();
    expect(result.warnings).toEqual([
      { place: { kind: 'record', index: 1 }, field: 'total', code: 'totalNeedsWeights', params: { year: 2025 } },
    ]);
  });

  it('with its own dimensions: both computed with them', () => {
    const result = validateDataset({ dimensions: OWN_DIMENSIONS, records });
    expect(result.ok && result.dataset.records.map((r) => [r.totalComputed, r.total])).toEqual([
      [true, (84 + 91.63 + 92.5 + 86.5) / 4],
      [true, (84 + 91.63 + 92.5 + 86.5) / 4],
    ]);
    expect(result.ok && result.warnings).toEqual([]);
  });
});
