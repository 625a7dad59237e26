import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { ChartExporterContext, type ChartExporter } from '../components/ui/chart-export';
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

/** An exporter that exports nothing: a test of what is offered, not of the export code (see tests/e2e). */
export const inertExporter: ChartExporter = {
  download: () => Promise.resolve(),
  copy: () => Promise.resolve({ ok: true }),
};

/** Renders as the app does where charts can be exported: with i18n and an exporter. */
export function renderWithExporter(
  ui: ReactElement,
  exporter: ChartExporter = inertExporter,
  lang: Lang = 'id',
): RenderResult {
  return renderWithI18n(<ChartExporterContext value={exporter}>{ui}</ChartExporterContext>, lang);
}
