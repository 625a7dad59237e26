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

/** Bytes of a body read so far, and its announced length (Content-Length) when known and plausible. */
export interface ByteProgress {
  received: number;
  total: number | null;
}
export type OnBytes = (progress: ByteProgress) => void;

/**
 * `onBytes` hears at most once per this interval while a body comes in (and always once at the start
 * and once at the end): a fast download would otherwise ask for hundreds of redraws.
 */
export const BYTE_PROGRESS_INTERVAL_MS = 100;

export interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Download progress, throttled (see `BYTE_PROGRESS_INTERVAL_MS`). */
  onBytes?: OnBytes;
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
      bytes = await readBody(response, Number.isFinite(declaredLength) ? declaredLength : null, opts.onBytes);
    } catch (error) {
      return fail(error, 'body');
    }
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
 * The body, read chunk by chunk: progress can be reported, and a body without a Content-Length that
 * grows past `MAX_RESPONSE_BYTES` is stopped there rather than read to the end.
 */
async function readBody(
  response: Response,
  declared: number | null,
  onBytes: OnBytes | undefined,
): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  const report = throttledBytes(onBytes, declared);
  report(0, true);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.length;
    if (received > MAX_RESPONSE_BYTES) {
      void reader.cancel().catch(() => {});
      throw tooLarge(received);
    }
    chunks.push(value);
    report(received, false);
  }
  report(received, true);
  return concat(chunks, received);
}

/**
 * Reports bytes at most once per `BYTE_PROGRESS_INTERVAL_MS` unless `force`d. A compressed answer
 * announces its compressed length, which the unpacked bytes outgrow: from then on the total is unknown.
 */
function throttledBytes(onBytes: OnBytes | undefined, declared: number | null) {
  let lastAt = Number.NEGATIVE_INFINITY;
  let lastReceived = -1;
  return (received: number, force: boolean): void => {
    if (onBytes === undefined || received === lastReceived) return;
    const now = performance.now();
    if (!force && now - lastAt < BYTE_PROGRESS_INTERVAL_MS) return;
    lastAt = now;
    lastReceived = received;
    onBytes({ received, total: declared !== null && received <= declared ? declared : null });
  };
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
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
