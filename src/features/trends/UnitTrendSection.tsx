import { useMemo } from 'react';
import type { Dataset } from '../../domain/model';
import { ChartCard } from '../../components/ui/ChartCard';
import { SeriesSwatch, seriesStyle, UnitTrendChart } from '../../components/charts/UnitTrendChart';
import { exportLegend } from '../../components/charts/chart-config';
import { methodBreakConfig } from '../../components/charts/method-break';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { unitTypeLabel } from '../../lib/i18n/unit-type-label';
import { exportFooterLine, methodChangeTexts } from './method-text';
import { sourcesText } from './sources-text';
import { unitTrendCsv } from './trend-csv';
import { trendAxis, unitTrendData, unitTrendScores, unitTrendTableRows } from './trend-rows';
import { UnitTrendTable } from './UnitTrendTable';

interface UnitTrendSectionProps {
  dataset: Dataset;
  entity: string;
  unitType?: string;
  onOpenUnit: (unit: string) => void;
}

/** Units of the entity over the years, or a sentence saying no unit spans more than one year. */
export function UnitTrendSection({ dataset, entity, unitType, onOpenUnit }: UnitTrendSectionProps) {
  const { t, fmt } = useFullI18n();
  const data = useMemo(() => unitTrendData(dataset, entity, unitType), [dataset, entity, unitType]);
  const axis = useMemo(() => trendAxis(unitTrendScores(data.rows)), [data.rows]);
  const tableRows = useMemo(() => unitTrendTableRows(data), [data]);
  const typeName = unitType ? unitTypeLabel(t.unitTypes, unitType) : undefined;

  if (data.series.length === 0) {
    return (
      <section
        aria-labelledby="unit-trend-title"
        data-testid="unit-trend-none"
        className="rounded-xl border border-line bg-raised p-5 shadow-sm"
      >
        <h3 id="unit-trend-title" className="text-base font-semibold text-ink">
          {t.trends.unitsTitle}
        </h3>
        <p className="mt-2 text-sm text-ink">
          {data.unitCount === 0
            ? typeName
              ? t.trends.unitsNoRecordsType({ entity, type: typeName })
              : t.trends.unitsNoRecords({ entity })
            : typeName
              ? t.trends.unitsNoneType({ entity, type: typeName })
              : t.trends.unitsNone({ entity })}
        </p>
      </section>
    );
  }

  const years = data.rows.map((r) => r.year);
  const axisText = axis.min > 0 ? t.trends.axisNarrow({ min: fmt.integer(axis.min) }) : t.trends.axisFull;
  const count = data.series.length;
  const source = sourcesText(data.sources, t, fmt);
  const hasGaps = tableRows.some((row) => row.totals.some((total) => total === null));
  const changeTexts = methodChangeTexts(data.changes, t);

  return (
    <ChartCard
      testId="chart-unit-trend"
      title={t.trends.unitsTitle}
      subtitle={
        typeName
          ? t.trends.unitsSubtitleType({ entity, type: typeName, count, axis: axisText })
          : t.trends.unitsSubtitle({ entity, count, axis: axisText })
      }
      description={[
        t.trends.unitsDescription({ entity, count, from: years[0] ?? '', to: years.at(-1) ?? '' }),
        ...changeTexts,
      ].join(' ')}
      table={<UnitTrendTable years={years} breaks={data.breaks} rows={tableRows} onOpenUnit={onOpenUnit} />}
      exportSpec={{
        entity,
        year: years.at(-1) ?? 0,
        ...(typeName ? { filters: typeName } : {}),
        legend: [
          ...data.series.map((s, index) => ({
            label: s.label,
            color: seriesStyle(index).color,
            dashed: seriesStyle(index).dash !== '',
          })),
          ...exportLegend(methodBreakConfig, {
            methodBreak: data.breaks.length > 0 ? t.trends.methodBreakLabel : undefined,
          }),
        ],
        csv: unitTrendCsv(years, tableRows, { unit: t.chart.unit, short: t.chart.short, change: t.trends.change }),
        sourceLine: exportFooterLine(source, changeTexts),
        illustrative: data.illustrative,
      }}
      footer={
        <>
          {changeTexts.map((text) => (
            <p key={text} className="font-medium text-ink" data-testid="unit-method-change">
              {text}
            </p>
          ))}
          <ul className="flex flex-wrap gap-x-4 gap-y-1.5 text-sm" aria-label={t.trends.unitsLegend}>
            {data.series.map((s, index) => (
              <li key={s.key} className="flex items-center gap-1.5">
                <SeriesSwatch index={index} />
                <button
                  type="button"
                  onClick={() => onOpenUnit(s.unit)}
                  title={t.trends.openUnit({ unit: s.unit })}
                  className="text-left text-ink underline decoration-dotted underline-offset-2 hover:decoration-solid"
                >
                  {s.label}
                </button>
              </li>
            ))}
          </ul>
          <p>{t.trends.unitsLegend}</p>
          {hasGaps && <p>{t.trends.unitsGapNote}</p>}
          {source && <p>{source}</p>}
          {data.illustrative && <p>{t.chart.illustrativeNote}</p>}
        </>
      }
    >
      <UnitTrendChart series={data.series} rows={data.rows} lines={data.lines} axis={axis} breaks={data.breaks} />
    </ChartCard>
  );
}
