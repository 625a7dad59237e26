import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ValidationResult } from '../domain/model';
import { nearlyValidRecord } from '../domain/testing/raw-arbitraries';
import { validateDataset } from '../domain/validate';
import { inputSize, recordsOf, splitResult } from './parse-protocol';
import { readInput } from './read-input';

const bytes = readFileSync(new URL('../../tests/fixtures/batang-2024.json', import.meta.url));

describe('inputSize', () => {
  it('is the byte count of bytes in memory and of a file', () => {
    expect(inputSize({ bytes, name: 'b.json' })).toBe(bytes.length);
    expect(inputSize({ file: new Blob([bytes, bytes]), name: 'b.json' })).toBe(2 * bytes.length);
  });
});

describe('splitResult', () => {
  const result = readInput({ bytes, name: 'b.json' });

  it('sends records in chunks and the rest last, with no records', () => {
    const messages = splitResult(result, 4);
    expect(messages.map((m) => m.kind)).toEqual(['records', 'records', 'done']);
    const chunks = messages.flatMap((m) => (m.kind === 'records' ? [recordsOf(m)] : []));
    expect(chunks.map((c) => c.length)).toEqual([4, 2]);
    expect(chunks.flat()).toEqual(result.ok && result.dataset.records);
    const last = messages.at(-1);
    expect(last?.kind === 'done' && last.result.ok && last.result.dataset.records).toEqual([]);
    expect(last?.kind === 'done' && last.result.ok && last.result.warnings).toEqual(result.ok && result.warnings);
  });

  it('loses nothing of validated records on the way, whatever they hold', () => {
    fc.assert(
      fc.property(fc.array(nearlyValidRecord, { maxLength: 5 }), fc.integer({ min: 1, max: 3 }), (raw, perMessage) => {
        const valid = validateDataset({ records: raw });
        if (!valid.ok) return;
        const back = splitResult(valid, perMessage).flatMap((m) => (m.kind === 'records' ? recordsOf(m) : []));
        expect(back).toStrictEqual(valid.dataset.records);
      }),
    );
  });

  it('sends a failed result whole', () => {
    const failed: ValidationResult = { ok: false, problems: [{ place: { kind: 'file' }, code: 'empty' }] };
    expect(splitResult(failed)).toEqual([{ kind: 'done', result: failed }]);
  });
});
