import { useMemo } from 'react';
import type { ComparedItem } from '../../domain/comparison';
import type { MethodId } from '../../domain/methods';
import type { Dimension } from '../../domain/model';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { anyDimensions, compareTableRows } from './compare-rows';
import { CompareCards } from './CompareCards';
import { CompareNotes } from './CompareNotes';
import { CompareTable } from './CompareTable';
import { levelRowLabel } from './method-notes';

interface CompareResultTableProps {
  dimensions: readonly Dimension[];
  items: readonly ComparedItem[];
  openUnitFor: (item: ComparedItem) => ((unit: string) => void) | undefined;
  /** The items' assessment methods, oldest first. */
  methods: readonly MethodId[];
  /** The dimension weights hold in every compared year. */
  weightsKnown: boolean;
  methodNotes: readonly string[];
  sourceLines: readonly string[];
  illustrative: boolean;
}

/** Totals, grades and dimension scores with each item's difference to the baseline (item 1). */
export function CompareResultTable({
  dimensions,
  items,
  openUnitFor,
  methods,
  weightsKnown,
  methodNotes,
  sourceLines,
  illustrative,
}: CompareResultTableProps) {
  const { t } = useFullI18n();
  const rows = useMemo(
    () => compareTableRows(dimensions, items, anyDimensions(items), weightsKnown),
    [dimensions, items, weightsKnown],
  );
  const levelLabel = levelRowLabel(methods, t);
  const first = items[0];
  return (
    <section
      aria-labelledby="compare-table-title"
      className="rounded-xl border border-line bg-raised p-4 shadow-sm sm:p-5"
      data-testid="compare-result"
    >
      <h3 id="compare-table-title" className="text-base font-semibold text-ink">
        {t.compare.tableTitle}
      </h3>
      {first && (
        <p className="mt-1 text-sm text-muted" data-testid="compare-baseline-note">
          {t.compare.baselineNote({
            item: t.compare.itemFull({
              unit: first.record.unitShort ?? first.record.unit,
              entity: first.record.institution,
              year: first.record.year,
            }),
          })}
        </p>
      )}
      <div className="mt-3">
        <CompareTable items={items} rows={rows} openUnitFor={openUnitFor} levelLabel={levelLabel} />
        <CompareCards items={items} rows={rows} openUnitFor={openUnitFor} levelLabel={levelLabel} />
      </div>
      <div className="mt-3 space-y-1 text-xs text-muted">
        <CompareNotes methodNotes={methodNotes} sourceLines={sourceLines} illustrative={illustrative} />
      </div>
    </section>
  );
}
