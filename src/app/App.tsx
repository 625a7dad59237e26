import { useCallback, useEffect, useState } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ChartExporterContext } from '../components/ui/chart-export';
import type { Lang } from '../lib/format';
import { I18nProvider } from '../lib/i18n/I18nProvider';
import {
  allMessagesIfLoaded,
  loadAllMessages,
  loadMessages,
  messagesIfLoaded,
  laterMessagesInUse,
} from '../lib/i18n/messages';
import { updateUrlParams } from '../lib/url-state';
import { chartExporter } from './chart-exporter';
import { rememberLang } from './language';
import { Shell } from './Shell';
import { PrerenderContext, type Prerender } from '../components/ui/prerender-context';

interface AppProps {
  queryClient: QueryClient;
  initialLang: Lang;
  /** The prerendered first screen being hydrated, or being drawn at build time (scripts/prerender.mjs). */
  prerender?: Prerender;
}

export function App({ queryClient, initialLang, prerender }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);

  const changeLang = useCallback((next: Lang) => {
    const apply = () => {
      setLang(next);
      updateUrlParams({ lang: next === 'id' ? null : next }, { replace: true });
      rememberLang(next);
    };
    // A language's words are fetched the first time it is chosen; until they are here the page keeps
    // its current words, and if they cannot be fetched (offline before they were cached) it stays as is.
    // Once the other views are in use (their words are here), the new language's words for them too.
    const all = laterMessagesInUse();
    if (all ? allMessagesIfLoaded(next) : messagesIfLoaded(next)) apply();
    else (all ? loadAllMessages(next) : loadMessages(next)).then(apply, () => undefined);
  }, []);

  // The prerendered page is the app's from here (a mark for tests and tools; nothing is styled by it).
  useEffect(() => {
    if (prerender && !prerender.fixedChartWidth) document.documentElement.dataset.prerender = 'hydrated';
  }, [prerender]);

  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider lang={lang} onLangChange={changeLang}>
        <PrerenderContext value={prerender ?? null}>
          <ChartExporterContext value={chartExporter}>
            <Shell onLangChange={changeLang} />
          </ChartExporterContext>
        </PrerenderContext>
      </I18nProvider>
    </QueryClientProvider>
  );
}
