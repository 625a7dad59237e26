import { queryOptions } from '@tanstack/react-query';
import type { DataWarning, Dataset, ValidationResult } from '../domain/model';
import { retryDelay, shouldRetry } from './http';
import { loadErrorFromProblems } from './load-error';
import { readInput, readUrl } from './read-input';

export type DataSource = { kind: 'bundled' } | { kind: 'file'; name: string } | { kind: 'url'; url: string };

export interface LoadedDataset {
  dataset: Dataset;
  warnings: DataWarning[];
  source: DataSource;
  /** ISO timestamp of the load. */
  loadedAt: string;
}

export const BUNDLED_DATASET_PATH = 'data/rapor-default.json';

/** The dataset shipped with the app, next to `index.html` wherever the build is served from. */
export function bundledDatasetQuery(baseUrl: string = import.meta.env.BASE_URL) {
  return queryOptions({
    queryKey: ['dataset', 'bundled'] as const,
    queryFn: async ({ signal }) => loaded(await readUrl(bundledDatasetUrl(baseUrl), { signal }), { kind: 'bundled' }),
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
  });
}

export function urlDatasetQuery(url: string) {
  return queryOptions({
    queryKey: ['dataset', 'url', url] as const,
    queryFn: async ({ signal }) => loaded(await readUrl(url, { signal }), { kind: 'url', url }),
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
  });
}

export function fileDatasetQuery(file: File) {
  return queryOptions({
    queryKey: ['dataset', 'file', file.name, file.size, file.lastModified] as const,
    queryFn: async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      return loaded(readInput({ bytes, name: file.name, contentType: file.type }), { kind: 'file', name: file.name });
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

function loaded(result: ValidationResult, source: DataSource): LoadedDataset {
  if (!result.ok) throw loadErrorFromProblems(result.problems);
  return { dataset: result.dataset, warnings: result.warnings, source, loadedAt: new Date().toISOString() };
}
