import type { UnitRecord, ValidationResult } from '../domain/model';
import type { ParseInput, ParseMessage } from './parse-protocol';
import { inputSize, recordsOf } from './parse-protocol';
import type { OnReadStage } from './read-input';

import { OFF_MAIN_THREAD_MIN_BYTES } from './parse-threshold';

export interface ParseOptions {
  onStage?: OnReadStage;
  signal?: AbortSignal;
  /** Inputs smaller than this are read on the calling thread; default `OFF_MAIN_THREAD_MIN_BYTES`. */
  minBytes?: number;
}

/** How a worker is started; tests replace it. `null` when the environment has none. */
export type WorkerFactory = () => Worker | null;

export const startParseWorker: WorkerFactory = () => {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
};

/** An unused warm worker is stopped after this long. */
export const WARM_WORKER_IDLE_MS = 30_000;

let warm: { worker: Worker; timer: ReturnType<typeof setTimeout> } | null = null;

/**
 * Starts a parse worker ahead of need (when a download begins), so its script is loaded and compiled by
 * the time the body arrives; the next `parseOffMainThread` takes it. Stopped if unused for a while.
 */
export function prewarmParseWorker(startWorker: WorkerFactory = startParseWorker): void {
  if (warm !== null) return;
  const worker = startWorker();
  if (worker === null) return;
  const timer = setTimeout(() => {
    if (warm?.worker === worker) warm = null;
    worker.terminate();
  }, WARM_WORKER_IDLE_MS);
  warm = { worker, timer };
}

/** The warm worker if there is one (it is then no longer warm), else a new one. */
export const warmOrNewParseWorker: WorkerFactory = () => {
  if (warm === null) return startParseWorker();
  clearTimeout(warm.timer);
  const { worker } = warm;
  warm = null;
  return worker;
};

/**
 * Reads and validates a file or fetched body in a Web Worker and resolves with the same result
 * `readInput` gives. Falls back to the calling thread where no worker can be started (or it fails to
 * load): slower for the page, never a different answer.
 */
export async function parseOffMainThread(
  input: ParseInput,
  opts: ParseOptions = {},
  startWorker: WorkerFactory = warmOrNewParseWorker,
): Promise<ValidationResult> {
  const { onStage, signal } = opts;
  signal?.throwIfAborted();
  const worker = inputSize(input) >= (opts.minBytes ?? OFF_MAIN_THREAD_MIN_BYTES) ? startWorker() : null;
  if (worker === null) return readHere(input, onStage);

  return new Promise<ValidationResult>((resolve, reject) => {
    const records: UnitRecord[] = [];
    const finish = (): void => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      finish();
      const reason: unknown = signal?.reason;
      reject(reason instanceof Error ? reason : new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.addEventListener('message', (event: MessageEvent<ParseMessage>) => {
      const message = event.data;
      if (message.kind === 'stage') onStage?.(message.stage);
      else if (message.kind === 'records') for (const record of recordsOf(message)) records.push(record);
      else if (message.kind === 'failed') {
        finish();
        reject(new Error(message.message));
      } else {
        finish();
        const { result } = message;
        resolve(result.ok ? { ...result, dataset: { ...result.dataset, records } } : result);
      }
    });
    // The worker script could not load or crashed: read here instead. The input was copied, not moved.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      readHere(input, onStage).then(resolve, reject);
    });
    // Copied rather than transferred, so the fallback above still has the bytes (a File is a handle).
    worker.postMessage(input);
  });
}

/** Reads on this thread, with the full reader loaded now (it is not part of the page's first download). */
export async function readHere(input: ParseInput, onStage?: OnReadStage): Promise<ValidationResult> {
  const { runParseJob } = await import('./parse-job');
  return runParseJob(input, onStage);
}
