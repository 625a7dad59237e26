import { describe, expect, it } from 'vitest';
import { dimensionsOf } from '../../domain/aggregate';
import { batang2024 } from '../../domain/testing/fixtures';
import { contoh2025, diy2025 } from '../../domain/testing/fixtures-2025';
import type { Dataset } from '../../domain/model';
import { createFormatters } from '../../lib/format';
import { laterMessagesId } from '../../lib/i18n/messages-id-later';
import { laterMessagesEn } from '../../lib/i18n/messages-en-later';
import { anyWeight, columnHeaderText, dimensionYear, spanText } from './dimension-year';

const factsOf = (ds: Dataset, year: number) => dimensionYear(ds, dimensionsOf(ds), year);

describe('dimensionYear', () => {
  it('gives Batang 2024 the 2022–2024 weights, and nothing to warn about', () => {
    const facts = factsOf(batang2024(), 2024);
    expect(facts.method.id).toBe('kepatuhan');
    expect(facts.columns.map((c) => [c.label, c.weight])).toEqual([
      ['Input', 21.85],
      ['Proses', 32.37],
      ['Output', 24.24],
      ['Pengaduan', 21.54],
    ]);
    expect(facts.weightsUnknown).toBeNull();
    expect(facts.notComparable).toBeNull();
    expect(facts.unpublishedDimensions).toBe(false);
  });

  it('gives 2025 without the file’s own dimensions no weight at all, with the press as the reason', () => {
    const facts = factsOf(diy2025(), 2025);
    expect(facts.method.id).toBe('maladministrasi');
    expect(facts.columns.map((c) => c.weight)).toEqual([null, null, null, null]);
    expect(anyWeight(facts.columns)).toBe(false);
    expect(facts.weightsUnknown).toEqual({ kind: 'press', basis: 'weightsUnpublished2025' });
    expect(facts.unpublishedDimensions).toBe(true);
  });

  it('says from when the dimensions are not comparable, and with which years', () => {
    const facts = factsOf(contoh2025({ ownDimensions: false }), 2025);
    expect(facts.notComparable).toEqual({ from: 2025, before: { first: 2022, last: 2024 } });
    expect(spanText({ first: 2022, last: 2024 })).toBe('2022–2024');
    expect(spanText({ first: 2024, last: 2024 })).toBe('2024');
    // A later year of the same method says the same.
    expect(factsOf(contoh2025({ ownDimensions: false }), 2026).notComparable?.from).toBe(2025);
  });

  it('keeps the file’s own weights for 2025, still not comparable with 2022–2024', () => {
    const facts = factsOf(contoh2025({ ownDimensions: true }), 2025);
    expect(facts.columns.map((c) => c.weight)).toEqual([25, 30, 25, 20]);
    expect(facts.weightsUnknown).toBeNull();
    expect(facts.notComparable).not.toBeNull();
  });
});

describe('columnHeaderText', () => {
  const id = createFormatters('id').percent;
  it('names the weight where the year has one, and only the dimension where it has none', () => {
    const header = laterMessagesId.dimensions.columnHeader;
    expect(columnHeaderText({ key: 'input', label: 'Input', weight: 21.85 }, header, id)).toBe('Input · 21,85%');
    expect(columnHeaderText({ key: 'input', label: 'Input', weight: null }, header, id)).toBe('Input');
    expect(
      columnHeaderText(
        { key: 'pengaduan', label: 'Pengaduan', weight: 21.54 },
        laterMessagesEn.dimensions.columnHeader,
        createFormatters('en').percent,
      ),
    ).toBe('Pengaduan · 21.54%');
  });
});
