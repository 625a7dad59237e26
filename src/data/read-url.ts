// Reads a dataset at a URL. The bytes are fetched here; the full reader (zod, papaparse) that checks
// them is loaded on first use, so that it stays out of the page's first download.
import type { ValidationResult } from '../domain/model';
import { decodeBytes } from './decode';
import type { FetchedBytes, FetchOptions } from './http';
import { fetchDataBytes } from './http';
import { sha256Hex, type CheckedBundled } from './bundled-digest';
import { parseJsonText } from './json-text';
import { LoadError } from './load-error';
import type { InputBytes, OnReadStage } from './read-input';
import { isJsonInput, looksLikeHtml, mayBeCkanResponse } from './sniff';

/** Reads a large body somewhere else (a Web Worker) instead of on the calling thread. */
export interface LargeBodyReader {
  /** Bodies from this size on go to `read`. */
  minBytes: number;
  read: (input: InputBytes) => Promise<ValidationResult>;
}

export interface ReadUrlOptions extends FetchOptions {
  large?: LargeBodyReader;
  /** A result the build has already reached for certain bytes (the bundled file): used for those bytes. */
  checked?: CheckedBundled | null;
  /** Stages read here; a large body's reader reports its own. */
  onStage?: OnReadStage;
}

/** What was read; `checkedAtBuild` when these were the bytes the build checked (see bundled-digest.ts). */
export type UrlReadResult = ValidationResult & { checkedAtBuild?: true };

/**
 * The digest of `bytes`, or null where it cannot be taken: `crypto.subtle` exists only in secure
 * contexts (https:, localhost), not on a plain http: intranet host. There the bytes are validated.
 */
async function sha256HexIfAvailable(bytes: Uint8Array): Promise<string | null> {
  if (typeof crypto === 'undefined' || crypto.subtle === undefined) return null;
  try {
    return await sha256Hex(bytes);
  } catch {
    return null;
  }
}

/** The full reader, fetched on first use. */
const loadFullReader = () => import('./read-input');

/**
 * A dataset at a URL: a JSON or CSV file, or a CKAN `datastore_search` address whose pages are
 * followed to the end. Transport failures throw a `LoadError`; bad data is a failed result.
 */
export async function readUrl(url: string, opts: ReadUrlOptions = {}): Promise<UrlReadResult> {
  let fetched: FetchedBytes;
  try {
    fetched = await fetchDataBytes(url, opts);
  } catch (error) {
    // A CKAN portal's error answer says more than its HTTP status.
    const ckanFailure =
      error instanceof LoadError && error.responseText !== undefined
        ? (await loadFullReader()).ckanFailureIn(error)
        : undefined;
    if (ckanFailure !== undefined) return ckanFailure;
    throw error;
  }
  const { bytes, contentType, finalUrl } = fetched;
  if (opts.checked && (await sha256HexIfAvailable(bytes)) === opts.checked.sha256) {
    return { ...opts.checked.result, checkedAtBuild: true };
  }
  const name = new URL(finalUrl).pathname;
  // A CKAN page must be read here, where its next pages can be fetched; anything else may go elsewhere.
  if (opts.large !== undefined && bytes.length >= opts.large.minBytes && !mayBeCkanResponse(bytes)) {
    return opts.large.read({ bytes, name, contentType });
  }
  opts.onStage?.('parsing');
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new LoadError([decoded.problem], false);
  const text = decoded.text;
  const reader = await loadFullReader();
  if (looksLikeHtml(text, contentType) || !isJsonInput(text, name, contentType)) {
    return reader.readDecoded(text, name, contentType, opts.onStage);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  opts.onStage?.('validating');
  return reader.readFetchedJson(parsed.value, finalUrl, opts);
}
