import { queryOptions } from '@tanstack/react-query';
import type { DataWarning, Dataset, ValidationResult } from '../domain/model';
import type { OnBytes } from './http';
import { MAX_RESPONSE_BYTES, retryDelay, shouldRetry } from './http';
import { LoadError, loadErrorFromProblems } from './load-error';
import { OFF_MAIN_THREAD_MIN_BYTES } from './parse-threshold';
import type { OnReadStage } from './read-input';
import type { LargeBodyReader } from './read-url';
import { readUrl } from './read-url';

export type DataSource = { kind: 'bundled' } | { kind: 'file'; name: string } | { kind: 'url'; url: string };

export interface LoadedDataset {
  dataset: Dataset;
  warnings: DataWarning[];
  source: DataSource;
  /** ISO timestamp of the load. */
  loadedAt: string;
}

export const BUNDLED_DATASET_PATH = 'data/rapor-default.json';

/** Progress of a load, for an indicator: reading (the file, or the download), parsing, validating. */
export interface LoadProgress {
  onStage?: OnReadStage;
  /** A download's bytes so far, throttled; files are read whole (their size is known beforehand). */
  onBytes?: OnBytes;
}

/** The dataset shipped with the app, next to `index.html` wherever the build is served from. */
export function bundledDatasetQuery(baseUrl: string = import.meta.env.BASE_URL, progress: LoadProgress = {}) {
  return queryOptions({
    queryKey: ['dataset', 'bundled'] as const,
    queryFn: async ({ signal }) => {
      progress.onStage?.('reading');
      const result = await readUrl(bundledDatasetUrl(baseUrl), { signal, ...progress });
      return loaded(result, { kind: 'bundled' });
    },
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
  });
}

/**
 * A dataset at a URL. The download stays on this thread (it does not block); a large body is decoded,
 * parsed and validated in a Web Worker.
 */
export function urlDatasetQuery(url: string, progress: LoadProgress = {}) {
  return queryOptions({
    queryKey: ['dataset', 'url', url] as const,
    queryFn: async ({ signal }) => {
      progress.onStage?.('reading');
      // A URL given by a person may be large: have a worker ready when the body arrives.
      void offMainThread().then(({ prewarmParseWorker }) => prewarmParseWorker());
      const result = await readUrl(url, { signal, large: workerReader(signal, progress.onStage), ...progress });
      return loaded(result, { kind: 'url', url });
    },
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
  });
}

/**
 * A picked or dropped file. One above `MAX_RESPONSE_BYTES` is refused before a byte of it is read;
 * a large one is read, parsed and validated in a Web Worker.
 */
export function fileDatasetQuery(file: File, progress: LoadProgress = {}) {
  return queryOptions({
    queryKey: ['dataset', 'file', file.name, file.size, file.lastModified] as const,
    queryFn: async ({ signal }) => {
      if (file.size > MAX_RESPONSE_BYTES) {
        const params = { bytes: file.size, max: MAX_RESPONSE_BYTES };
        throw new LoadError([{ place: { kind: 'file' }, code: 'tooLarge', params }], false);
      }
      const { parseOffMainThread } = await offMainThread();
      const result = await parseOffMainThread(
        { file, name: file.name, contentType: file.type },
        { signal, ...(progress.onStage ? { onStage: progress.onStage } : {}) },
      );
      return loaded(result, { kind: 'file', name: file.name });
    },
    staleTime: Infinity,
    retry: false,
  });
}

/** `base` may be relative (`./` in the build); it is resolved against the page the app runs in. */
export function bundledDatasetUrl(baseUrl: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const page = typeof document !== 'undefined' ? document.baseURI : globalThis.location?.href;
  try {
    return new URL(`${base}${BUNDLED_DATASET_PATH}`, page).href;
  } catch {
    return `${base}${BUNDLED_DATASET_PATH}`;
  }
}

function workerReader(signal: AbortSignal, onStage: OnReadStage | undefined): LargeBodyReader {
  return {
    minBytes: OFF_MAIN_THREAD_MIN_BYTES,
    read: async (input) => {
      const { parseOffMainThread } = await offMainThread();
      return parseOffMainThread(input, { signal, minBytes: 0, ...(onStage ? { onStage } : {}) });
    },
  };
}

/** The worker's side of loading, fetched when a URL or file is loaded: the first screen never needs it. */
function offMainThread() {
  return import('./parse-off-main');
}

function loaded(result: ValidationResult, source: DataSource): LoadedDataset {
  if (!result.ok) throw loadErrorFromProblems(result.problems);
  return { dataset: result.dataset, warnings: result.warnings, source, loadedAt: new Date().toISOString() };
}
