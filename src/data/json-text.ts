// JSON text to a value, with the place a parser stopped at when the text is broken. Kept apart from
// the dataset readers so that the page's first download can parse JSON without them.
import type { Problem } from '../domain/model';
import { looksLikeHtml } from './sniff';

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

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
  const tokenAt = v8UnexpectedTokenOffset(message, text);
  if (tokenAt !== undefined) return lineColumnAt(text, tokenAt);
  return {};
}

/** V8 quotes this many characters either side of an unexpected token, `...` marking a cut. */
const V8_CONTEXT_CHARS = 10;
const V8_UNEXPECTED_TOKEN = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/;

/**
 * V8 (Node, Chrome) gives no position for an unexpected token (a bare NaN, a stray letter), only the
 * text around it: `..."total": NaN}"...`. The token's offset follows from where that text sits.
 */
function v8UnexpectedTokenOffset(message: string, text: string): number | undefined {
  const match = V8_UNEXPECTED_TOKEN.exec(message);
  if (match === null) return undefined;
  const [, token = '', cutBefore, context = '', cutAfter] = match;
  let offset: number;
  if (cutBefore === undefined && cutAfter === undefined) {
    // The whole text is quoted: the token is found only if it occurs once.
    offset = text.indexOf(token);
    if (offset !== text.lastIndexOf(token)) return undefined;
  } else if (cutBefore === undefined) {
    offset = context.length - V8_CONTEXT_CHARS;
  } else if (cutAfter === undefined) {
    offset = text.length - context.length + V8_CONTEXT_CHARS;
  } else {
    const start = text.indexOf(context);
    if (start < 0 || text.indexOf(context, start + 1) >= 0) return undefined;
    offset = start + V8_CONTEXT_CHARS;
  }
  return text[offset] === token ? offset : undefined;
}

function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
