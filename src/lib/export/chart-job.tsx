import type { ExportableChart, ExportWords } from '../../components/ui/chart-export';
import { I18nProvider } from '../i18n/I18nProvider';
import { localIsoDate } from '../local-date';
import type { ChartJob } from './chart-pipeline';

/** Builds the export job in the current language; shared by a card's menu and "download all". */
export function chartJob(entry: ExportableChart, { t, fmt, lang }: ExportWords): ChartJob {
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
