import type { Problem, ProblemPlace, ValidationResult } from '../domain/model';
import { mapColumns, MAX_COLUMNS } from './columns';
import { addRow, emptyTableItems, validateTable } from './table-rows';

/** Guards against a portal whose `next` link never runs dry. */
export const MAX_CKAN_PAGES = 10_000;

/** Columns CKAN adds to every row; they are not data. */
const CKAN_COLUMNS = new Set(['_id', '_full_text', 'rank']);

interface CkanPage {
  records: Record<string, unknown>[];
  fields: string[] | undefined;
  total: number | undefined;
  next: string | undefined;
}

/** A saved CKAN response: one page that cannot be followed, so it must hold every row. */
export function readCkanSingle(json: unknown): ValidationResult {
  const page = readPage(json, { kind: 'file' });
  if (!page.ok) return failed([page.problem]);
  return rowsToResult(page.page.records, page.page.fields, page.page.total);
}

/**
 * Reads a `datastore_search` result to its end by following `_links.next` (relative to `baseUrl`,
 * the address of the first page). A page that fails to load fails the whole read: a partial
 * dataset would show wrong means without saying so.
 */
export async function readCkan(
  first: unknown,
  baseUrl: string,
  fetchJson: (url: string) => Promise<unknown>,
): Promise<ValidationResult> {
  const firstPage = readPage(first, { kind: 'file' });
  if (!firstPage.ok) return failed([firstPage.problem]);
  const { total, fields } = firstPage.page;
  const records = [...firstPage.page.records];
  const seen = new Set([resolve(baseUrl, baseUrl)]);
  let current = firstPage.page;
  for (let pageNumber = 2; pageNumber <= MAX_CKAN_PAGES; pageNumber += 1) {
    if (total !== undefined && records.length >= total) break;
    if (current.records.length === 0 || current.next === undefined) break;
    const url = resolve(current.next, baseUrl);
    if (url === undefined || seen.has(url)) break;
    seen.add(url);
    const page = readPage(await fetchJson(url), { kind: 'page', page: pageNumber });
    if (!page.ok) return failed([page.problem]);
    records.push(...page.page.records);
    current = page.page;
  }
  return rowsToResult(records, fields, total);
}

function rowsToResult(
  records: Record<string, unknown>[],
  fields: string[] | undefined,
  total: number | undefined,
): ValidationResult {
  if (total !== undefined && records.length < total) {
    return failed([{ place: { kind: 'file' }, code: 'ckanIncomplete', params: { read: records.length, total } }]);
  }
  const keys = (fields ?? keysInOrder(records)).filter((k) => !CKAN_COLUMNS.has(k));
  if (keys.length > MAX_COLUMNS) {
    return failed([
      { place: { kind: 'file' }, code: 'tooManyColumns', params: { count: keys.length, max: MAX_COLUMNS } },
    ]);
  }
  const mapped = mapColumns(keys);
  if (!mapped.ok) return failed(mapped.problems);
  const items = emptyTableItems();
  records.forEach((record, index) => {
    addRow(items, (column) => record[keys[column.index] ?? ''], mapped.map, { kind: 'row', row: index + 1 });
  });
  return validateTable(items, mapped.map);
}

function readPage(json: unknown, place: ProblemPlace): { ok: true; page: CkanPage } | { ok: false; problem: Problem } {
  if (!isObject(json) || typeof json.success !== 'boolean') {
    return { ok: false, problem: { place, code: 'wrongShape', params: { expected: 'ckan' } } };
  }
  if (!json.success) {
    return { ok: false, problem: { place, code: 'ckanFailure', params: { message: ckanErrorMessage(json.error) } } };
  }
  const result = json.result;
  if (!isObject(result) || !Array.isArray(result.records)) {
    return { ok: false, problem: { place, code: 'wrongShape', params: { expected: 'ckanRecords' } } };
  }
  if (!result.records.every(isObject)) {
    // `records_format=lists` or `csv`: rows without column names.
    return { ok: false, problem: { place, code: 'wrongShape', params: { expected: 'ckanRecordObjects' } } };
  }
  const links = isObject(result._links) ? result._links : {};
  return {
    ok: true,
    page: {
      records: result.records,
      fields: fieldIds(result.fields),
      total: typeof result.total === 'number' && Number.isFinite(result.total) ? result.total : undefined,
      next: typeof links.next === 'string' ? links.next : undefined,
    },
  };
}

/** CKAN errors carry a `message`, or only a `__type` and per-field lists (validation errors). */
export function ckanErrorMessage(error: unknown): string {
  if (!isObject(error)) return typeof error === 'string' ? error : '';
  if (typeof error.message === 'string') return error.message;
  const details = Object.entries(error)
    .filter(([key]) => key !== '__type')
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(' ') : String(value)}`);
  const type = typeof error.__type === 'string' ? error.__type : '';
  return [type, ...details].filter((s) => s !== '').join('; ');
}

function fieldIds(fields: unknown): string[] | undefined {
  if (!Array.isArray(fields)) return undefined;
  const ids = fields.flatMap((f) => (isObject(f) && typeof f.id === 'string' ? [f.id] : []));
  return ids.length > 0 ? ids : undefined;
}

function keysInOrder(records: readonly Record<string, unknown>[]): string[] {
  const keys = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) keys.add(key);
  return [...keys];
}

function resolve(link: string, baseUrl: string): string | undefined {
  try {
    return new URL(link, baseUrl).href;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function failed(problems: Problem[]): ValidationResult {
  return { ok: false, problems };
}
