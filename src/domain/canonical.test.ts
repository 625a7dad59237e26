import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from './canonical';
import { batang2024, multiEntityMultiYear } from './testing/fixtures';
import { validateDataset } from './validate';

function roundTrip(json: unknown) {
  const result = validateDataset(JSON.parse(JSON.stringify(json)));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

describe('toCanonicalJson', () => {
  it('reads back as the same dataset', () => {
    for (const ds of [batang2024(), multiEntityMultiYear()]) {
      const first = roundTrip(ds);
      expect(roundTrip(toCanonicalJson(first))).toEqual(first);
    }
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
