// The full reader: JSON (canonical, bare arrays, CKAN), CSV, and every problem located. It brings zod
// and papaparse with it, so the page loads it only when needed (see read-url.ts, parse-off-main.ts);
// a parse worker has it from the start.
import type { Problem, ValidationResult } from '../domain/model';
import { readCkan } from './ckan';
import { readWideCsv } from './csv';
import { decodeBytes } from './decode';
import { fetchDataText, MAX_RESPONSE_BYTES } from './http';
import { readJsonValue } from './json';
import { parseJsonText } from './json-text';
import { LoadError } from './load-error';
import type { ReadUrlOptions } from './read-url';
import { isCkanResponse, isJsonInput, looksLikeHtml } from './sniff';

export interface InputBytes {
  bytes: Uint8Array;
  name: string;
  contentType?: string;
}

/** What a load is doing, for a progress indicator: reading the bytes, parsing them, validating the data. */
export type ReadStage = 'reading' | 'parsing' | 'validating';
export type OnReadStage = (stage: ReadStage) => void;

/** A dropped or picked file (or any bytes with a name): JSON or CSV, whichever it is. */
export function readInput(input: InputBytes, onStage?: OnReadStage): ValidationResult {
  if (input.bytes.length > MAX_RESPONSE_BYTES) {
    return {
      ok: false,
      problems: [
        { place: { kind: 'file' }, code: 'tooLarge', params: { bytes: input.bytes.length, max: MAX_RESPONSE_BYTES } },
      ],
    };
  }
  onStage?.('parsing');
  const decoded = decodeBytes(input.bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  return readDecoded(decoded.text, input.name, input.contentType, onStage);
}

/** Decoded text: the content decides first, the name and content type break ties. */
export function readText(text: string, name: string, contentType = '', onStage?: OnReadStage): ValidationResult {
  onStage?.('parsing');
  return readDecoded(text, name, contentType, onStage);
}

/** `readText` after its parsing stage was reported. */
export function readDecoded(text: string, name: string, contentType = '', onStage?: OnReadStage): ValidationResult {
  if (looksLikeHtml(text, contentType))
    return { ok: false, problems: [{ place: { kind: 'file' }, code: 'htmlInsteadOfData' }] };
  if (isJsonInput(text, name, contentType)) {
    const parsed = parseJsonText(text);
    if (!parsed.ok) return parsed;
    onStage?.('validating');
    return readJsonValue(parsed.value);
  }
  // A CSV is parsed and validated in one pass: no separate stage to report.
  return readWideCsv(text);
}

/**
 * JSON fetched from `finalUrl`: a dataset, or a CKAN `datastore_search` answer whose pages are followed
 * to the end. Transport failures of later pages throw a `LoadError` that names the page.
 */
export async function readFetchedJson(
  value: unknown,
  finalUrl: string,
  opts: ReadUrlOptions = {},
): Promise<ValidationResult> {
  if (!isCkanResponse(value)) return readJsonValue(value);
  let pageNumber = 1;
  return readCkan(value, finalUrl, async (pageUrl) => {
    pageNumber += 1;
    const page = pageNumber;
    // Say which page failed: the first ones loaded, so "HTTP 500" alone would puzzle.
    const onPage = (problems: Problem[]): Problem[] =>
      problems.map((p) => (p.place.kind === 'file' ? { ...p, place: { kind: 'page', page } } : p));
    try {
      // Byte progress is the first page's: each later page would start it again from 0.
      const fetchedPage = await fetchDataText(pageUrl, { signal: opts.signal, timeoutMs: opts.timeoutMs });
      const pageJson = parseJsonText(fetchedPage.text);
      if (!pageJson.ok) throw new LoadError(pageJson.problems, false);
      return pageJson.value;
    } catch (error) {
      if (error instanceof LoadError) throw new LoadError(onPage(error.problems), error.transient, error.responseText);
      throw error;
    }
  });
}

/** CKAN answers errors with 404/409/403 and a JSON body that says what went wrong; that beats "HTTP 404". */
export function ckanFailureIn(error: unknown): ValidationResult | undefined {
  if (!(error instanceof LoadError) || error.responseText === undefined) return undefined;
  const parsed = parseJsonText(error.responseText);
  if (!parsed.ok || !isCkanResponse(parsed.value)) return undefined;
  const result = readJsonValue(parsed.value);
  return result.ok ? undefined : result;
}
