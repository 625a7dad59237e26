import { createContext, use, useContext, useMemo } from 'react';
import type { Formatters, Lang } from '../format';
import { loadAllMessages, type AllMessages, type Messages } from './messages';

export interface I18n {
  lang: Lang;
  t: Messages;
  fmt: Formatters;
  setLang: (lang: Lang) => void;
}

/** What a view other than the overview gets: every word, its own included. */
export interface FullI18n extends Omit<I18n, 't'> {
  t: AllMessages;
}

export const I18nContext = createContext<I18n | null>(null);

/** The first screen's words (shell, overview, data, errors), with the formatters of the language. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/**
 * Every word, for the views other than the overview and what they draw. Their words are fetched
 * with the first of those views (see lazy-views.ts); until they are here the component suspends,
 * inside the view's own Suspense boundary.
 */
export function useFullI18n(): FullI18n {
  const i18n = useI18n();
  // Always `use`, never conditionally: a suspended component is replayed with the same calls.
  const t = use(loadAllMessages(i18n.lang));
  return useMemo(() => ({ ...i18n, t }), [i18n, t]);
}
