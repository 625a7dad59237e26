import { useCallback, useMemo, useRef, useState } from 'react';
import { dimensionsOf, type EntityYearQuery } from '../../domain/aggregate';
import {
  buildComparison,
  findCompared,
  shortcutFlaggedVsBest,
  type CompareCandidate,
  type ComparedItem,
} from '../../domain/comparison';
import { MAX_COMPARED, compareKeysFromParam, type CompareKey } from '../../domain/compare-keys';
import type { Dataset, UnitRecord } from '../../domain/model';
import { yearWeights } from '../../domain/year-weights';
import { Notice } from '../../components/ui/Notice';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { sourceText } from '../../lib/i18n/source-text';
import { addCompareKey, keysToParam, makeBaseline, removeCompared, withoutMissing } from './compare-keys';
import { compareSeries, comparedSources } from './compare-rows';
import { CompareCharts } from './CompareCharts';
import { CompareEmptyState } from './CompareEmptyState';
import { ComparePicker } from './ComparePicker';
import { CompareResultTable } from './CompareResultTable';
import { CompareShortcuts } from './CompareShortcuts';
import { ComparedChips } from './ComparedChips';
import { methodChangeSentences } from './method-notes';
import { candidatesOf, orderForSelection } from './picker-options';
import { yearOverYearOptions } from './shortcut-options';

export interface CompareViewProps {
  dataset: Dataset;
  selection: EntityYearQuery;
  /** The `compare` URL parameter: comma-separated keys `year~entity~unit` (see compareKeysToParam). */
  compareParam: string | null;
  /** Called with the new parameter, or null when nothing is compared. */
  onChangeCompare: (param: string | null) => void;
  onOpenUnit: (unit: string) => void;
}

function shortName(record: UnitRecord): string {
  return record.unitShort ?? record.unit;
}

