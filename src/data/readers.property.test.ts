import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataWarning, Problem, ValidationResult } from '../domain/model';
import { resultViolations } from '../domain/testing/result-invariants';
import { createFormatters } from '../lib/format';
import { loadAllMessages } from '../lib/i18n/messages';
import { problemText, warningText } from '../lib/i18n/problem-text';
import { readWideCsv } from './csv';
import { readJsonText } from './json';
import { readInput } from './read-input';
import { contentType, csvLikeText, fileBytes, fileName, jsonLikeText } from './testing/text-arbitraries';

/** One read of a small input must take milliseconds; a second means a pathological path (or a hang). */
const RUN_BUDGET_MS = 1_000;
// FC_RUNS=5000 npx vitest run … for a deeper search than CI needs.
const RUNS = Number(process.env.FC_RUNS ?? 300);
/** The whole property, on a loaded two-core machine; the per-run budget is what catches a hang. */
const PROPERTY_TIMEOUT_MS = Math.max(30_000, RUNS * 20);

const [allId, allEn] = await Promise.all([loadAllMessages('id'), loadAllMessages('en')]);
const LANGUAGES = (['id', 'en'] as const).map((lang) => ({
  t: lang === 'id' ? allId : allEn,
  fmt: createFormatters(lang),
}));

function timed(read: () => ValidationResult): ValidationResult {
  const started = performance.now();
  const result = read();
  expect(performance.now() - started).toBeLessThan(RUN_BUDGET_MS);
  return result;
}

/**
 * Sound by the model's rules, and every problem and warning turns into a sentence in both languages
 * with no gap ("undefined", "NaN") where a parameter was missing. Values quoted from the file are
 * taken out first: a cell may well read "NaN".
 */
function expectSound(result: ValidationResult): void {
  expect(resultViolations(result)).toEqual([]);
  for (const { t, fmt } of LANGUAGES) {
    const sentences = result.ok
      ? result.warnings.map((w) => ({ item: w, text: warningText(w, t, fmt) }))
      : result.problems.map((p) => ({ item: p, text: problemText(p, t, fmt) }));
    for (const { item, text } of sentences) {
      expect(text.length).toBeLessThan(2_000);
      expect(withoutQuotedValues(text, item)).not.toMatch(/undefined|\bNaN\b|\[object /);
    }
  }
}

function withoutQuotedValues(text: string, item: Problem | DataWarning): string {
  const quoted = [item.field ?? '', ...Object.values(item.params ?? {}).map(String)]
    .filter((v) => v !== '')
    // Longest first: a short value ("year") may sit inside a long one (the headers found).
    .sort((a, b) => b.length - a.length);
  return quoted.reduce((rest, value) => rest.replaceAll(value, ''), text);
}

describe('readers: properties over any input', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('readJsonText returns a sound dataset or located problems for JSON-like text', () => {
    fc.assert(
      fc.property(jsonLikeText, (text) => expectSound(timed(() => readJsonText(text)))),
      { numRuns: RUNS },
    );
  });

  it('readJsonText never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) =>
        expectSound(timed(() => readJsonText(text))),
      ),
      { numRuns: RUNS },
    );
  });

  it('readWideCsv returns a sound dataset or located problems for CSV-like text', () => {
    fc.assert(
      fc.property(csvLikeText, (text) => expectSound(timed(() => readWideCsv(text)))),
      { numRuns: RUNS },
    );
  });

  it('readWideCsv never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectSound(timed(() => readWideCsv(text)))),
      { numRuns: RUNS },
    );
  });

  it('readInput returns a sound dataset or located problems for any bytes, name and content type', () => {
    fc.assert(
      fc.property(fileBytes, fileName, contentType, (bytes, name, type) =>
        expectSound(timed(() => readInput({ bytes, name, contentType: type }))),
      ),
      { numRuns: RUNS },
    );
  });
});

describe('readers: valid files read back exactly', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  // The properties above would hold for a reader that refuses everything; these keep it honest.
  const name = fc
    .oneof(
      fc.string({ minLength: 1, maxLength: 16 }),
      fc.string({ minLength: 1, maxLength: 16, unit: 'grapheme' }),
      fc.string({ minLength: 1, maxLength: 16, unit: 'binary' }),
    )
    // A CR inside a quoted cell becomes LF when line ends are normalised; nothing else is changed.
    .filter((s) => s.trim() !== '' && !s.includes('\r'))
    .map((s) => s.trim());
  const unitRow = fc.record({
    year: fc.integer({ min: 2000, max: 2100 }),
    institution: name,
    unit: name,
    // Published scores have two decimals.
    total: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
  });
  const rows = fc.array(unitRow, { minLength: 1, maxLength: 8 }).map((list) =>
    // Each unit once per entity and year, or the duplicates would be dropped (with a warning).
    list.map((row, i) => ({ ...row, unit: `${i} ${row.unit}` })),
  );
  const quoted = (text: string): string => `"${text.replaceAll('"', '""')}"`;

  it('a semicolon CSV with decimal commas and quoted names reads to the same records', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom('\n', '\r\n'), (list, eol) => {
        const lines = [
          'Tahun;Instansi;Unit Layanan;Nilai',
          ...list.map((r) =>
            [r.year, quoted(r.institution), quoted(r.unit), r.total.toFixed(2).replace('.', ',')].join(';'),
          ),
        ];
        const result = readWideCsv(lines.join(eol));
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(result.dataset.records.map((r) => [r.year, r.institution, r.unit, r.total])).toEqual(
          list.map((r) => [r.year, r.institution, r.unit, r.total]),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('a JSON file reads to the same records', () => {
    fc.assert(
      fc.property(rows, (list) => {
        const result = readJsonText(JSON.stringify({ records: list }));
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(result.dataset.records.map((r) => [r.year, r.institution, r.unit, r.total])).toEqual(
          list.map((r) => [r.year, r.institution, r.unit, r.total]),
        );
      }),
      { numRuns: RUNS },
    );
  });
});
