import { useEffect, useRef } from 'react';
import type { ComparedItem } from '../../domain/comparison';
import { MAX_COMPARED } from '../../domain/compare-keys';
import type { UnitRecord } from '../../domain/model';
import { CompareSeriesSwatch } from '../../components/charts/CompareSeriesSwatch';
import type { CompareSeries } from '../../components/charts/compare-series';
import { useFullI18n } from '../../lib/i18n/i18n-context';

interface ComparedChipsProps {
  items: readonly ComparedItem[];
  series: readonly CompareSeries[];
  onRemove: (record: UnitRecord) => void;
  onMakeBaseline: (record: UnitRecord) => void;
  onClear: () => void;
  /** Called when a chip's button removed the last item: keyboard focus needs somewhere to go. */
  onEmptied?: () => void;
}

/** The chosen items as removable chips, numbered and styled as in the charts; item 1 is the baseline. */
export function ComparedChips({ items, series, onRemove, onMakeBaseline, onClear, onEmptied }: ComparedChipsProps) {
  const { t } = useFullI18n();
  const listRef = useRef<HTMLUListElement>(null);
  // Removing a chip (or making it the baseline) unmounts the button that had keyboard focus; without
  // this, focus falls back to the page body. The chip now at that place gets it instead.
  const focusChipAt = useRef<number | null>(null);
  useEffect(() => {
    const index = focusChipAt.current;
    if (index === null) return;
    focusChipAt.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-chip-remove]') ?? [];
    const target = buttons[Math.min(index, buttons.length - 1)];
    if (target) target.focus();
    else onEmptied?.();
  }, [items, onEmptied]);

  if (items.length === 0) return null;
  return (
    <section aria-label={t.compare.chosenLabel({ count: items.length, max: MAX_COMPARED })}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-medium text-ink">
          {t.compare.chosenLabel({ count: items.length, max: MAX_COMPARED })}
        </h3>
        <button
          type="button"
          onClick={() => {
            focusChipAt.current = 0;
            onClear();
          }}
          className="rounded px-2 py-0.5 text-sm text-muted underline-offset-2 hover:bg-sunken hover:underline"
        >
          {t.compare.clearAll}
        </button>
      </div>
      <ul ref={listRef} className="mt-2 flex flex-wrap gap-2" data-testid="compare-chips">
        {items.map((item, i) => {
          const s = series[i];
          const r = item.record;
          const names = { unit: r.unitShort ?? r.unit, entity: r.institution, year: r.year };
          return (
            <li
              key={s?.id ?? r.unit}
              className="flex max-w-full items-center gap-2 rounded-full border border-line bg-sunken py-1 pr-1 pl-2 text-sm text-ink"
            >
              <CompareSeriesSwatch index={i} number={i + 1} />
              <span className="min-w-0">
                <span className="font-medium">{names.unit}</span>{' '}
                <span className="text-muted">{t.compare.itemContext({ entity: r.institution, year: r.year })}</span>
                {i === 0 && (
                  <span className="ml-1 rounded bg-raised px-1.5 py-0.5 text-xs font-semibold text-ink">
                    {t.compare.baseline}
                  </span>
                )}
              </span>
              {i > 0 && (
                <button
                  type="button"
                  onClick={() => {
                    focusChipAt.current = 0;
                    onMakeBaseline(r);
                  }}
                  aria-label={t.compare.makeBaselineLabel(names)}
                  className="rounded-full px-2 py-0.5 text-xs text-accent hover:bg-raised"
                >
                  {t.compare.makeBaseline}
                </button>
              )}
              <button
                type="button"
                onClick={() => {
                  focusChipAt.current = i;
                  onRemove(r);
                }}
                aria-label={t.compare.remove(names)}
                data-chip-remove
                className="grid h-7 w-7 shrink-0 place-items-center rounded-full text-muted hover:bg-raised hover:text-ink"
              >
                <span aria-hidden>×</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
