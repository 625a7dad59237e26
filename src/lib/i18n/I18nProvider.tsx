import { useEffect, useMemo, type ReactNode } from 'react';
import { createFormatters, type Lang } from '../format';
import { I18nContext, type I18n } from './i18n-context';
import { messagesFor } from './messages';

interface I18nProviderProps {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  children: ReactNode;
}

export function I18nProvider({ lang, onLangChange, children }: I18nProviderProps) {
  const value = useMemo<I18n>(
    () => ({ lang, t: messagesFor(lang), fmt: createFormatters(lang), setLang: onLangChange }),
    [lang, onLangChange],
  );
  // Screen readers pick their voice from the document language.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <I18nContext value={value}>{children}</I18nContext>;
}
