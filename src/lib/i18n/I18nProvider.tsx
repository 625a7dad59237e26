import { use, useEffect, useMemo, type ReactNode } from 'react';
import { formattersFor, type Lang } from '../format';
import { I18nContext, type I18n } from './i18n-context';
import { loadMessages } from './messages';

interface I18nProviderProps {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  children: ReactNode;
}

/**
 * Gives the tree its language. The app fetches a language's words before choosing it (see App and
 * language.ts), so they are normally here; otherwise the tree suspends until they are.
 */
export function I18nProvider({ lang, onLangChange, children }: I18nProviderProps) {
  // Always `use`, never conditionally (see useFullI18n); a language already here is read at once.
  const t = use(loadMessages(lang));
  const value = useMemo<I18n>(
    () => ({ lang, t, fmt: formattersFor(lang), setLang: onLangChange }),
    [lang, t, onLangChange],
  );
  // Screen readers pick their voice from the document language.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <I18nContext value={value}>{children}</I18nContext>;
}
