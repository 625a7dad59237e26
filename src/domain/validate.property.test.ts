import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ValidationResult } from './model';
import { datasetLike, nearlyValidRecord, rawRecordLike } from './testing/raw-arbitraries';
import { resultViolations } from './testing/result-invariants';
import { validateDataset } from './validate';

/** A slow run is a bug too: one validation of a few records must take milliseconds, not seconds. */
const RUN_BUDGET_MS = 1_000;
// FC_RUNS=5000 npx vitest run … for a deeper search than CI needs.
const RUNS = Number(process.env.FC_RUNS ?? 400);
/** The whole property, on a loaded two-core machine; the per-run budget is what catches a hang. */
const PROPERTY_TIMEOUT_MS = Math.max(30_000, RUNS * 20);

function timedValidate(raw: unknown): { result: ValidationResult; ms: number } {
  const started = performance.now();
  const result = validateDataset(raw);
  return { result, ms: performance.now() - started };
}

function assertSound(raw: unknown): void {
  const { result, ms } = timedValidate(raw);
  expect(resultViolations(result)).toEqual([]);
  expect(ms).toBeLessThan(RUN_BUDGET_MS);
}

describe('validateDataset: properties over any input', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('returns a sound dataset or located problems for dataset-shaped input with random field types', () => {
    fc.assert(fc.property(datasetLike, assertSound), { numRuns: RUNS });
  });

  it('never throws on any JavaScript value, however strange', () => {
    const anything = fc.anything({
      maxDepth: 3,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withObjectString: true,
    });
    fc.assert(
      fc.property(anything, (raw) => {
        assertSound(raw);
        assertSound({ records: [raw] });
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts a record only when its year is 2000–2100 and its scores are within 0–100', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(nearlyValidRecord, rawRecordLike), { minLength: 1, maxLength: 6 }), (records) => {
        const { result } = timedValidate({ records });
        expect(resultViolations(result)).toEqual([]);
        // Every record is accepted or refused: none disappears without a problem or a duplicate warning.
        if (result.ok) {
          const duplicates = result.warnings.filter((w) => w.code === 'duplicateUnit').length;
          expect(result.dataset.records.length + duplicates).toBe(records.length);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a record whose total is outside 0–100 or not finite, naming the field', () => {
    const badTotal = fc.oneof(
      fc.double({ min: 100, max: 1e6, minExcluded: true, noNaN: true }),
      fc.double({ min: -1e6, max: -Number.MIN_VALUE, noNaN: true }),
      fc.constantFrom(Number.NaN, Infinity, -Infinity),
    );
    fc.assert(
      fc.property(badTotal, (total) => {
        const result = validateDataset({ records: [{ year: 2024, institution: 'A', unit: 'B', total }] });
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.problems).toEqual([
            expect.objectContaining({ place: { kind: 'record', index: 0 }, field: 'total' }),
          ]);
          expect(['outOfRange', 'notNumber']).toContain(result.problems[0]?.code);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every valid score exactly as given', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 2000, max: 2100 }), (total, year) => {
        const result = validateDataset([{ year, institution: 'A', unit: 'B', total }]);
        expect(result.ok && result.dataset.records[0]).toMatchObject({ year, total });
      }),
      { numRuns: RUNS },
    );
  });
});
