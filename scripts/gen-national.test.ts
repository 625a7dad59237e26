import { describe, expect, it } from 'vitest';
import { readWideCsv } from '../src/data/csv';
import { entitiesOf, summarizeEntity } from '../src/domain/aggregate';
import { DEFAULT_DIMENSIONS } from '../src/domain/dimensions';
import { levelOf } from '../src/domain/levels';
import type { Dataset, Score, ValidationResult } from '../src/domain/model';
import { meanOf } from '../src/domain/stats';
import { validateDataset } from '../src/domain/validate';
import type { GeneratedDataset } from './gen-national.mjs';
import {
  apportion,
  ENTITY_COUNTS,
  generateNational,
  GRADE_COUNTS_2024,
  mulberry32,
  toCanonicalJson,
  toWideCsv,
} from './gen-national.mjs';

function validated(result: ValidationResult): { dataset: Dataset; warnings: string[] } {
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
  return { dataset: result.dataset, warnings: result.warnings.map((w) => w.code) };
}

/** Grade counts of entity means in a year, graded by the domain. */
function gradeCounts(dataset: Dataset, year: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of entitiesOf(dataset, year)) {
    const grade = summarizeEntity(dataset, name, year).level?.level.grade ?? 'none';
    counts[grade] = (counts[grade] ?? 0) + 1;
  }
  return counts;
}

/** The same counts straight from the raw records (cheap enough for the 10× version). */
function rawGradeCounts(dataset: GeneratedDataset, year: number): Record<string, number> {
  const shares = DEFAULT_DIMENSIONS.map((d) => d.weight / 100);
  const totals = new Map<string, Score[]>();
  for (const r of dataset.records) {
    if (r.year !== year) continue;
    const dims = DEFAULT_DIMENSIONS.map((d) => r.dimensions[d.key] ?? null);
    const computed = dims.every((s) => s !== null)
      ? dims.reduce<number>((acc, s, i) => acc + (shares[i] ?? 0) * (s ?? 0), 0)
      : null;
    const list = totals.get(r.institution) ?? [];
    list.push(r.total ?? computed);
    totals.set(r.institution, list);
  }
  const counts: Record<string, number> = {};
  for (const list of totals.values()) {
    const grade = levelOf(meanOf(list), year)?.grade ?? 'none';
    counts[grade] = (counts[grade] ?? 0) + 1;
  }
  return counts;
}

describe('mulberry32', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(mulberry32(2)()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('apportion', () => {
  it('keeps the exact counts at scale 1 and 10 and sums exactly in between', () => {
    expect(apportion(GRADE_COUNTS_2024, 587)).toEqual(GRADE_COUNTS_2024);
    expect(apportion(GRADE_COUNTS_2024, 5870)).toEqual({ A: 3370, B: 1570, C: 700, D: 140, E: 90 });
    const small = apportion(GRADE_COUNTS_2024, 30);
    expect(Object.values(small).reduce((a, b) => a + b, 0)).toBe(30);
    expect(small.A).toBe(17);
  });
});

describe('generateNational', () => {
  it('is deterministic for a seed and different for another', () => {
    const a = toCanonicalJson(generateNational({ seed: 7, scale: 0.05 }));
    const b = toCanonicalJson(generateNational({ seed: 7, scale: 0.05 }));
    const c = toCanonicalJson(generateNational({ seed: 8, scale: 0.05 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('makes a small dataset that validates, every record illustrative, totals matching the dimensions', () => {
    const raw = generateNational({ seed: 11, scale: 0.05 });
    const { dataset, warnings } = validated(validateDataset(JSON.parse(toCanonicalJson(raw)) as unknown));
    expect(entitiesOf(dataset)).toHaveLength(30);
    expect(dataset.records.every((r) => r.illustrative)).toBe(true);
    expect(warnings.filter((w) => w !== 'totalUnknownMissingDimension')).toEqual([]);
    expect(dataset.title).toMatch(/sintetis/);
    expect(dataset.source?.name).toMatch(/bukan angka resmi/);
  });

  describe('at national size', () => {
    const raw = generateNational();
    const { dataset, warnings } = validated(validateDataset(JSON.parse(toCanonicalJson(raw)) as unknown));

    it('has 587 entities of five kinds, about 7 units each, in 2022–2024', () => {
      const names = entitiesOf(dataset, 2024);
      expect(names).toHaveLength(587);
      expect(names.filter((n) => n.startsWith('Kabupaten '))).toHaveLength(ENTITY_COUNTS.kabupaten);
      expect(names.filter((n) => n.startsWith('Kota '))).toHaveLength(ENTITY_COUNTS.kota);
      expect(names.filter((n) => n.startsWith('Provinsi '))).toHaveLength(ENTITY_COUNTS.provinsi);
      expect([...new Set(dataset.records.map((r) => r.year))]).toEqual([2022, 2023, 2024]);
      const unitsPerEntity = dataset.records.filter((r) => r.year === 2024).length / names.length;
      expect(unitsPerEntity).toBeGreaterThan(6.5);
      expect(unitsPerEntity).toBeLessThan(7.5);
    });

    it('reproduces the published 2024 grade counts exactly, graded by the domain', () => {
      expect(gradeCounts(dataset, 2024)).toEqual({ A: 337, B: 157, C: 70, D: 14, E: 9 });
    });

    it('has a few unknown values, and no total that disagrees with its dimensions', () => {
      const nullDimensions = raw.records.filter((r) => Object.values(r.dimensions).some((s) => s === null));
      const nullTotals = raw.records.filter((r) => r.total === null);
      expect(nullDimensions.length).toBeGreaterThan(10);
      expect(nullDimensions.length).toBeLessThan(raw.records.length / 50);
      expect(nullTotals.length).toBeGreaterThan(5);
      expect(dataset.records.some((r) => r.totalComputed)).toBe(true);
      expect(dataset.records.some((r) => r.total === null)).toBe(true);
      expect(warnings.filter((w) => w !== 'totalUnknownMissingDimension')).toEqual([]);
    });

    it('writes a wide CSV (Indonesian Excel style) that reads back to the same records', () => {
      const csv = toWideCsv(raw);
      expect(csv.split('\r\n')[0]).toBe(
        '\uFEFFNo;Tahun;Instansi;Unit Layanan;Singkatan;Jenis;Nilai;Input;Proses;Output;Pengaduan;Ilustratif',
      );
      expect(csv).toMatch(/;\d+,\d\d;/);
      const fromCsv = validated(readWideCsv(csv)).dataset;
      expect(fromCsv.records).toEqual(dataset.records);
    });
  });

  it('keeps the grade counts exact at ten times the size', () => {
    const raw = generateNational({ scale: 10 });
    expect(new Set(raw.records.map((r) => r.institution)).size).toBe(5870);
    expect(rawGradeCounts(raw, 2024)).toEqual({ A: 3370, B: 1570, C: 700, D: 140, E: 90 });
  }, 30_000);
});
