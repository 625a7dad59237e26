import { describe, expect, it } from 'vitest';
import { datasetFingerprint } from './dataset-fingerprint';
import { readJsonValue } from './json';

const dataset = (total: number) => {
  const result = readJsonValue({
    label: 'Contoh',
    records: [{ year: 2024, institution: 'Kota Contoh', unit: 'Dinas A', total }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
};

describe('datasetFingerprint', () => {
  it('is the same for the same data and differs when a figure changes', async () => {
    const first = await datasetFingerprint(dataset(81.5));
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await datasetFingerprint(dataset(81.5))).toBe(first);
    expect(await datasetFingerprint(dataset(81.51))).not.toBe(first);
  });
});
