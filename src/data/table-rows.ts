// A table (CSV, CKAN) holds two kinds of row. A row with a unit is that unit's record; a row whose unit
// cell is empty is the entity's own row: its score is the reported entity score, its opinion the
// entity's opinion. Each row becomes the raw item `validateDataset` reads, and the validator's places
// are moved back to the rows of the file.
import { methodOfYear } from '../domain/methods';
import type { Problem, ProblemPlace, ValidationResult } from '../domain/model';
import { describeValue } from '../domain/schema';
import { MAX_PROBLEMS, validateDataset } from '../domain/validate';
import { sortByPlace } from '../domain/validate-assemble';
import type { ColumnMap, MappedColumn, RowField } from './columns';
import { isBlankCell, parseFlagCell, parseNumberCell, parseTextCell, relocateResult } from './columns';

type RawItem = Record<string, unknown>;

/** One row read: the raw item, and what in the row belongs to the other kind of row. */
export interface RawRow {
  kind: 'record' | 'institution';
  item: RawItem;
  problems: Problem[];
}

/** The validator's name of each field a unit's row fills. */
const UNIT_ROW_FIELDS: Partial<Record<RowField, string>> = {
  year: 'year',
  institution: 'institution',
  unit: 'unit',
  unitShort: 'unitShort',
  unitType: 'unitType',
  total: 'total',
  illustrative: 'illustrative',
  quality: 'quality',
  compliance: 'compliance',
  publicTrust: 'publicTrust',
  supervisionCompliance: 'supervisionCompliance',
  // A zone on a unit's row: from 2025 the load notes say it is not shown; up to 2024 it is left aside.
  zone: 'zone',
};

/** The validator's name of each field the entity's own row fills. */
const ENTITY_ROW_FIELDS: Partial<Record<RowField, string>> = {
  year: 'year',
  institution: 'name',
  total: 'score',
  opinion: 'opinion',
  tanpaMaladministrasi: 'tanpaMaladministrasi',
  grade: 'grade',
  zone: 'zone',
  assessed: 'assessed',
  publicTrust: 'publicTrust',
  supervisionCompliance: 'supervisionCompliance',
};

/** Only an entity has an opinion; on a unit's row it is refused, not dropped. */
const ENTITY_ONLY: ReadonlySet<RowField> = new Set(['opinion', 'tanpaMaladministrasi']);

/**
 * Only a unit has these. On a row without a unit they most likely mean the unit's name was left out:
 * refused, so a unit's score is never read as the entity's reported score without a word.
 */
const UNIT_ONLY: ReadonlySet<RowField> = new Set(['quality', 'compliance', 'unitShort', 'unitType']);

/** Set even when empty, as the validator has always read them (an empty total is an unknown score). */
const KEPT_WHEN_EMPTY: ReadonlySet<RowField> = new Set(['year', 'total']);

interface Cell {
  column: MappedColumn;
  raw: unknown;
  value: unknown;
}

export function rowToRawItem(cellAt: (column: MappedColumn) => unknown, map: ColumnMap, place: ProblemPlace): RawRow {
  const fields = new Map<RowField, Cell>();
  const dimensions: (Cell & { key: string })[] = [];
  for (const column of map.columns) {
    const raw = cellAt(column);
    const target = column.target;
    if (target.kind === 'dimension') dimensions.push({ column, raw, value: parseNumberCell(raw), key: target.key });
    else fields.set(target.field, { column, raw, value: parseCell(target.field, raw) });
  }
  return isBlankCell(fields.get('unit')?.raw)
    ? entityRow(fields, dimensions, map, place)
    : unitRow(fields, dimensions, map, place);
}

function parseCell(field: RowField, raw: unknown): unknown {
  switch (field) {
    case 'year':
    case 'total':
    case 'publicTrust':
    case 'supervisionCompliance':
      return parseNumberCell(raw);
    case 'illustrative':
    case 'tanpaMaladministrasi':
    case 'assessed':
      return parseFlagCell(raw);
    default:
      return parseTextCell(raw);
  }
}

function unitRow(
  fields: ReadonlyMap<RowField, Cell>,
  dimensions: readonly (Cell & { key: string })[],
  map: ColumnMap,
  place: ProblemPlace,
): RawRow {
  const item: RawItem = {};
  const problems: Problem[] = [];
  const year = fields.get('year')?.value;
  for (const [field, cell] of fields) {
    if (ENTITY_ONLY.has(field)) {
      if (cell.value !== null && !isGradeYearOpinion(field, year)) {
        problems.push({
          place,
          field: cell.column.header,
          code: 'opinionOnUnitRow',
          params: {
            value: describeValue(cell.raw),
            unit: describeValue(fields.get('unit')?.value),
            ...unitColumn(map),
          },
        });
      }
      continue;
    }
    // Up to 2024 a "Kualitas" column of a rekap sheet repeats the grade's words ("Kualitas Tertinggi"),
    // which Rapor derives from the score: left aside, as it always was. Unit words start in 2025.
    if (field === 'quality' && isGradeYear(year)) continue;
    // Zone, grade and "assessed" are the entity's; a unit's level is derived from its score, as before.
    const name = UNIT_ROW_FIELDS[field];
    if (name !== undefined && (cell.value !== null || KEPT_WHEN_EMPTY.has(field))) item[name] = cell.value;
  }
  if (dimensions.length > 0) item.dimensions = Object.fromEntries(dimensions.map((d) => [d.key, d.value]));
  return { kind: 'record', item, problems };
}

