import type { ReactElement } from 'react';
import type { ChartJob } from '../../lib/export/chart-pipeline';
import type { I18n } from '../../lib/i18n/i18n-context';
import { I18nProvider } from '../../lib/i18n/I18nProvider';
import { localIsoDate } from '../../lib/local-date';
import type { ChartExport } from './chart-export';

/** One chart as the export code needs it: the element, its frame texts, file name parts and data. */
export interface ExportableChart {
  title: string;
  subtitle?: string;
  description: string;
  chart: ReactElement;
  spec: ChartExport;
}

/** Builds the export job in the current language; shared by a card's menu and "download all". */
export function chartJob(entry: ExportableChart, { t, fmt, lang }: Pick<I18n, 't' | 'fmt' | 'lang'>): ChartJob {
  const { title, subtitle, description, chart, spec } = entry;
  const filters = spec.filters ? t.exporting.filters({ filters: spec.filters }) : null;
  return {
    // The offscreen render has no providers of its own: give it the current language.
    chart: (
      <I18nProvider lang={lang} onLangChange={() => {}}>
        {spec.exportChart ?? chart}
      </I18nProvider>
    ),
    frame: {
      title,
      subtitle: [subtitle, filters].filter(Boolean).join(' · '),
      description,
      legend: spec.legend,
      sourceLine: spec.sourceLine,
      ...(spec.illustrative ? { note: t.chart.illustrativeNote } : {}),
      credit: t.exporting.credit({ date: fmt.date(localIsoDate()) }),
    },
    file: { ...(spec.entity ? { entity: spec.entity } : {}), ...(spec.year ? { year: spec.year } : {}), chart: title },
    csv: spec.csv,
    lang,
  };
}
