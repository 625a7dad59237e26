import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReadStage } from './read-input';
import { readInput } from './read-input';
import { readWellFormedBytes } from './read-well-formed';
import { fileBytes, fileName } from './testing/text-arbitraries';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readWellFormedBytes', () => {
  it('reads well-formed JSON files exactly as the full reader does, reporting parsing then validating', () => {
    for (const name of ['batang-2024.json', 'jateng-multi-year.json']) {
      const input = { bytes: fixture(name), name };
      const stages: ReadStage[] = [];
      const result = readWellFormedBytes(input, (s) => stages.push(s));
      expect(result).toEqual(readInput(input));
      expect(result?.ok).toBe(true);
      expect(stages).toEqual(['parsing', 'validating']);
    }
  });

  it('reads JSON whatever the name, a BOM and UTF-16 included', () => {
    const json = readFileSync(new URL('../../tests/fixtures/batang-2024.json', import.meta.url), 'utf8');
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Uint16Array.from(json, (c) => c.charCodeAt(0)).buffer),
    ]);
    for (const bytes of [utf8(`\uFEFF${json}`), utf16]) {
      expect(readWellFormedBytes({ bytes, name: 'data' })).toEqual(readInput({ bytes, name: 'data' }));
    }
  });

  it('leaves everything else to the full reader', () => {
    const ckan = JSON.stringify({ help: 'x', success: true, result: { records: [], total: 0 } });
    for (const input of [
      { bytes: fixture('batang-2024-excel-id.csv'), name: 'batang.csv' },
      { bytes: utf8('<!doctype html><html></html>'), name: 'a.json' },
      { bytes: utf8('{"records": ['), name: 'a.json' },
      { bytes: utf8('{"records": [{"year": 2024, "institution": "A", "unit": "B", "total": "x"}]}'), name: 'a.json' },
      { bytes: utf8(ckan), name: 'a.json' },
      { bytes: utf8('   '), name: 'a.json' },
      { bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), name: 'a.xlsx' },
    ]) {
      expect(readWellFormedBytes(input)).toBeNull();
    }
  });

  it('answers, when it answers, as the full reader does, for any file', () => {
    fc.assert(
      fc.property(fileBytes, fileName, (bytes, name) => {
        const fast = readWellFormedBytes({ bytes, name });
        if (fast !== null) expect(fast).toEqual(readInput({ bytes, name }));
      }),
      { numRuns: 200 },
    );
  });
});
