import { validateDataset } from '../domain/validate';
import type { Problem, ValidationResult } from '../domain/model';
import { isCkanResponse, readCkanSingle } from './ckan';
import { looksLikeHtml } from './sniff';

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** A JSON dataset file: canonical form, a bare array of records, or a saved CKAN response. */
export function readJsonText(text: string): ValidationResult {
  const parsed = parseJsonText(text);
  return parsed.ok ? readJsonValue(parsed.value) : parsed;
}

/** Parsed JSON of any supported shape. A CKAN response here is one page: it cannot be followed. */
export function readJsonValue(value: unknown): ValidationResult {
  return isCkanResponse(value) ? readCkanSingle(value) : validateDataset(value);
}

export function parseJsonText(text: string): JsonParseResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problems: [{ place: { kind: 'file' }, code: 'empty' }] };
  if (looksLikeHtml(body)) return { ok: false, problems: [{ place: { kind: 'file' }, code: 'htmlInsteadOfData' }] };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ place: { kind: 'file' }, code: 'notJson', params: { message, ...errorPosition(message, body) } }],
    };
  }
}

/**
 * Where the parser stopped, from its message: V8 says "at position N" and, lately, "(line L column C)";
 * Firefox says "at line L column C"; Safari says nothing. "Unexpected end" means the text is cut short.
 */
export function errorPosition(message: string, text: string): { line?: number; column?: number } {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn !== null) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/i.exec(message);
  if (position !== null) return lineColumnAt(text, Number(position[1]));
  if (/unexpected end/i.test(message)) return lineColumnAt(text, text.length);
  return {};
}

function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
