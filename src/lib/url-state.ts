import { useCallback, useMemo, useSyncExternalStore } from 'react';

// The selection lives in the query string so a copied link reopens the same view on any static server.

const CHANGE_EVENT = 'rapor:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

const readSearch = (): string => window.location.search;

export type ParamPatch = Record<string, string | null | undefined>;

/** Applies a patch (null/undefined removes a key) and returns the new query string. */
export function patchSearch(search: string, patch: ParamPatch): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === '') params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function updateUrlParams(patch: ParamPatch, options: { replace?: boolean } = {}): void {
  const next = patchSearch(window.location.search, patch);
  if (next === window.location.search) return;
  const url = `${window.location.pathname}${next}${window.location.hash}`;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function useUrlParams(): [URLSearchParams, (patch: ParamPatch, options?: { replace?: boolean }) => void] {
  const search = useSyncExternalStore(subscribe, readSearch, () => '');
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const update = useCallback(
    (patch: ParamPatch, options?: { replace?: boolean }) => updateUrlParams(patch, options),
    [],
  );
  return [params, update];
}
