import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { hashKey, useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { Problem } from '../domain/model';
import { datasetIndex } from '../domain/dataset-index';
import { isLoadError } from '../data/load-error';
import {
  bundledDatasetQuery,
  fileDatasetLoad,
  fileDatasetQuery,
  savedDatasetQuery,
  urlDatasetQuery,
  type DataSource,
  type LoadedDataset,
  type LoadProgress,
} from '../data/sources';
import { mayHaveSavedDataset } from '../data/saved-hint';
import { useUrlParams } from '../lib/url-state';
import type { LoadingProgress } from '../features/data-panel/LoadingNotice';
import type { LoadStatus } from '../features/data-panel/LoadStatusNotice';
import { preloadLoadingNotice } from '../features/data-panel/LoadStatusNotice';
import { preloadProblemList } from '../features/data-panel/ProblemList';
import { useI18n } from '../lib/i18n/i18n-context';
import { inNextTask, whenIdle } from './scheduling';

export interface DatasetController {
  /** The last dataset that loaded and validated; bad input never replaces it. */
  current: LoadedDataset | null;
  status: LoadStatus;
  loadFile: (file: File) => void;
  loadUrl: (url: string) => void;
  resetToBundled: () => void;
  dismissStatus: () => void;
}

/** A source of the dataset; `saved` is the copy kept from the last visit. */
type Choice = { kind: 'bundled' } | { kind: 'saved' } | { kind: 'url'; url: string } | { kind: 'file'; file: File };

// What the page starts on without a `?data=` link, chosen by no one: neither said loading nor loaded.
const START_SAVED: Choice = { kind: 'saved' };
const START_BUNDLED: Choice = { kind: 'bundled' };

/** The progress of each load so far, by query key: progress of an abandoned load is never shown. */
type ProgressByKey = Readonly<Record<string, LoadingProgress>>;

/** One source's query; each source's own options, seen as a query of a dataset or of none. */
function optionsFor(choice: Choice, progress?: LoadProgress): UseQueryOptions<LoadedDataset | null> {
  return sourceOptions(choice, progress) as UseQueryOptions<LoadedDataset | null>;
}

function sourceOptions(choice: Choice, progress?: LoadProgress) {
  switch (choice.kind) {
    case 'bundled':
      return bundledDatasetQuery(undefined, progress);
    case 'saved':
      return savedDatasetQuery();
    case 'url':
      return urlDatasetQuery(choice.url, progress);
    case 'file':
      return fileDatasetQuery(choice.file);
  }
}

const keyOf = (choice: Choice) => hashKey(optionsFor(choice).queryKey);

function sourceOf(choice: Choice, loaded?: LoadedDataset | null): DataSource {
  if (choice.kind === 'file') return { kind: 'file', name: choice.file.name };
  return choice.kind === 'saved' ? (loaded?.source ?? { kind: 'bundled' }) : choice;
}

function problemsOf(error: unknown): Problem[] {
  if (isLoadError(error)) return error.problems;
  const message = error instanceof Error ? error.message : String(error);
  return [{ place: { kind: 'file' }, code: 'invalid', params: { message } }];
}

/** IndexedDB code, fetched only when there is a dataset to keep or forget (never on a first visit). */
function keepForNextVisit(loaded: LoadedDataset) {
  // Keeping a copy is a convenience: if its code cannot be fetched, the next visit starts afresh.
  const noCopy = () => null;
  if (loaded.source.kind !== 'bundled') void import('../data/storage').then((s) => s.saveLastDataset(loaded), noCopy);
  else if (mayHaveSavedDataset()) void import('../data/storage').then((s) => s.clearLastDataset(), noCopy);
}

/**
 * Which dataset is on screen, all of it from the query cache: the source asked for (`wanted`) is
 * loaded through its query, and shown (`shown`) once it has loaded and validated; until then, and
 * if it fails, the dataset shown before stays. Start-up order: a `?data=` link wins; otherwise the
 * dataset the person loaded last (kept in the browser); otherwise the bundled data.
 */
export function useDatasetController(): DatasetController {
  const queryClient = useQueryClient();
  const { lang } = useI18n();
  const [params, setParams] = useUrlParams();
  const dataUrl = params.get('data');
  // Also what a link falls back on when it fails.
  const [startChoice] = useState<Choice>(() => (mayHaveSavedDataset() ? START_SAVED : START_BUNDLED));
  const [choice, setChoice] = useState(startChoice);
  // A `?data=` URL (from a link, the URL field, or back/forward) is what is wanted whenever it is there.
  const wanted = useMemo<Choice>(() => (dataUrl ? { kind: 'url', url: dataUrl } : choice), [dataUrl, choice]);
  const quiet = wanted === START_SAVED || wanted === START_BUNDLED;
  const [progress, setProgress] = useState<ProgressByKey>({});
  const progressOf = useCallback((choice: Choice) => progressInto(keyOf(choice), setProgress), []);

  const wantedQuery = useQuery(optionsFor(wanted, progressOf(wanted)));
  const fileLoad = useMutation(fileDatasetLoad(queryClient, (file) => progressOf({ kind: 'file', file })));
  // The bundled data already in the cache (main.tsx waits for it briefly) is drawn by the first render.
  const [shown, setShown] = useState<Choice | null>(() =>
    queryClient.getQueryData(optionsFor(wanted).queryKey) ? wanted : null,
  );
  const shownQuery = useQuery({ ...optionsFor(shown ?? wanted), enabled: shown !== null });
  const [outcome, setOutcome] = useState<LoadStatus>({ state: 'idle' });

  const file = wanted.kind === 'file' && fileLoad.variables === wanted.file ? fileLoad : undefined;
  // (Until the mutation's start has reached a render, a file just chosen is still being read.)
  const fetching = wanted.kind === 'file' ? (file?.isPending ?? true) : wantedQuery.isFetching;
  const error = wanted.kind === 'file' ? file?.error : wantedQuery.error;
  const loaded = wantedQuery.data;
  const wantedKey = keyOf(wanted);
  const shownKey = shown && keyOf(shown);
  // Loading until the wanted dataset is on screen (or has failed), or while the one shown is fetched again.
  const loading = (wantedKey !== shownKey && !error) || wantedQuery.isFetching;

  // While a link loads with nothing on screen, what it falls back on is fetched beside it.
  const linkFirst = wanted.kind === 'url' && shown === null;
  useEffect(() => {
    if (linkFirst) void queryClient.prefetchQuery(optionsFor(startChoice));
  }, [linkFirst, queryClient, startChoice]);

  // What shows a load, its problems or its notes is fetched when it starts: a failure is said in full
  // at once, not as "loading" first.
  useEffect(() => {
    if (!loading) return;
    void preloadLoadingNotice();
    void preloadProblemList(lang);
  }, [loading, lang]);

  const choose = useCallback(
    (next: Choice, options: { replace?: boolean } = {}) => {
      setProgress({});
      if (next.kind !== 'url') setChoice(next);
      setParams({ data: next.kind === 'url' ? next.url : null }, options);
    },
    [setParams],
  );

  // The wanted dataset is taken in when it has loaded. A national one (100,000+ records) in three
  // short steps rather than one long task: its index is built in a task of its own, the new screen
  // renders as a transition (React yields between components), and the copy kept for the next visit
  // is written when the page is idle. A later choice cancels the steps not yet taken.
  useEffect(() => {
    if (wantedKey === shownKey) return;
    let live = true;
    const source = sourceOf(wanted, loaded);
    if (error) {
      void preloadProblemList(lang).then(() => {
        if (!live) return;
        setOutcome({ state: 'failed', source, problems: problemsOf(error) });
        // The address must describe what is on screen, or a reload (or a shared link) repeats the failure.
        choose(shown ?? startChoice, { replace: true });
      });
    } else if (loaded !== undefined && !fetching) {
      const notesReady = loaded?.warnings.length ? preloadProblemList(lang) : Promise.resolve();
      void notesReady.then(() =>
        inNextTask(() => {
          if (!live) return;
          // Nothing kept from an earlier visit after all.
          if (loaded === null) return choose(START_BUNDLED);
          datasetIndex(loaded.dataset);
          inNextTask(() => {
            if (!live) return;
            startTransition(() => {
              setShown(wanted);
              if (!quiet) setOutcome({ state: 'loaded', source, warnings: loaded.warnings });
            });
            if (wanted.kind !== 'saved') whenIdle(() => keepForNextVisit(loaded));
          });
        }),
      );
    }
    return () => {
      live = false;
    };
  }, [wantedKey, shownKey, wanted, shown, loaded, fetching, error, quiet, lang, choose, startChoice]);

  const loadFile = useCallback(
    (file: File) => {
      choose({ kind: 'file', file }, { replace: true });
      setProgress({ [keyOf({ kind: 'file', file })]: { stage: 'reading', total: file.size } });
      fileLoad.mutate(file);
    },
    [choose, fileLoad],
  );

  const loadUrl = useCallback(
    (url: string) => {
      if (url !== dataUrl) return choose({ kind: 'url', url });
      if (shownKey !== wantedKey) return; // already loading
      // The same address again, as shown: fetched afresh (its data may have changed); what is shown
      // stays until the new data has validated.
      setProgress({});
      const source: DataSource = { kind: 'url', url };
      queryClient.fetchQuery({ ...optionsFor(wanted, progressOf(wanted)), staleTime: 0 }).then(
        (loaded) => setOutcome({ state: 'loaded', source, warnings: loaded?.warnings ?? [] }),
        (error: unknown) => setOutcome({ state: 'failed', source, problems: problemsOf(error) }),
      );
    },
    [choose, dataUrl, progressOf, queryClient, shownKey, wanted, wantedKey],
  );

  const resetToBundled = useCallback(() => choose({ kind: 'bundled' }), [choose]);
  const dismissStatus = useCallback(() => setOutcome({ state: 'idle' }), []);

  const current = shown ? (shownQuery.data ?? null) : null;
  const status: LoadStatus =
    loading && !quiet ? { state: 'loading', source: sourceOf(wanted), progress: progress[wantedKey] } : outcome;
  return { current, status, loadFile, loadUrl, resetToBundled, dismissStatus };
}

/** Progress reports of the load under `key`, kept under that key. */
function progressInto(key: string, set: (update: (all: ProgressByKey) => ProgressByKey) => void): LoadProgress {
  const advance = (next: (previous: LoadingProgress | undefined) => LoadingProgress) =>
    set((all) => ({ ...all, [key]: next(all[key]) }));
  return {
    onStage: (stage) => advance((previous) => ({ ...previous, stage })),
    // Throttled where the bytes are read (http.ts): one update per 100 ms at most.
    onBytes: ({ received, total }) =>
      advance((previous) => ({ stage: previous?.stage ?? 'reading', received, total: total ?? undefined })),
  };
}
