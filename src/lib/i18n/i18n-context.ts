import { createContext, useContext } from 'react';
import type { Formatters, Lang } from '../format';
import type { Messages } from './messages';

export interface I18n {
  lang: Lang;
  t: Messages;
  fmt: Formatters;
  setLang: (lang: Lang) => void;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
