import type { Problem, ValidationResult } from '../domain/model';
import { isCkanResponse, readCkan } from './ckan';
import { readWideCsv } from './csv';
import { decodeBytes } from './decode';
import type { FetchOptions } from './http';
import { fetchDataText, MAX_RESPONSE_BYTES } from './http';
import { parseJsonText, readJsonValue } from './json';
import { LoadError } from './load-error';
import { looksLikeHtml, looksLikeJson } from './sniff';

export interface InputBytes {
  bytes: Uint8Array;
  name: string;
  contentType?: string;
}

/** A dropped or picked file (or any bytes with a name): JSON or CSV, whichever it is. */
export function readInput(input: InputBytes): ValidationResult {
  if (input.bytes.length > MAX_RESPONSE_BYTES) {
    return {
      ok: false,
      problems: [
        { place: { kind: 'file' }, code: 'tooLarge', params: { bytes: input.bytes.length, max: MAX_RESPONSE_BYTES } },
      ],
    };
  }
  const decoded = decodeBytes(input.bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  return readText(decoded.text, input.name, input.contentType);
}

/** Decoded text: the content decides first, the name and content type break ties. */
export function readText(text: string, name: string, contentType = ''): ValidationResult {
  if (looksLikeHtml(text, contentType))
    return { ok: false, problems: [{ place: { kind: 'file' }, code: 'htmlInsteadOfData' }] };
  if (isJsonInput(text, name, contentType)) {
    const parsed = parseJsonText(text);
    return parsed.ok ? readJsonValue(parsed.value) : parsed;
  }
  return readWideCsv(text);
}

/**
 * A dataset at a URL: a JSON or CSV file, or a CKAN `datastore_search` address whose pages are
 * followed to the end. Transport failures throw a `LoadError`; bad data is a failed result.
 */
export async function readUrl(url: string, opts: FetchOptions = {}): Promise<ValidationResult> {
  let fetched;
  try {
    fetched = await fetchDataText(url, opts);
  } catch (error) {
    const ckanFailure = ckanFailureIn(error);
    if (ckanFailure !== undefined) return ckanFailure;
    throw error;
  }
  const { text, contentType, finalUrl } = fetched;
  const name = new URL(finalUrl).pathname;
  if (looksLikeHtml(text, contentType) || !isJsonInput(text, name, contentType))
    return readText(text, name, contentType);

  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
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
