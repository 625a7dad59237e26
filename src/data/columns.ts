import { DEFAULT_DIMENSIONS } from '../domain/dimensions';
import type { DataWarning, Dimension, Problem, ProblemPlace, ValidationResult } from '../domain/model';

/**
 * Fields a table column can fill (dimension columns are separate). A unit's row fills a unit record,
 * the entity's own row (unit cell empty) its reported result: see table-rows.ts.
 */
export type RowField =
  | 'year'
  | 'institution'
  | 'unit'
  | 'unitShort'
  | 'unitType'
  | 'total'
  | 'illustrative'
  | 'opinion'
  | 'tanpaMaladministrasi'
  | 'grade'
  | 'zone'
  | 'assessed'
  | 'quality'
  | 'compliance'
  | 'publicTrust'
  | 'supervisionCompliance';

export type ColumnTarget = { kind: 'field'; field: RowField } | { kind: 'dimension'; key: string };

export interface MappedColumn {
  /** Position in the row (CSV) or the key in the row object (CKAN). */
  index: number;
  /** The header exactly as written in the file, trimmed. */
  header: string;
  target: ColumnTarget;
}

export interface ColumnMap {
  columns: MappedColumn[];
  /**
   * Validator field name → header as written in the file: record fields (`total`, `dimensions.input`)
   * and the entity result's own names for the same columns (`name` is the entity column, `score` the
   * total column); no record field is called `name` or `score`, so one map serves both.
   */
  headerByField: Map<string, string>;
}

export const MAX_COLUMNS = 200;

/** Header spellings met in Indonesian and English sheets, after `normaliseHeader`; no spelling is in two lists. */
const FIELD_ALIASES: Record<RowField, readonly string[]> = {
  year: ['tahun', 'year'],
  institution: ['instansi', 'pemda', 'institution', 'entitas', 'namainstansi'],
  unit: ['unit', 'upp', 'unitlayanan', 'unitpelayanan', 'namaunit'],
  unitShort: ['singkatan', 'unitshort', 'short', 'alias'],
  unitType: ['jenis', 'jenisunit', 'unittype', 'type', 'tipe'],
  // "Nilai" alone is the total; "Nilai Huruf" is the grade.
  total: ['nilai', 'skor', 'total', 'nilaitotal', 'skortotal', 'score'],
  illustrative: ['illustrative', 'ilustratif'],
  opinion: ['opini', 'opinion', 'opiniombudsman', 'opiniombudsmanri', 'ombudsmanopinion'],
  tanpaMaladministrasi: ['tanpamaladministrasi', 'withoutmaladministration', 'tm'],
  grade: ['grade', 'nilaihuruf', 'lettergrade'],
  zone: ['zona', 'zone'],
  assessed: ['dinilai', 'assessed'],
  quality: ['kualitas', 'quality', 'kualitasunit', 'unitquality'],
  // Not "kepatuhan" alone: in 2022–2024 sheets (Penilaian Kepatuhan) that header names the score.
  compliance: ['tingkatkepatuhan', 'compliance', 'compliancelevel', 'levelofcompliance'],
  publicTrust: [
    'kepercayaan',
    'kepercayaanmasyarakat',
    'tingkatkepercayaanmasyarakat',
    'indekskepercayaanmasyarakat',
    'publictrust',
  ],
  supervisionCompliance: [
    'kepatuhanprodukpengawasan',
    'kepatuhanterhadapprodukpengawasan',
    'supervisioncompliance',
    'compliancewithsupervisionproducts',
  ],
};

/** English names of the default dimensions, whose keys and labels are Indonesian. */
const DIMENSION_ALIASES: Record<string, readonly string[]> = {
  proses: ['process'],
  pengaduan: ['complaints', 'complaint'],
};

const REQUIRED_FIELDS: readonly RowField[] = ['year', 'institution', 'unit'];

/** The entity result names these columns differently from a unit record. */
const INSTITUTION_FIELD_NAMES: Partial<Record<RowField, string>> = { institution: 'name', total: 'score' };

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
  // A table of entity results may give opinions without scores (Jawa Tengah 2025: opinions only).
  const hasResult = columns.some(
    (c) => c.target.kind === 'dimension' || c.target.field === 'total' || c.target.field === 'opinion',
  );
  if (!hasResult) problems.push(missingColumn('total', found));
  if (problems.length > 0) return { ok: false, problems };

  const headerByField = new Map<string, string>();
  for (const c of columns) {
    headerByField.set(fieldName(c.target), c.header);
    if (c.target.kind === 'dimension') headerByField.set(c.target.key, c.header);
    const institutionName = c.target.kind === 'field' ? INSTITUTION_FIELD_NAMES[c.target.field] : undefined;
    if (institutionName !== undefined) headerByField.set(institutionName, c.header);
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
  for (const [field, aliases] of Object.entries(FIELD_ALIASES) as [RowField, readonly string[]][]) {
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

/** An empty cell, or one holding only a dash: how a sheet writes "nothing here" (the unit cell of an entity's row). */
export function isBlankCell(cell: unknown): boolean {
  if (cell === null || cell === undefined) return true;
  return typeof cell === 'string' && NO_VALUE.has(cell.replace(/[\s\u00a0]+/g, ' ').trim());
}

const TRUE_WORDS = new Set(['true', 'ya', 'y', 'yes', '1', 'benar']);
const FALSE_WORDS = new Set(['false', 'tidak', 'no', 'n', '0', 'salah']);

/** true/ya/1 and false/tidak/0; `null` when the cell is empty or a dash; anything else stays raw. */
export function parseFlagCell(cell: unknown): unknown {
  if (isBlankCell(cell)) return null;
  if (typeof cell !== 'string') return cell;
  const word = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return cell;
}

/** Trimmed text; `null` when the cell is empty; anything but text stays raw for the validator to name. */
export function parseTextCell(cell: unknown): unknown {
  if (cell === null || cell === undefined) return null;
  if (typeof cell !== 'string') return cell;
  const text = cell.trim();
  return text === '' ? null : text;
}

/** Where the validator's items came from: the row of the file for each record and each entity result. */
export interface ItemPlaces {
  record: (index: number) => ProblemPlace;
  institution: (index: number) => ProblemPlace;
}

/**
 * Moves the validator's record and institution places to where a person finds them (a row of the
 * file) and its field names to the headers as written there.
 */
export function relocateResult(result: ValidationResult, places: ItemPlaces, map: ColumnMap): ValidationResult {
  const placeOf = (place: ProblemPlace): ProblemPlace => {
    if (place.kind === 'record') return places.record(place.index);
    if (place.kind === 'institution') return places.institution(place.index);
    return place;
  };
  const relocate = <T extends Problem | DataWarning>(item: T): T => {
    const field = item.field === undefined ? undefined : (map.headerByField.get(item.field) ?? item.field);
    const moved: T = { ...item, place: placeOf(item.place) };
    if (field !== undefined) moved.field = field;
    // `first` names the earlier record of a duplicate; point it at that record's row too.
    const first = item.params?.first;
    if (item.place.kind === 'record' && typeof first === 'number') {
      const firstPlace = places.record(first);
      if (firstPlace.kind === 'row') moved.params = { ...item.params, first: firstPlace.row };
    }
    return moved;
  };
  if (!result.ok) return { ok: false, problems: result.problems.map(relocate) };
  return { ok: true, dataset: result.dataset, warnings: result.warnings.map(relocate) };
}
