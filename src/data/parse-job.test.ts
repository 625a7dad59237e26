import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ValidationResult } from '../domain/model';
import type { ReadStage } from './read-input';
import { readInput } from './read-input';
import { inputSize, runParseJob, splitResult } from './parse-job';

const bytes = readFileSync(new URL('../../tests/fixtures/batang-2024.json', import.meta.url));

describe('runParseJob', () => {
  it('reads a file (a Blob) like the same bytes, reporting reading first', async () => {
    const stages: ReadStage[] = [];
    const file = new Blob([bytes], { type: 'application/json' });
    const result = await runParseJob({ file, name: 'b.json', contentType: 'application/json' }, (s) => stages.push(s));
    expect(result).toEqual(readInput({ bytes, name: 'b.json' }));
    expect(stages).toEqual(['reading', 'parsing', 'validating']);
    expect(inputSize({ file, name: 'b.json' })).toBe(bytes.length);
  });

  it('reads bytes without a reading stage', async () => {
    const stages: ReadStage[] = [];
    const result = await runParseJob({ bytes, name: 'b.json' }, (s) => stages.push(s));
    expect(result.ok && result.dataset.records).toHaveLength(6);
    expect(stages).toEqual(['parsing', 'validating']);
  });
});

describe('splitResult', () => {
  const result = readInput({ bytes, name: 'b.json' });

  it('sends records in chunks and the rest last, with no records', () => {
    const messages = splitResult(result, 4);
    expect(messages.map((m) => m.kind)).toEqual(['records', 'records', 'done']);
    const chunks = messages.flatMap((m) => (m.kind === 'records' ? [m.records.length] : []));
    expect(chunks).toEqual([4, 2]);
    const last = messages.at(-1);
    expect(last?.kind === 'done' && last.result.ok && last.result.dataset.records).toEqual([]);
    expect(last?.kind === 'done' && last.result.ok && last.result.warnings).toEqual(result.ok && result.warnings);
  });

  it('sends a failed result whole', () => {
    const failed: ValidationResult = { ok: false, problems: [{ place: { kind: 'file' }, code: 'empty' }] };
    expect(splitResult(failed)).toEqual([{ kind: 'done', result: failed }]);
  });
});
