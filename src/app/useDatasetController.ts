import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Problem } from '../domain/model';
import { datasetIndex } from '../domain/dataset-index';
import { isLoadError } from '../data/load-error';
import {
  bundledDatasetQuery,
  fileDatasetQuery,
  urlDatasetQuery,
  type DataSource,
  type LoadedDataset,
  type LoadProgress,
} from '../data/sources';
import { mayHaveSavedDataset } from '../data/saved-hint';
import { updateUrlParams, useUrlParams } from '../lib/url-state';
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

/** A change to the progress shown, given the progress shown so far. */
type AdvanceProgress = (progress: LoadingProgress | undefined) => LoadingProgress;

function problemsOf(error: unknown): Problem[] {
  if (isLoadError(error)) return error.problems;
  const message = error instanceof Error ? error.message : String(error);
  return [{ place: { kind: 'file' }, code: 'invalid', params: { message } }];
}

/** IndexedDB code, fetched only when there is a dataset to keep, read or forget (never on a first visit). */
const storage = () => import('../data/storage');
const noCopy = () => null;

/**
 * Owns which dataset is on screen. Start-up order: a `?data=` link wins; otherwise the dataset
 * the person loaded last (kept in the browser); otherwise the bundled data.
 */
export function useDatasetController(): DatasetController {
  const queryClient = useQueryClient();
  const { lang } = useI18n();
  const [params, setParams] = useUrlParams();
  const dataUrl = params.get('data');
  // The bundled data, when it is what will be shown and has already arrived (main.tsx waits for it
  // briefly): the first render draws it, rather than an empty page drawn again a moment later.
  const [current, setCurrent] = useState<LoadedDataset | null>(() =>
    dataUrl || mayHaveSavedDataset() ? null : (queryClient.getQueryData(bundledDatasetQuery().queryKey) ?? null),
  );
  const [status, setStatus] = useState<LoadStatus>({ state: 'idle' });
  // Bumped by every explicit load, so a slower earlier request cannot overwrite a later choice.
  const generation = useRef(0);
  // The load in flight, if any, and the dataset to fall back on (stored, else bundled).
  const inFlight = useRef<number | null>(null);
  const fallback = useRef<LoadedDataset | null>(null);
  // Where progress goes: the wanted load's status. A load of data already being fetched joins that
  // fetch (TanStack Query runs a query once at a time, with the first caller's callbacks), so progress
  // is routed by the query it comes from, not by the call that started it.
  const progressTarget = useRef<{ key: string; advance: (next: AdvanceProgress) => void } | null>(null);

  // A national dataset (100,000+ records) is taken in three short steps rather than one long task:
  // its index is built in a task of its own, the new screen renders as a transition (React yields
  // between components), and the copy kept for the next visit is written when the page is idle.
  const accept = useCallback((loaded: LoadedDataset, isWanted: () => boolean) => {
    inNextTask(() => {
      if (!isWanted()) return;
      datasetIndex(loaded.dataset);
      inNextTask(() => {
        if (!isWanted()) return;
        startTransition(() => {
          setCurrent(loaded);
          setStatus({ state: 'loaded', source: loaded.source, warnings: loaded.warnings });
        });
        whenIdle(() => {
          // Keeping a copy is a convenience: if its code cannot be fetched, the next visit starts afresh.
          if (loaded.source.kind !== 'bundled') void storage().then((s) => s.saveLastDataset(loaded), noCopy);
          else if (mayHaveSavedDataset()) void storage().then((s) => s.clearLastDataset(), noCopy);
        });
      });
    });
  }, []);

  const run = useCallback(
    (
      source: DataSource,
      queryKey: QueryKey,
      load: (progress: LoadProgress) => Promise<LoadedDataset>,
      start?: LoadingProgress,
    ) => {
      void preloadLoadingNotice();
      const mine = ++generation.current;
      inFlight.current = mine;
      setStatus(start ? { state: 'loading', source, progress: start } : { state: 'loading', source });
      const isWanted = () => mine === generation.current;
      const key = JSON.stringify(queryKey);
      // Progress of an abandoned load is dropped, and so is any that comes after this load ended: the
      // status it would change must still be this load's (the same source object) and still loading.
      progressTarget.current = {
        key,
        advance: (next) => {
          if (!isWanted()) return;
          setStatus((shown) =>
            shown.state === 'loading' && shown.source === source ? { ...shown, progress: next(shown.progress) } : shown,
          );
        },
      };
      const advance = (next: AdvanceProgress) => {
        if (progressTarget.current?.key === key) progressTarget.current.advance(next);
      };
      const progress: LoadProgress = {
        onStage: (stage) => advance((previous) => ({ ...previous, stage })),
        // Throttled where the bytes are read (http.ts): one update per 100 ms at most.
        onBytes: ({ received, total }) =>
          advance((previous) => ({ stage: previous?.stage ?? 'reading', received, total: total ?? undefined })),
      };
      // What shows the problems or notes of a load is fetched beside it, and waited for: a failure
      // is said in full at once, not as "loading" first.
      const listReady = preloadProblemList(lang);
      const settled = load(progress).then(
        async (loaded) => {
          if (loaded.warnings.length > 0) await listReady;
          return loaded;
        },
        async (error: unknown) => {
          await listReady;
          throw error;
        },
      );
      settled.then(
        (loaded) => {
          if (!isWanted()) return;
          inFlight.current = null;
          accept(loaded, isWanted);
        },
        (error: unknown) => {
          if (mine !== generation.current) return;
          inFlight.current = null;
          // Nothing on screen yet (a link's data failed at start-up): the fallback is shown after all.
          setCurrent((shown) => shown ?? fallback.current);
          setStatus({ state: 'failed', source, problems: problemsOf(error) });
          // The address must describe what is on screen, or a reload (or a shared link) repeats the failure.
          if (source.kind === 'url') updateUrlParams({ data: null }, { replace: true });
        },
      );
    },
    [accept, lang],
  );

  // The fallback shown when nothing else is chosen: the stored dataset, else the bundled one. While a
  // link's `?data=` loads at start-up it waits (shown only if that load fails): the page does not
  // show other figures than the ones asked for, nor draw them while the large download comes in.
  useEffect(() => {
    let cancelled = false;
    const startedAt = generation.current;
    void (async () => {
      // The bundled file is requested at once, beside the look-up of a stored dataset, so the first
      // screen waits for one round trip, not two in turn (a small file, cached by the query client).
      const bundled = queryClient.fetchQuery(bundledDatasetQuery()).catch(() => null);
      const stored = mayHaveSavedDataset() ? await storage().then((s) => s.loadLastDataset(), noCopy) : null;
      const chosen = stored ?? (await bundled);
      if (cancelled || !chosen) return;
      fallback.current = chosen;
      if (inFlight.current === null) setCurrent((shown) => shown ?? chosen);
      if (!stored && startedAt === generation.current)
        setStatus((shown) => (shown.state === 'idle' ? shown : { state: 'idle' }));
    })();
    return () => {
      cancelled = true;
    };
  }, [queryClient]);

  // A `?data=` URL (from a link, the URL field, or back/forward) is loaded whenever it changes.
  useEffect(() => {
    if (!dataUrl) return;
    // The address bar is an external system; saying "loading" at once is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    run({ kind: 'url', url: dataUrl }, urlDatasetQuery(dataUrl).queryKey, (progress) =>
      queryClient.fetchQuery({ ...urlDatasetQuery(dataUrl, progress), staleTime: 0 }),
    );
  }, [dataUrl, queryClient, run]);

  const loadFile = useCallback(
    (file: File) => {
      run(
        { kind: 'file', name: file.name },
        fileDatasetQuery(file).queryKey,
        async (progress) => {
          const loaded = await queryClient.fetchQuery(fileDatasetQuery(file, progress));
          setParams({ data: null }, { replace: true });
          return loaded;
        },
        { stage: 'reading', total: file.size },
      );
    },
    [queryClient, run, setParams],
  );

  const loadUrl = useCallback(
    (url: string) => {
      if (url === dataUrl) {
        run({ kind: 'url', url }, urlDatasetQuery(url).queryKey, (progress) =>
          queryClient.fetchQuery({ ...urlDatasetQuery(url, progress), staleTime: 0 }),
        );
      } else {
        setParams({ data: url });
      }
    },
    [dataUrl, queryClient, run, setParams],
  );

  const resetToBundled = useCallback(() => {
    setParams({ data: null });
    run({ kind: 'bundled' }, bundledDatasetQuery().queryKey, (progress) =>
      queryClient.fetchQuery(bundledDatasetQuery(undefined, progress)),
    );
  }, [queryClient, run, setParams]);

  const dismissStatus = useCallback(() => setStatus({ state: 'idle' }), []);

  return { current, status, loadFile, loadUrl, resetToBundled, dismissStatus };
}
