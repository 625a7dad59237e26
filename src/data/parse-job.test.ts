import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReadStage } from './read-input';
import { readInput } from './read-input';
import { runParseJob } from './parse-job';

const bytes = readFileSync(new URL('../../tests/fixtures/batang-2024.json', import.meta.url));

describe('runParseJob', () => {
  it('reads a file (a Blob) like the same bytes, reporting reading first', async () => {
    const stages: ReadStage[] = [];
    const file = new Blob([bytes], { type: 'application/json' });
    const result = await runParseJob({ file, name: 'b.json', contentType: 'application/json' }, (s) => stages.push(s));
    expect(result).toEqual(readInput({ bytes, name: 'b.json' }));
    expect(stages).toEqual(['reading', 'parsing', 'validating']);
  });

  it('reads bytes without a reading stage', async () => {
    const stages: ReadStage[] = [];
    const result = await runParseJob({ bytes, name: 'b.json' }, (s) => stages.push(s));
    expect(result.ok && result.dataset.records).toHaveLength(6);
    expect(stages).toEqual(['parsing', 'validating']);
  });
});
