import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../domain/canonical';
import type { Dataset, ValidationResult } from '../domain/model';
import { batang2024, multiEntityMultiYear } from '../domain/testing/fixtures';
import { validateDataset } from '../domain/validate';
import { canonicalJsonBlob } from './canonical-blob';
import { readWideCsv } from './csv';

const noPause = (): Promise<void> => Promise.resolve();

function dataset(result: ValidationResult): Dataset {
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

/** The 2025 opinions as an official keeps them (entity rows, quality words), read from the CSV fixture. */
function opini2025(): Dataset {
  return dataset(readWideCsv(readFileSync(new URL('../../tests/fixtures/opini-2025.csv', import.meta.url), 'utf8')));
}

/** The bundled dataset: Batang 2024 as it opens, the 2025 results, the national average, the default view. */
function bundled(): Dataset {
  const text = readFileSync(new URL('../../public/data/rapor-default.json', import.meta.url), 'utf8');
  return dataset(validateDataset(JSON.parse(text)));
}

describe('canonicalJsonBlob', () => {
  it('holds exactly the text JSON.stringify writes for the canonical form, whatever the slice size', async () => {
    for (const dataset of [batang2024(), multiEntityMultiYear(), opini2025()]) {
      const expected = JSON.stringify(toCanonicalJson(dataset));
      for (const perSlice of [1, 2, 5, 1000]) {
        const blob = await canonicalJsonBlob(dataset, noPause, perSlice);
        expect(await blob.text()).toBe(expected);
        expect(blob.type).toBe('application/json');
      }
    }
  });

  it('writes a dataset without records (entity results only)', async () => {
    const dataset: Dataset = { ...batang2024(), records: [] };
    expect(await (await canonicalJsonBlob(dataset, noPause)).text()).toBe(JSON.stringify(toCanonicalJson(dataset)));
  });

  it('pauses before every slice of records, so the page gets a turn between them', async () => {
    const dataset = multiEntityMultiYear();
    let pauses = 0;
    const blob = await canonicalJsonBlob(
      dataset,
      () => {
        pauses += 1;
        return Promise.resolve();
      },
      3,
    );
    expect(pauses).toBe(Math.ceil(dataset.records.length / 3));
    expect(JSON.parse(await blob.text())).toEqual(toCanonicalJson(dataset));
  });

  it('reads back as the same dataset: a 2025 CSV import and the bundled data', async () => {
    for (const read of [opini2025(), bundled()]) {
      const text = await (await canonicalJsonBlob(read, noPause, 4)).text();
      expect(dataset(validateDataset(JSON.parse(text)))).toEqual(read);
    }
  });

  it('publishes a CSV import with its opinions as labels and without default dimensions', async () => {
    const json = JSON.parse(await (await canonicalJsonBlob(opini2025(), noPause)).text()) as Record<string, unknown>;
    expect(json).not.toHaveProperty('dimensions');
    expect((json.institutions as unknown[]).slice(0, 3)).toEqual([
      { year: 2025, name: 'Provinsi DI Yogyakarta', score: 86, opinion: 'Kualitas Tinggi', tanpaMaladministrasi: true },
      { year: 2025, name: 'Kota Yogyakarta', score: 88.39, opinion: 'Kualitas Tertinggi', tanpaMaladministrasi: true },
      { year: 2025, name: 'Kota Depok', score: 90.34, opinion: 'Kualitas Tertinggi', tanpaMaladministrasi: true },
    ]);
    expect((json.records as unknown[])[0]).toEqual({
      year: 2025,
      institution: 'Provinsi DI Yogyakarta',
      unit: 'Dinas Sosial',
      unitShort: 'Dinsos',
      total: 92.36,
      dimensions: { input: null, proses: null, output: null, pengaduan: null },
      quality: 'Sangat Baik',
    });
  });
});
