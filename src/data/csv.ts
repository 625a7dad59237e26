import Papa from 'papaparse';
import type { Problem, ValidationResult } from '../domain/model';
import { mapColumns, MAX_COLUMNS } from './columns';
import { addRow, emptyTableItems, validateTable } from './table-rows';

export type CsvDelimiter = ',' | ';' | '\t';

const DELIMITERS: readonly CsvDelimiter[] = ['\t', ';', ','];

interface CsvRow {
  cells: string[];
  /** 1-based line of the file where the row starts. */
  line: number;
  quoteError?: string;
}

/**
 * Reads a "wide" table: one row per unit and year, one column per field and per dimension, as
 * officials keep it in Excel (often `;`-separated with decimal commas). A row whose unit cell is empty
 * is the entity's own row: its reported score, opinion, Tanpa Maladministrasi, zone and grade.
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
  const items = emptyTableItems();
  const width = headerRow.cells.length;
  for (const row of dataRows) {
    const place = { kind: 'row', row: row.line } as const;
    if (row.quoteError !== undefined) {
      items.problems.push({ place, code: 'notCsv', params: { reason: row.quoteError } });
      continue;
    }
    if (isRagged(row.cells, width)) {
      items.problems.push({ place, code: 'raggedRow', params: { expected: width, found: row.cells.length } });
      continue;
    }
    addRow(items, (column) => row.cells[column.index], map, place);
  }
  return validateTable(items, map);
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

function failed(problems: Problem[]): ValidationResult {
  return { ok: false, problems };
}
