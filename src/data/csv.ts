import Papa from 'papaparse';
import { MAX_PROBLEMS, validateDataset } from '../domain/validate';
import type { Problem, ValidationResult } from '../domain/model';
import { mapColumns, MAX_COLUMNS, relocateResult, rowToRawRecord } from './columns';

export type CsvDelimiter = ',' | ';' | '\t';

const DELIMITERS: readonly CsvDelimiter[] = ['\t', ';', ','];

interface CsvRow {
  cells: string[];
  /** 1-based line of the file where the row starts. */
  line: number;
  quoteError?: string;
}

/**
 * Reads a "wide" table: one row per unit and year, one column per field and per dimension,
 * as officials keep it in Excel (often `;`-separated with decimal commas).
 */
export function readWideCsv(text: string): ValidationResult {
  const cleaned = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (cleaned.trim() === '') return failed([{ place: { kind: 'file' }, code: 'empty' }]);

  const { delimiter, body, firstLine } = chooseDelimiter(cleaned);
  // The header is read and checked first, so a file that is no score table fails before its rows are parsed.
  const [headerRow] = parseRows(body, delimiter, firstLine, 1);
  if (headerRow === undefined) return failed([{ place: { kind: 'file' }, code: 'empty' }]);
  if (headerRow.cells.length > MAX_COLUMNS) {
    return failed([
      { place: { kind: 'file' }, code: 'tooManyColumns', params: { count: headerRow.cells.length, max: MAX_COLUMNS } },
    ]);
  }

  const mapped = mapColumns(headerRow.cells);
  if (!mapped.ok) return failed(mapped.problems);
  const { map } = mapped;

  const dataRows = parseRows(body, delimiter, firstLine).filter((r) => r.line > headerRow.line);
  const rowProblems: Problem[] = [];
  const records: Record<string, unknown>[] = [];
  const recordLines: number[] = [];
  const width = headerRow.cells.length;
  for (const row of dataRows) {
    const place = { kind: 'row', row: row.line } as const;
    if (row.quoteError !== undefined) {
      rowProblems.push({ place, code: 'notCsv', params: { reason: row.quoteError } });
      continue;
    }
    if (isRagged(row.cells, width)) {
      rowProblems.push({ place, code: 'raggedRow', params: { expected: width, found: row.cells.length } });
      continue;
    }
    records.push(rowToRawRecord((column) => row.cells[column.index], map));
    recordLines.push(row.line);
  }

  const validated = relocateResult(
    validateDataset({ records }),
    (index) => ({ kind: 'row', row: recordLines[index] ?? index + 2 }),
    map,
  );
  if (rowProblems.length === 0) return validated;
  // Rows that could not be read are reported together with what is wrong in the others.
  const others = validated.ok ? [] : validated.problems.filter((p) => p.code !== 'noRecords');
  return failed(capped([...rowProblems, ...others]));
}

/**
 * In row order, at most MAX_PROBLEMS of them and a count of the rest, as the validator lists its own;
 * its count of problems left out is added in, so the total stays right.
 */
function capped(problems: readonly Problem[]): Problem[] {
  let more = 0;
  const listed: Problem[] = [];
  for (const p of problems) {
    const leftOut = p.code === 'invalid' ? p.params?.more : undefined;
    if (typeof leftOut === 'number') more += leftOut;
    else listed.push(p);
  }
  listed.sort(byRow);
  if (listed.length > MAX_PROBLEMS) {
    more += listed.length - MAX_PROBLEMS;
    listed.length = MAX_PROBLEMS;
  }
  return more > 0 ? [...listed, { place: { kind: 'file' }, code: 'invalid', params: { more } }] : listed;
}

/**
 * The header line decides the separator: it holds no decimal commas, unlike the data rows of an
 * Indonesian Excel export, on which Papa Parse's own guess picks `,`. Excel's `sep=;` hint wins.
 */
export function chooseDelimiter(text: string): { delimiter: CsvDelimiter; body: string; firstLine: number } {
  const hint = /^sep=(.)\n/i.exec(text);
  const hinted = DELIMITERS.find((d) => d === hint?.[1]);
  if (hint !== null && hinted !== undefined)
    return { delimiter: hinted, body: text.slice(hint[0].length), firstLine: 2 };

  const header = firstNonBlankLine(text);
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = countOutsideQuotes(header, d);
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return { delimiter: best, body: text, firstLine: 1 };
}

/** Found without splitting the whole text: a file of millions of lines would make as many strings. */
function firstNonBlankLine(text: string): string {
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? undefined : end);
    if (line.trim() !== '' || end === -1) return line;
    start = end + 1;
  }
}

function countOutsideQuotes(line: string, char: string): number {
  let inQuotes = false;
  let count = 0;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === char && !inQuotes) count += 1;
  }
  return count;
}

/** The rows that are not blank (Excel writes `;;;` for an empty row), up to `limit` of them. */
function parseRows(text: string, delimiter: CsvDelimiter, firstLine: number, limit = Infinity): CsvRow[] {
  const rows: CsvRow[] = [];
  let start = 0;
  let line = firstLine;
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      const end = result.meta.cursor;
      if (!isBlank(result.data)) {
        const row: CsvRow = { cells: result.data, line };
        const quoteError = result.errors.find((e) => e.type === 'Quotes');
        if (quoteError !== undefined) row.quoteError = quoteError.code;
        rows.push(row);
        if (rows.length >= limit) parser.abort();
      }
      line += countNewlines(text, start, end);
      start = end;
    },
  });
  return rows;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) if (text.charCodeAt(i) === 10) count += 1;
  return count;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** Extra empty cells at the end of a row (stray separators) are harmless; anything else is not. */
function isRagged(cells: readonly string[], width: number): boolean {
  if (cells.length < width) return true;
  return cells.slice(width).some((c) => c.trim() !== '');
}

function byRow(a: Problem, b: Problem): number {
  return rowOf(a) - rowOf(b);
}

function rowOf(p: Problem): number {
  return p.place.kind === 'row' ? p.place.row : 0;
}

function failed(problems: Problem[]): ValidationResult {
  return { ok: false, problems };
}