/** Two to six units (a unit in a year of an entity) side by side: radar, grouped bars and a table of differences. */
export function CompareView({ dataset, selection, compareParam, onChangeCompare, onOpenUnit }: CompareViewProps) {
  const { t, fmt } = useFullI18n();
  const { institution, year, unitType } = selection;
  const [announcement, setAnnouncement] = useState('');
  const pickerInput = useRef<HTMLInputElement>(null);
  // With no chip left to focus after a removal, the picker is where the next item is added.
  const focusPicker = useCallback(() => pickerInput.current?.focus(), []);

  const keys = useMemo(() => compareKeysFromParam(compareParam ?? ''), [compareParam]);
  const comparison = useMemo(() => buildComparison(dataset, keys), [dataset, keys]);
  const { items, missing, truncated } = comparison;
  const series = useMemo(() => compareSeries(items), [items]);
  const chosen = useMemo(() => new Set(items.map((i) => i.record)), [items]);

  const loadCandidates = useCallback(
    () => orderForSelection(candidatesOf(dataset), institution),
    [dataset, institution],
  );
  const flaggedVsBest = useMemo(
    () => shortcutFlaggedVsBest(dataset, { institution, year }),
    [dataset, institution, year],
  );
  const flaggedVsBestNames = flaggedVsBest.map((k) => {
    const record = findCompared(dataset, k);
    return record ? shortName(record) : k.unit;
  });
  const yearOptions = useMemo(
    () => yearOverYearOptions(dataset, { institution, year, ...(unitType ? { unitType } : {}) }),
    [dataset, institution, year, unitType],
  );

  const names = (record: UnitRecord) => ({ unit: shortName(record), entity: record.institution, year: record.year });
  const change = (next: readonly CompareKey[], message: string) => {
    onChangeCompare(keysToParam(next));
    setAnnouncement(message);
  };
  const add = (candidate: CompareCandidate) =>
    change(
      addCompareKey(dataset, keys, candidate.key),
      t.compare.added({ ...names(candidate.record), count: items.length + 1, max: MAX_COMPARED }),
    );
  const remove = (record: UnitRecord) =>
    change(
      removeCompared(dataset, keys, record),
      t.compare.removed({ ...names(record), count: Math.max(0, items.length - 1) }),
    );
  const replace = (next: readonly CompareKey[]) => change(next, t.compare.replaced({ count: next.length }));
  const openUnitFor = (item: ComparedItem) =>
    item.record.institution === institution && item.record.year === year ? onOpenUnit : undefined;

  const illustrative = items.some((i) => i.record.illustrative);
  const sourceLines = comparedSources(items, dataset.source)
    .map((s) => sourceText(s, t, fmt))
    .filter((line): line is string => line !== null);
  const first = items[0];
  // Across 2024 and 2025 the method changed: said above the charts, in every note and export.
  const methodNotes = methodChangeSentences(
    comparison.items.map((item) => item.record.year),
    t,
  );
  // A dimension weight is shown only where it holds in every compared year (none is known from 2025).
  const weightsKnown = items.every((item) => yearWeights(dataset, item.record.year).known);

  return (
    <div className="space-y-5">
      <section
        aria-labelledby="compare-title"
        className="space-y-4 rounded-xl border border-line bg-raised p-4 shadow-sm sm:p-5"
      >
        <div>
          <h2 id="compare-title" className="text-lg font-semibold text-ink">
            {t.compare.title}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-muted">{t.compare.intro}</p>
        </div>
        <div className="grid gap-5 lg:grid-cols-2">
          <ComparePicker
            loadGroups={loadCandidates}
            isChosen={(record) => chosen.has(record)}
            full={items.length >= MAX_COMPARED}
            onAdd={add}
            inputRef={pickerInput}
          />
          <CompareShortcuts
            institution={institution}
            year={year}
            flaggedVsBest={flaggedVsBest}
            flaggedVsBestNames={flaggedVsBestNames}
            yearOptions={yearOptions}
            onApply={replace}
          />
        </div>
        <ComparedChips
          items={items}
          series={series}
          onRemove={remove}
          onMakeBaseline={(record) => change(makeBaseline(dataset, keys, record), '')}
          onClear={() => change([], t.compare.replaced({ count: 0 }))}
          onEmptied={focusPicker}
        />
        <p role="status" className="sr-only">
          {announcement}
        </p>
      </section>

      {missing.length > 0 && (
        <Notice
          tone="warn"
          testId="compare-missing"
          title={t.compare.missingTitle({ count: missing.length })}
          onDismiss={() => change(withoutMissing(dataset, keys), '')}
          dismissLabel={t.compare.dropMissing}
        >
          <ul className="list-disc pl-5">
            {missing.map((k) => (
              <li key={`${k.year}|${k.institution}|${k.unit}`}>
                {t.compare.missingItem({ unit: k.unit, entity: k.institution, year: k.year })}
              </li>
            ))}
          </ul>
          {items.length > 0 && <p>{t.compare.missingRest}</p>}
        </Notice>
      )}
      {truncated > 0 && (
        <Notice tone="info" testId="compare-truncated">
          {t.compare.truncated({ count: truncated, max: MAX_COMPARED })}
        </Notice>
      )}

      {items.length < 2 || !first ? (
        <CompareEmptyState
          onlyItem={
            first
              ? t.compare.itemFull({
                  unit: shortName(first.record),
                  entity: first.record.institution,
                  year: first.record.year,
                })
              : null
          }
        />
      ) : (
        <>
          {methodNotes.length > 0 && (
            <Notice tone="warn" testId="compare-method-change">
              {methodNotes.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </Notice>
          )}
          <CompareCharts
            dimensions={dimensionsOf(dataset)}
            comparison={comparison}
            series={series}
            methodNotes={methodNotes}
            sourceLines={sourceLines}
            illustrative={illustrative}
          />
          <CompareResultTable
            dimensions={dimensionsOf(dataset)}
            items={items}
            openUnitFor={openUnitFor}
            methods={comparison.methods}
            weightsKnown={weightsKnown}
            methodNotes={methodNotes}
            sourceLines={sourceLines}
            illustrative={illustrative}
          />
        </>
      )}
    </div>
  );
}
