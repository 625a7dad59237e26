import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { CandidateGroup, CompareCandidate } from '../../domain/comparison';
import type { UnitRecord } from '../../domain/model';
import { MAX_COMPARED } from '../../domain/compare-keys';
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

/**
 * A searchable unit picker following the WAI-ARIA combobox pattern (list autocomplete): focus stays
 * in the input, the highlighted option is announced through aria-activedescendant, options are
 * grouped by entity and year.
 */
const NO_GROUPS: readonly CandidateGroup[] = [];

export function ComparePicker({ loadGroups, isChosen, full, onAdd, inputRef }: ComparePickerProps) {
  const { t, fmt } = useFullI18n();
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listboxId = `${baseId}-listbox`;
  const hintId = `${baseId}-hint`;
  const statusId = `${baseId}-status`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLDivElement>(null);

  // Nothing is searched or rendered while the list is closed.
  const groups = useMemo(() => (open ? loadGroups() : NO_GROUPS), [open, loadGroups]);
  const options = useMemo(() => filterCandidates(groups, query), [groups, query]);
  const flat = useMemo(() => options.groups.flatMap((g) => g.candidates), [options]);
  const optionId = (index: number) => `${baseId}-option-${index}`;
  const activeCandidate = open ? flat[active] : undefined;
  const expanded = open && flat.length > 0;

  useEffect(() => {
    if (!expanded || active < 0) return;
    const element = listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    // jsdom has no scrollIntoView.
    element?.scrollIntoView?.({ block: 'nearest' });
  }, [expanded, active]);

  const choose = (candidate: CompareCandidate | undefined) => {
    if (!candidate || full || isChosen(candidate.record)) return;
    onAdd(candidate);
    setQuery('');
    setActive(-1);
    setOpen(false);
  };

  const move = (step: 1 | -1) => {
    if (flat.length === 0) return;
    if (!open) {
      setOpen(true);
      setActive(step === 1 ? 0 : flat.length - 1);
      return;
    }
    setActive((current) => {
      if (current < 0) return step === 1 ? 0 : flat.length - 1;
      return (current + step + flat.length) % flat.length;
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) setOpen(true);
        else move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter':
        if (activeCandidate) {
          event.preventDefault();
          choose(activeCandidate);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          event.preventDefault();
          setQuery('');
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  // Each group's first option index in the flat list that arrow keys walk.
  const offsets = options.groups.map((_, gi) =>
    options.groups.slice(0, gi).reduce((n, g) => n + g.candidates.length, 0),
  );
  return (
    <div className="relative">
      <label htmlFor={inputId} className="block text-sm font-medium text-ink">
        {t.compare.pickerLabel}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={activeCandidate ? optionId(active) : undefined}
        aria-describedby={`${hintId} ${statusId}`}
        placeholder={t.compare.pickerPlaceholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        className="mt-1 w-full rounded-md border border-line bg-raised px-3 py-2 text-base text-ink placeholder:text-muted sm:text-sm"
      />
      <p id={hintId} className="mt-1 text-xs text-muted">
        {full ? t.compare.full({ max: MAX_COMPARED }) : t.compare.pickerHint}
      </p>
      <p id={statusId} role="status" className="mt-1 text-xs text-muted">
        {open && query.trim() !== '' && flat.length === 0
          ? t.compare.noMatch({ query: query.trim() })
          : open && options.matched > options.shown
            ? t.compare.moreMatches({ shown: options.shown, count: options.matched })
            : ''}
      </p>
      <div
        ref={listRef}
        id={listboxId}
        role="listbox"
        aria-label={t.compare.listboxLabel}
        hidden={!expanded}
        className="absolute inset-x-0 z-20 mt-1 max-h-80 overflow-y-auto rounded-md border border-line bg-raised py-1 shadow-lg"
      >
        {options.groups.map((group, gi) => {
          const headerId = `${baseId}-group-${gi}`;
          return (
            <div key={`${group.institution}|${group.year}`} role="group" aria-labelledby={headerId}>
              <div
                id={headerId}
                role="presentation"
                className="sticky top-0 bg-sunken px-3 py-1 text-xs font-semibold tracking-wide text-muted"
              >
                {t.compare.groupLabel({ entity: group.institution, year: group.year })}
              </div>
              {group.candidates.map((candidate, ci) => {
                const index = (offsets[gi] ?? 0) + ci;
                const chosen = isChosen(candidate.record);
                const disabled = chosen || full;
                const r = candidate.record;
                return (
                  <div
                    key={r.unit}
                    id={optionId(index)}
                    data-index={index}
                    role="option"
                    aria-selected={index === active}
                    aria-disabled={disabled || undefined}
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseMove={() => setActive(index)}
                    onClick={() => choose(candidate)}
                    className={`flex items-baseline justify-between gap-3 px-3 py-1.5 text-sm ${
                      disabled ? 'cursor-default' : 'cursor-pointer'
                    } ${
                      index === active
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
                        <span className={index === active || disabled ? '' : 'text-muted'}> · {r.unit}</span>
                      )}
                      {chosen && <span> · ✓ {t.compare.alreadyChosen}</span>}
                    </span>
                    <span className="shrink-0 tabular-nums">{fmt.score(r.total)}</span>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
