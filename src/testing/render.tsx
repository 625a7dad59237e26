import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import type { Lang } from '../lib/format';
import { I18nProvider } from '../lib/i18n/I18nProvider';

/** Renders inside the app's i18n provider, Indonesian unless told otherwise. */
export function renderWithI18n(ui: ReactElement, lang: Lang = 'id'): RenderResult {
  return render(
    <I18nProvider lang={lang} onLangChange={() => {}}>
      {ui}
    </I18nProvider>,
  );
}
