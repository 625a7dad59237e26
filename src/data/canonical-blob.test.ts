import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../domain/canonical';
import type { Dataset } from '../domain/model';
import { batang2024, multiEntityMultiYear } from '../domain/testing/fixtures';
import { canonicalJsonBlob } from './canonical-blob';

const noPause = (): Promise<void> => Promise.resolve();

describe('canonicalJsonBlob', () => {
  it('holds exactly the text JSON.stringify writes for the canonical form, whatever the slice size', async () => {
    for (const dataset of [batang2024(), multiEntityMultiYear()]) {
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
});
