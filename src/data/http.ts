import type { Problem } from '../domain/model';
import { decodeBytes } from './decode';
import { LoadError } from './load-error';

export const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * The largest file or answer read: 64 MB. A national dataset at ten times the real size (5,870 entities,
 * about 121,000 unit records, 28 MB of JSON) fits with room; far larger input is not a score table.
 */
// Decimal megabytes, as the message states it (64 MB); well above the 10× national file (~28 MB).
export const MAX_RESPONSE_BYTES = 64_000_000;
export const MAX_RETRIES = 3;

export interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface FetchedText {
  text: string;
  contentType: string;
  finalUrl: string;
}

export interface FetchedBytes {
  bytes: Uint8Array;
  contentType: string;
  finalUrl: string;
}

/**
 * Fetches a data file's text. Failures become a `LoadError`; the caller's own abort is passed
 * through untouched so TanStack Query can tell a cancel from a failure.
 */
export async function fetchDataText(url: string, opts: FetchOptions = {}): Promise<FetchedText> {
  const { bytes, contentType, finalUrl } = await fetchDataBytes(url, opts);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new LoadError([decoded.problem], false);
  return { text: decoded.text, contentType, finalUrl };
}

/** As `fetchDataText`, undecoded: a large body can then be decoded and read off the main thread. */
export async function fetchDataBytes(url: string, opts: FetchOptions = {}): Promise<FetchedBytes> {
  const target = parseHttpUrl(url);
  // The origin the API must allow (CORS) is the page's, not its own.
  const params = { url: target.href, origin: globalThis.location?.origin ?? '' };
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = (): void => controller.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', forwardAbort, { once: true });
  const file: Problem['place'] = { kind: 'file' };

  const fail = (error: unknown, stage: 'connect' | 'body'): never => {
    if (opts.signal?.aborted) throw opts.signal.reason ?? error;
    if (timedOut) throw new LoadError([{ place: file, code: 'timeout', params: { ...params, timeoutMs } }], true);
    if (error instanceof LoadError) throw error;
    // In a browser a refused CORS request fails exactly like an unreachable server.
    const code = stage === 'connect' ? 'networkError' : 'truncated';
    throw new LoadError([{ place: file, code, params }], true);
  };

  try {
    if (opts.signal?.aborted) throw opts.signal.reason ?? new DOMException('Aborted', 'AbortError');
    let response: Response;
    try {
      response = await fetch(target.href, {
        signal: controller.signal,
        headers: { Accept: 'application/json, text/csv, text/plain, */*' },
      });
    } catch (error) {
      return fail(error, 'connect');
    }

    if (!response.ok) {
      const status = response.status;
      const transient = status >= 500 || status === 429 || status === 408;
      const body = await response.text().catch(() => undefined);
      throw new LoadError(
        [{ place: file, code: 'httpStatus', params: { ...params, status, statusText: response.statusText } }],
        transient,
        body?.slice(0, 64 * 1024),
      );
    }

    const declaredLength = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declaredLength > MAX_RESPONSE_BYTES) throw tooLarge(declaredLength);

    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      return fail(error, 'body');
    }
    if (bytes.length > MAX_RESPONSE_BYTES) throw tooLarge(bytes.length);
    if (Number.isFinite(declaredLength) && bytes.length < declaredLength && !response.headers.has('content-encoding')) {
      throw new LoadError(
        [{ place: file, code: 'truncated', params: { ...params, read: bytes.length, expected: declaredLength } }],
        true,
      );
    }

    return {
      bytes,
      contentType: response.headers.get('content-type') ?? '',
      finalUrl: response.url || target.href,
    };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', forwardAbort);
  }
}

/**
 * An absolute http(s) address, spaces around it ignored (pasted addresses carry them). Credentials in
 * the address are refused: fetch would reject them anyway, and a loaded address is stored and shown.
 */
function parseHttpUrl(url: string): URL {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url.trim());
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new LoadError([{ place: { kind: 'file' }, code: 'badUrl', params: { url } }], false);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new LoadError([{ place: { kind: 'file' }, code: 'badUrl', params: { url, reason: 'credentials' } }], false);
  }
  return parsed;
}

function tooLarge(bytes: number): LoadError {
  return new LoadError(
    [{ place: { kind: 'file' }, code: 'tooLarge', params: { bytes, max: MAX_RESPONSE_BYTES } }],
    false,
  );
}

/** TanStack Query `retry`: transient failures only, at most three retries. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof LoadError && error.transient && failureCount < MAX_RETRIES;
}

/** TanStack Query `retryDelay`: 0.5 s, 1 s, 2 s (`attempt` counts failures so far, from 0). */
export function retryDelay(attempt: number): number {
  return 500 * 2 ** Math.min(Math.max(attempt, 0), MAX_RETRIES - 1);
}
