import { mutationOptions, queryOptions, skipToken, type QueryClient } from '@tanstack/react-query';
import type { DataWarning, Dataset } from '../domain/model';
import type { OnBytes } from './http';
import { MAX_RESPONSE_BYTES, retryDelay, shouldRetry } from './http';
import { LoadError, loadErrorFromProblems } from './load-error';
import { OFF_MAIN_THREAD_MIN_BYTES } from './parse-threshold';
import type { OnReadStage } from './read-input';
import type { LargeBodyReader } from './read-url';
import { readUrl, type UrlReadResult } from './read-url';
import { checkedBundled } from './bundled-digest';
import { mayHaveSavedDataset } from './saved-hint';

export type DataSource = { kind: 'bundled' } | { kind: 'file'; name: string } | { kind: 'url'; url: string };

export interface LoadedDataset {
  dataset: Dataset;
  warnings: DataWarning[];
  source: DataSource;
  /** ISO timestamp of the load. */
  loadedAt: string;
  /** The bundled file's bytes as the build checked them and drew the prerendered first screen from. */
  checkedAtBuild?: true;
}

export const BUNDLED_DATASET_PATH = 'data/rapor-default.json';

/** Progress of a load, for an indicator: reading (the file, or the download), parsing, validating. */
export interface LoadProgress {
  onStage?: OnReadStage;
  /** A download's bytes so far, throttled; files are read whole (their size is known beforehand). */
  onBytes?: OnBytes;
}

// A query's abort signal is not taken: a load that nothing watches for a moment (React mounts twice in
// development) or any more (a later choice) runs on into the cache rather than being fetched again.

/** The dataset shipped with the app, next to `index.html` wherever the build is served from. */
export function bundledDatasetQuery(baseUrl: string = import.meta.env.BASE_URL, progress: LoadProgress = {}) {
  return queryOptions({
    queryKey: ['dataset', 'bundled'] as const,
    queryFn: async () => {
      progress.onStage?.('reading');
      // The build's own check of these bytes, if the page carries it (bundled-digest.ts).
      const result = await readUrl(bundledDatasetUrl(baseUrl), { ...progress, checked: checkedBundled() });
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
    queryFn: async () => {
      progress.onStage?.('reading');
      // A URL given by a person may be large: have a worker ready when the body arrives.
      void offMainThread().then(({ prewarmParseWorker }) => prewarmParseWorker());
      const result = await readUrl(url, { large: workerReader(progress.onStage), ...progress });
      return loaded(result, { kind: 'url', url });
    },
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
  });
}

/**
 * A picked or dropped file, once `fileDatasetLoad` has read it. A file is not fetched again (it may be
 * gone from the disk): reading it is a mutation that puts the dataset under this key.
 */
export function fileDatasetQuery(file: File) {
  return queryOptions<LoadedDataset>({
    queryKey: ['dataset', 'file', file.name, file.size, file.lastModified] as const,
    queryFn: skipToken,
    staleTime: Infinity,
  });
}

/**
 * Reads a file into `fileDatasetQuery(file)`. One above `MAX_RESPONSE_BYTES` is refused before a byte
 * of it is read; a large one is read, parsed and validated in a Web Worker.
 */
export function fileDatasetLoad(queryClient: QueryClient, progressOf: (file: File) => LoadProgress = () => ({})) {
  return mutationOptions({
    mutationFn: async (file: File) => {
      if (file.size > MAX_RESPONSE_BYTES) {
        const params = { bytes: file.size, max: MAX_RESPONSE_BYTES };
        throw new LoadError([{ place: { kind: 'file' }, code: 'tooLarge', params }], false);
      }
      const { onStage } = progressOf(file);
      const { parseOffMainThread } = await offMainThread();
      const result = await parseOffMainThread(
        { file, name: file.name, contentType: file.type },
        onStage ? { onStage } : {},
      );
      return loaded(result, { kind: 'file', name: file.name });
    },
    onSuccess: (dataset, file) => queryClient.setQueryData(fileDatasetQuery(file).queryKey, dataset),
  });
}

/**
 * The dataset kept from an earlier visit (storage.ts), or null when none is kept or it is unusable.
 * A first visit knows from a localStorage note that there is none, and fetches no storage code.
 */
export function savedDatasetQuery() {
  return queryOptions({
    queryKey: ['dataset', 'saved'] as const,
    queryFn: () =>
      mayHaveSavedDataset()
        ? import('./storage').then(
            (storage) => storage.loadLastDataset(),
            () => null,
          )
        : null,
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

function workerReader(onStage: OnReadStage | undefined): LargeBodyReader {
  return {
    minBytes: OFF_MAIN_THREAD_MIN_BYTES,
    read: async (input) => {
      const { parseOffMainThread } = await offMainThread();
      return parseOffMainThread(input, { minBytes: 0, ...(onStage ? { onStage } : {}) });
    },
  };
}

/** The worker's side of loading, fetched when a URL or file is loaded: the first screen never needs it. */
function offMainThread() {
  return import('./parse-off-main');
}

function loaded(result: UrlReadResult, source: DataSource): LoadedDataset {
  if (!result.ok) throw loadErrorFromProblems(result.problems);
  const dataset = { dataset: result.dataset, warnings: result.warnings, source, loadedAt: new Date().toISOString() };
  return result.checkedAtBuild ? { ...dataset, checkedAtBuild: true } : dataset;
}
