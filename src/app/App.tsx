import { useCallback, useState } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { Lang } from '../lib/format';
import { I18nProvider } from '../lib/i18n/I18nProvider';
import { updateUrlParams } from '../lib/url-state';
import { Shell } from './Shell';

const LANG_KEY = 'rapor:lang';

/** `?lang=` wins (a shared link opens in its language); otherwise the person's last choice; else Indonesian. */
function initialLang(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'id') return fromUrl;
  try {
    return window.localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  const [lang, setLang] = useState<Lang>(initialLang);

  const changeLang = useCallback((next: Lang) => {
    setLang(next);
    updateUrlParams({ lang: next === 'id' ? null : next }, { replace: true });
    try {
      window.localStorage.setItem(LANG_KEY, next);
    } catch {
      /* the URL still carries the choice */
    }
  }, []);

  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider lang={lang} onLangChange={changeLang}>
        <Shell onLangChange={changeLang} />
      </I18nProvider>
    </QueryClientProvider>
  );
}
