import { DEFAULT_DIMENSIONS } from '../domain/dimensions';
import type { DataWarning, Dimension, Problem, ProblemPlace, ValidationResult } from '../domain/model';

/** Record fields a table column can fill (dimension columns are separate). */
export type RecordField = 'year' | 'institution' | 'unit' | 'unitShort' | 'unitType' | 'total' | 'illustrative';

export type ColumnTarget = { kind: 'field'; field: RecordField } | { kind: 'dimension'; key: string };

export interface MappedColumn {
  /** Position in the row (CSV) or the key in the row object (CKAN). */
  index: number;
  /** The header exactly as written in the file, trimmed. */
  header: string;
  target: ColumnTarget;
}

export interface ColumnMap {
  columns: MappedColumn[];
  /** Validator field name (`total`, `dimensions.input`) → header as written in the file. */
  headerByField: Map<string, string>;
}

export const MAX_COLUMNS = 200;

/** Header spellings met in Indonesian and English sheets, after `normaliseHeader`. */
const FIELD_ALIASES: Record<RecordField, readonly string[]> = {
  year: ['tahun', 'year'],
  institution: ['instansi', 'pemda', 'institution', 'entitas', 'namainstansi'],
  unit: ['unit', 'upp', 'unitlayanan', 'unitpelayanan', 'namaunit'],
  unitShort: ['singkatan', 'unitshort', 'short', 'alias'],
  unitType: ['jenis', 'jenisunit', 'unittype', 'type', 'tipe'],
  total: ['nilai', 'skor', 'total', 'nilaitotal', 'skortotal', 'score'],
  illustrative: ['illustrative', 'ilustratif'],
};

/** English names of the default dimensions, whose keys and labels are Indonesian. */
const DIMENSION_ALIASES: Record<string, readonly string[]> = {
  proses: ['process'],
  pengaduan: ['complaints', 'complaint'],
};

const REQUIRED_FIELDS: readonly RecordField[] = ['year', 'institution', 'unit'];

/** Case, spaces, underscores and punctuation do not distinguish headers: "Unit_Layanan" = "unit layanan". */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function mapColumns(
  headers: readonly string[],
  dimensions: readonly Dimension[] = DEFAULT_DIMENSIONS,
): { ok: true; map: ColumnMap } | { ok: false; problems: Problem[] } {
  const lookup = targetLookup(dimensions);
  const columns: MappedColumn[] = [];
  const taken = new Set<string>();
  headers.forEach((raw, index) => {
    const header = raw.trim();
    const normalised = normaliseHeader(header);
    const target = lookup.get(normalised) ?? lookup.get(normalised.replace(/^(dimensi|dimension)/, ''));
    if (target === undefined) return;
    const name = fieldName(target);
    // The first column wins when two headers mean the same field.
    if (taken.has(name)) return;
    taken.add(name);
    columns.push({ index, header, target });
  });

  const found = foundHeaders(headers);
  const problems: Problem[] = [];
  for (const field of REQUIRED_FIELDS) {
    if (!taken.has(field)) problems.push(missingColumn(field, found));
  }
  if (!columns.some((c) => c.target.kind === 'dimension' || c.target.field === 'total')) {
    problems.push(missingColumn('total', found));
  }
  if (problems.length > 0) return { ok: false, problems };

  const headerByField = new Map<string, string>();
  for (const c of columns) {
    headerByField.set(fieldName(c.target), c.header);
    if (c.target.kind === 'dimension') headerByField.set(c.target.key, c.header);
  }
  return { ok: true, map: { columns, headerByField } };
}

/** Enough of the header line to spot a mistake; a binary or one-line file would otherwise fill the screen. */
const MAX_FOUND_CHARS = 200;

function foundHeaders(headers: readonly string[]): string {
  const list = headers.map((h) => h.trim()).join(', ');
  return list.length > MAX_FOUND_CHARS ? `${list.slice(0, MAX_FOUND_CHARS)}…` : list;
}

function missingColumn(column: string, found: string): Problem {
  return { place: { kind: 'file' }, code: 'missingColumn', params: { column, found } };
}

