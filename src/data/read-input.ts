import type { Problem, ValidationResult } from '../domain/model';
import { isCkanResponse, readCkan } from './ckan';
import { readWideCsv } from './csv';
import { decodeBytes } from './decode';
import type { FetchedBytes, FetchOptions } from './http';
import { fetchDataBytes, fetchDataText, MAX_RESPONSE_BYTES } from './http';
import { parseJsonText, readJsonValue } from './json';
import { LoadError } from './load-error';
import { looksLikeHtml, looksLikeJson } from './sniff';

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

function readDecoded(text: string, name: string, contentType = '', onStage?: OnReadStage): ValidationResult {
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

/** Reads a large body somewhere else (a Web Worker) instead of on the calling thread. */
export interface LargeBodyReader {
  /** Bodies from this size on go to `read`. */
  minBytes: number;
  read: (input: InputBytes) => Promise<ValidationResult>;
}

export interface ReadUrlOptions extends FetchOptions {
  large?: LargeBodyReader;
  /** Stages read here; a large body's reader reports its own. */
  onStage?: OnReadStage;
}

/**
 * A dataset at a URL: a JSON or CSV file, or a CKAN `datastore_search` address whose pages are
 * followed to the end. Transport failures throw a `LoadError`; bad data is a failed result.
 */
export async function readUrl(url: string, opts: ReadUrlOptions = {}): Promise<ValidationResult> {
  let fetched: FetchedBytes;
  try {
    fetched = await fetchDataBytes(url, opts);
  } catch (error) {
    const ckanFailure = ckanFailureIn(error);
    if (ckanFailure !== undefined) return ckanFailure;
    throw error;
  }
  const { bytes, contentType, finalUrl } = fetched;
  const name = new URL(finalUrl).pathname;
  // A CKAN page must be read here, where its next pages can be fetched; anything else may go elsewhere.
  if (opts.large !== undefined && bytes.length >= opts.large.minBytes && !mayBeCkanResponse(bytes)) {
    return opts.large.read({ bytes, name, contentType });
  }
  opts.onStage?.('parsing');
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new LoadError([decoded.problem], false);
  const text = decoded.text;
  if (looksLikeHtml(text, contentType) || !isJsonInput(text, name, contentType))
    return readDecoded(text, name, contentType, opts.onStage);

  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  opts.onStage?.('validating');
  if (!isCkanResponse(parsed.value)) return readJsonValue(parsed.value);
  let pageNumber = 1;
  return readCkan(parsed.value, finalUrl, async (pageUrl) => {
    pageNumber += 1;
    const page = pageNumber;
    // Say which page failed: the first ones loaded, so "HTTP 500" alone would puzzle.
    const onPage = (problems: Problem[]): Problem[] =>
      problems.map((p) => (p.place.kind === 'file' ? { ...p, place: { kind: 'page', page } } : p));
    try {
      const fetchedPage = await fetchDataText(pageUrl, opts);
      const pageJson = parseJsonText(fetchedPage.text);
      if (!pageJson.ok) throw new LoadError(pageJson.problems, false);
      return pageJson.value;
    } catch (error) {
      if (error instanceof LoadError) throw new LoadError(onPage(error.problems), error.transient, error.responseText);
      throw error;
    }
  });
}

/** Bytes inspected to tell a CKAN response from other data without parsing all of it. */
const CKAN_SNIFF_BYTES = 4096;

/**
 * True when the start of a body could be a CKAN response (`{"help": …, "success": true, "result": …}`).
 * Errs towards yes: a false yes only keeps the reading on this thread.
 */
export function mayBeCkanResponse(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, CKAN_SNIFF_BYTES));
  return looksLikeJson(head) && /"success"\s*:/.test(head);
}

function isJsonInput(text: string, name: string, contentType: string): boolean {
  return looksLikeJson(text) || /\.json$/i.test(name) || /\bjson\b/i.test(contentType);
}

/** CKAN answers errors with 404/409/403 and a JSON body that says what went wrong; that beats "HTTP 404". */
function ckanFailureIn(error: unknown): ValidationResult | undefined {
  if (!(error instanceof LoadError) || error.responseText === undefined) return undefined;
  const parsed = parseJsonText(error.responseText);
  if (!parsed.ok || !isCkanResponse(parsed.value)) return undefined;
  const result = readJsonValue(parsed.value);
  return result.ok ? undefined : result;
}
