import { useId, useState } from 'react';
import type { CompareKey } from '../../domain/compare-keys';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { defaultYearOverYear, type YearOverYearOption } from './shortcut-options';

interface CompareShortcutsProps {
  institution: string;
  year: number;
  /** Flagged units, weakest first, then the best unit (last). */
  flaggedVsBest: readonly CompareKey[];
  /** Short names of the units in `flaggedVsBest`, same order. */
  flaggedVsBestNames: readonly string[];
  yearOptions: readonly YearOverYearOption[];
  onApply: (keys: readonly CompareKey[]) => void;
}

const BUTTON =
  'rounded-md border border-accent px-3 py-1.5 text-sm font-medium text-accent hover:bg-sunken disabled:cursor-not-allowed disabled:border-line disabled:text-muted disabled:hover:bg-transparent';

/** Ready-made comparisons for the selected entity and year; each replaces the current items. */
export function CompareShortcuts({
  institution,
  year,
  flaggedVsBest,
  flaggedVsBestNames,
  yearOptions,
  onApply,
}: CompareShortcutsProps) {
  const { t, fmt } = useFullI18n();
  const id = useId();
  const [chosenUnit, setChosenUnit] = useState<string | null>(null);
  const yearOption = yearOptions.find((o) => o.unit === chosenUnit) ?? defaultYearOverYear(yearOptions);
  const place = { entity: institution, year };

  const flaggedNote =
    flaggedVsBest.length === 0
      ? t.compare.flaggedVsBestEmpty(place)
      : flaggedVsBest.length === 1
        ? t.compare.flaggedVsBestNone(place)
        : t.compare.flaggedVsBestDetail({
            ...place,
            flagged: fmt.list(flaggedVsBestNames.slice(0, -1)),
            best: flaggedVsBestNames.at(-1) ?? '',
          });
  const yearNote = !yearOption
    ? t.compare.yearOverYearNoUnits(place)
    : yearOption.previousYear === null
      ? t.compare.yearOverYearNone({ unit: yearOption.label, year })
      : t.compare.yearOverYearDetail({ unit: yearOption.label, previous: yearOption.previousYear, year });

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <div>
        <h3 id={`${id}-title`} className="text-sm font-medium text-ink">
          {t.compare.shortcutsTitle}
        </h3>
        <p className="text-xs text-muted">{t.compare.shortcutReplaces}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-1">
          <button
            type="button"
            className={BUTTON}
            disabled={flaggedVsBest.length < 2}
            aria-describedby={`${id}-flagged`}
            onClick={() => onApply(flaggedVsBest)}
          >
            {t.compare.flaggedVsBest}
          </button>
          <p id={`${id}-flagged`} className="text-xs text-muted">
            {flaggedNote}
          </p>
        </div>
        <div className="space-y-1">
          <div className="flex flex-wrap items-end gap-2">
            {yearOptions.length > 0 && (
              <label className="text-xs text-muted">
                <span className="block">{t.compare.yearOverYearUnit(place)}</span>
                <select
                  value={yearOption?.unit ?? ''}
                  onChange={(event) => setChosenUnit(event.target.value)}
                  className="mt-0.5 max-w-56 rounded-md border border-line bg-raised px-2 py-1.5 text-sm text-ink"
                >
                  {yearOptions.map((o) => (
                    <option key={o.unit} value={o.unit}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <button
              type="button"
              className={BUTTON}
              disabled={!yearOption || yearOption.keys.length < 2}
              aria-describedby={`${id}-year`}
              onClick={() => yearOption && onApply(yearOption.keys)}
            >
              {t.compare.yearOverYear}
            </button>
          </div>
          <p id={`${id}-year`} className="text-xs text-muted">
            {yearNote}
          </p>
        </div>
      </div>
    </section>
  );
}
