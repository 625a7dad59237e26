import { useCallback, useId, useState, type Ref } from 'react';
import type { CandidateGroup, CompareCandidate } from '../../domain/comparison';
import type { UnitRecord } from '../../domain/model';
import { MAX_COMPARED } from '../../domain/compare-keys';
import { Combobox, type ComboboxResults } from '../../components/ui/Combobox';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { filterCandidates } from './picker-options';

interface ComparePickerProps {
  /** The candidates, asked for only when the list opens: a national dataset has 12,000+ units. */
  loadGroups: () => readonly CandidateGroup[];
  isChosen: (record: UnitRecord) => boolean;
  /** The comparison holds MAX_COMPARED items: options stay readable but cannot be added. */
  full: boolean;
  onAdd: (candidate: CompareCandidate) => void;
  /** The search field, for the view to move focus to it. */
  inputRef?: Ref<HTMLInputElement>;
}

const candidateKey = (candidate: CompareCandidate) => candidate.record.unit;

/**
 * A searchable unit picker (the shared WAI-ARIA combobox), its options grouped by entity and year
 * and cut at PICKER_LIMIT, so a national dataset's 12,000+ units never reach the DOM at once.
 */
export function ComparePicker({ loadGroups, isChosen, full, onAdd, inputRef }: ComparePickerProps) {
  const { t, fmt } = useFullI18n();
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const hintId = `${baseId}-hint`;
  const [query, setQuery] = useState('');

  const search = useCallback(
    (text: string): ComboboxResults<CompareCandidate> => {
      const options = filterCandidates(loadGroups(), text);
      return {
        sections: options.groups.map((group) => ({
          key: `${group.institution}|${group.year}`,
          label: t.compare.groupLabel({ entity: group.institution, year: group.year }),
          options: group.candidates,
        })),
        hidden: options.matched - options.shown,
      };
    },
    [loadGroups, t],
  );

  return (
    <div>
      <label htmlFor={inputId} className="block text-sm font-medium text-ink">
        {t.compare.pickerLabel}
      </label>
      <div className="mt-1">
        <Combobox
          id={inputId}
          query={query}
          onQueryChange={setQuery}
          search={search}
          optionKey={candidateKey}
          isDisabled={(candidate) => full || isChosen(candidate.record)}
          onPick={(candidate) => {
            onAdd(candidate);
            setQuery('');
          }}
          messages={{
            listbox: t.compare.listboxLabel,
            more: (hidden) => t.compare.moreMatches({ count: fmt.integer(hidden) }),
            noMatch: (text) => t.compare.noMatch({ query: text }),
          }}
          inputRef={inputRef}
          describedBy={hintId}
          placeholder={t.compare.pickerPlaceholder}
          inputClassName="w-full rounded-md border border-line bg-raised px-3 py-2 text-base text-ink placeholder:text-muted sm:text-sm"
          renderOption={(candidate, { active, disabled }) => {
            const r = candidate.record;
            const chosen = isChosen(r);
            return (
              <span
                className={`flex items-baseline justify-between gap-3 px-3 py-1.5 text-sm ${
                  active
                    ? disabled
                      ? 'bg-sunken text-ink ring-2 ring-accent ring-inset'
                      : 'bg-accent text-accent-ink'
                    : disabled
                      ? 'text-muted'
                      : 'text-ink'
                }`}
              >
                <span className="min-w-0">
                  <span className="font-medium">{r.unitShort ?? r.unit}</span>
                  {r.unitShort && r.unitShort !== r.unit && (
                    <span className={active || disabled ? '' : 'text-muted'}> · {r.unit}</span>
                  )}
                  {chosen && <span> · ✓ {t.compare.alreadyChosen}</span>}
                </span>
                <span className="shrink-0 tabular-nums">{fmt.score(r.total)}</span>
              </span>
            );
          }}
        />
      </div>
      <p id={hintId} className="mt-1 text-xs text-muted">
        {full ? t.compare.full({ max: MAX_COMPARED }) : t.compare.pickerHint}
      </p>
    </div>
  );
}