/**
 * Up to 2024 "opini" named a unit's letter grade (A–E), which Rapor derives from the score: such a
 * column on a unit's row is left aside, as it always was. From 2025 a unit has no opinion.
 */
function isGradeYearOpinion(field: RowField, year: unknown): boolean {
  return field === 'opinion' && typeof year === 'number' && !methodOfYear(year).method.opinion;
}

/** A year whose units get a grade or zone from their score, not a published quality word. */
function isGradeYear(year: unknown): boolean {
  return typeof year === 'number' && !methodOfYear(year).method.unitWords;
}

function entityRow(
  fields: ReadonlyMap<RowField, Cell>,
  dimensions: readonly (Cell & { key: string })[],
  map: ColumnMap,
  place: ProblemPlace,
): RawRow {
  const item: RawItem = {};
  const problems: Problem[] = [];
  const entity = fields.get('institution')?.value;
  const misplaced = (cell: Cell, what: string): void => {
    problems.push({
      place,
      field: cell.column.header,
      code: 'unitFieldOnEntityRow',
      params: {
        value: describeValue(cell.raw),
        name: typeof entity === 'string' ? entity : '',
        what,
        ...unitColumn(map),
      },
    });
  };
  const year = fields.get('year')?.value;
  for (const [field, cell] of fields) {
    // Up to 2024 a "Kualitas" cell repeats the grade's words, on the entity's row too: left aside.
    if (field === 'quality' && isGradeYear(year)) continue;
    if (UNIT_ONLY.has(field)) {
      if (cell.value !== null) misplaced(cell, field === 'quality' || field === 'compliance' ? field : 'unit');
      continue;
    }
    const name = ENTITY_ROW_FIELDS[field];
    if (name !== undefined && (cell.value !== null || KEPT_WHEN_EMPTY.has(field))) item[name] = cell.value;
  }
  // Dimension scores are a unit's; the model keeps none for an entity.
  for (const d of dimensions) if (d.value !== null) misplaced(d, 'unit');
  const letter = letterGrade(item.year, item.opinion);
  if (letter !== undefined && item.grade === undefined) {
    item.grade = letter;
    delete item.opinion;
  }
  return { kind: 'institution', item, problems };
}

/** "A" in the opinion column of a year with letter grades (2022–2024) is the reported grade. */
function letterGrade(year: unknown, opinion: unknown): string | undefined {
  if (typeof year !== 'number' || typeof opinion !== 'string') return undefined;
  const { method } = methodOfYear(year);
  const letter = opinion.trim().toUpperCase();
  return method.levels.some((level) => level.grade === letter) ? letter : undefined;
}

function unitColumn(map: ColumnMap): { unitColumn: string } | Record<string, never> {
  const header = map.headerByField.get('unit');
  return header === undefined ? {} : { unitColumn: header };
}

/** The rows of a table as the validator's raw input, with where each item came from. */
export interface TableItems {
  records: RawItem[];
  recordPlaces: ProblemPlace[];
  institutions: RawItem[];
  institutionPlaces: ProblemPlace[];
  /** Problems found in the rows themselves (unreadable rows, fields on the wrong kind of row). */
  problems: Problem[];
}

export function emptyTableItems(): TableItems {
  return { records: [], recordPlaces: [], institutions: [], institutionPlaces: [], problems: [] };
}

export function addRow(
  items: TableItems,
  cellAt: (column: MappedColumn) => unknown,
  map: ColumnMap,
  place: ProblemPlace,
): void {
  const row = rowToRawItem(cellAt, map, place);
  // The item is validated even when the row has problems, so every problem of the row is found at once.
  if (row.kind === 'record') {
    items.records.push(row.item);
    items.recordPlaces.push(place);
  } else {
    items.institutions.push(row.item);
    items.institutionPlaces.push(place);
  }
  for (const p of row.problems) items.problems.push(p);
}

const FILE: ProblemPlace = { kind: 'file' };

/** Validates the table's items; problems and warnings name the row and the header as written. */
export function validateTable(items: TableItems, map: ColumnMap): ValidationResult {
  const raw = { institutions: items.institutions, records: items.records };
  const validated = relocateResult(
    validateDataset(raw),
    {
      record: (index) => items.recordPlaces[index] ?? FILE,
      institution: (index) => items.institutionPlaces[index] ?? FILE,
    },
    map,
  );
  if (items.problems.length === 0) {
    if (validated.ok) return { ...validated, warnings: sortByPlace(validated.warnings) };
    return { ok: false, problems: capped(validated.problems) };
  }
  // Rows that could not be read are reported together with what is wrong in the others; "no records"
  // only says that every row was unreadable.
  const others = validated.ok ? [] : validated.problems.filter((p) => p.code !== 'noRecords');
  return { ok: false, problems: capped([...items.problems, ...others]) };
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
  listed.sort((a, b) => rowOf(a) - rowOf(b));
  if (listed.length > MAX_PROBLEMS) {
    more += listed.length - MAX_PROBLEMS;
    listed.length = MAX_PROBLEMS;
  }
  return more > 0 ? [...listed, { place: FILE, code: 'invalid', params: { more } }] : listed;
}

function rowOf(p: Problem): number {
  return p.place.kind === 'row' ? p.place.row : 0;
}