function targetLookup(dimensions: readonly Dimension[]): Map<string, ColumnTarget> {
  const lookup = new Map<string, ColumnTarget>();
  for (const [field, aliases] of Object.entries(FIELD_ALIASES) as [RecordField, readonly string[]][]) {
    for (const alias of aliases) lookup.set(alias, { kind: 'field', field });
  }
  for (const d of dimensions) {
    const names = [d.key, d.label, ...(DIMENSION_ALIASES[d.key] ?? [])].map(normaliseHeader);
    // A dimension never shadows a record field ("Total" stays the total).
    for (const name of names) if (name !== '' && !lookup.has(name)) lookup.set(name, { kind: 'dimension', key: d.key });
  }
  return lookup;
}

function fieldName(target: ColumnTarget): string {
  return target.kind === 'field' ? target.field : `dimensions.${target.key}`;
}

/**
 * A table row as the raw record `validateDataset` reads. Cells stay raw where they cannot be
 * understood, so the validator names the field ("notNumber" at Nilai) instead of this code guessing.
 */
export function rowToRawRecord(cellAt: (column: MappedColumn) => unknown, map: ColumnMap): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const dimensions: Record<string, unknown> = {};
  let hasDimensions = false;
  for (const column of map.columns) {
    const cell = cellAt(column);
    const target = column.target;
    if (target.kind === 'dimension') {
      dimensions[target.key] = parseNumberCell(cell);
      hasDimensions = true;
      continue;
    }
    switch (target.field) {
      case 'year':
      case 'total':
        record[target.field] = parseNumberCell(cell);
        break;
      case 'illustrative': {
        const flag = parseFlagCell(cell);
        if (flag !== null) record.illustrative = flag;
        break;
      }
      default: {
        const text = parseTextCell(cell);
        if (text !== null) record[target.field] = text;
      }
    }
  }
  if (hasDimensions) record.dimensions = dimensions;
  return record;
}

const NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;
const NO_VALUE = new Set(['', '-', '–', '—']);

/**
 * Reads "93,74", "93.74" and " 93,74 " as 93.74; empty and dashes as unknown (null). Scores stay
 * below 1000, so a single comma is always a decimal mark, never a thousands separator.
 */
export function parseNumberCell(cell: unknown): unknown {
  if (cell === null || cell === undefined) return null;
  if (typeof cell !== 'string') return cell;
  const text = cell.replace(/[\s\u00a0]+/g, ' ').trim();
  if (NO_VALUE.has(text)) return null;
  if (NUMBER.test(text)) return Number(text.replace(',', '.'));
  return text;
}

const TRUE_WORDS = new Set(['true', 'ya', 'y', 'yes', '1', 'benar']);
const FALSE_WORDS = new Set(['false', 'tidak', 'no', 'n', '0', 'salah']);

/** true/ya/1 and false/tidak/0; `null` when the cell is empty; anything else stays raw. */
export function parseFlagCell(cell: unknown): unknown {
  if (cell === null || cell === undefined) return null;
  if (typeof cell !== 'string') return cell;
  const word = cell.trim().toLowerCase();
  if (word === '') return null;
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return cell;
}

function parseTextCell(cell: unknown): unknown {
  if (cell === null || cell === undefined) return null;
  if (typeof cell !== 'string') return cell;
  const text = cell.trim();
  return text === '' ? null : text;
}

/**
 * Moves the validator's record places to where a person finds them (a row of the file) and
 * its field names to the headers as written there.
 */
export function relocateResult(
  result: ValidationResult,
  placeOfRecord: (index: number) => ProblemPlace,
  map: ColumnMap,
): ValidationResult {
  const relocate = <T extends Problem | DataWarning>(item: T): T => {
    const place = item.place.kind === 'record' ? placeOfRecord(item.place.index) : item.place;
    const field = item.field === undefined ? undefined : (map.headerByField.get(item.field) ?? item.field);
    const moved: T = { ...item, place };
    if (field !== undefined) moved.field = field;
    // `first` names the earlier record of a duplicate; point it at that record's row too.
    const first = item.params?.first;
    if (item.place.kind === 'record' && typeof first === 'number') {
      const firstPlace = placeOfRecord(first);
      if (firstPlace.kind === 'row') moved.params = { ...item.params, first: firstPlace.row };
    }
    return moved;
  };
  if (!result.ok) return { ok: false, problems: result.problems.map(relocate) };
  return { ok: true, dataset: result.dataset, warnings: result.warnings.map(relocate) };
}
