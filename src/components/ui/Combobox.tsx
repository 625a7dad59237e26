import { Fragment, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';

/** Options a picker shows at most; more matches get a line asking the person to keep typing. */
export const COMBOBOX_LIMIT = 50;

export interface ComboboxSection<Option> {
  key: string;
  /** A heading: its options become a role=group named by it. None for a flat list. */
  label?: string;
  options: readonly Option[];
}

export interface ComboboxResults<Option> {
  sections: readonly ComboboxSection<Option>[];
  /** Matches left out of `sections` by the caller's cap (at most COMBOBOX_LIMIT shown). */
  hidden: number;
}

export interface ComboboxMessages {
  /** The accessible name of the list. */
  listbox: string;
  /** The line under a cut list: "and N more — keep typing". */
  more: (hidden: number) => string;
  /** Said (and shown) when the typed text matches nothing. */
  noMatch: (query: string) => string;
}

interface ComboboxProps<Option> {
  /** The input's id, for a <label htmlFor> outside; the list and options derive theirs from it. */
  id: string;
  query: string;
  onQueryChange: (query: string) => void;
  /**
   * The options for a query, already filtered and capped. Called only while the list is open and
   * memoised on the query, so keep it stable (useCallback): a national dataset has thousands.
   */
  search: (query: string) => ComboboxResults<Option>;
  optionKey: (option: Option) => string;
  renderOption: (option: Option, state: { active: boolean; disabled: boolean }) => ReactNode;
  /** A disabled option stays in the list (readable, reachable by arrows) but cannot be picked. */
  isDisabled?: (option: Option) => boolean;
  onPick: (option: Option) => void;
  /** Enter with no active option; gets the options shown (e.g. to take the first match). */
  onEnterWithoutActive?: (shown: readonly Option[]) => void;
  onBlur?: () => void;
  messages: ComboboxMessages;
  inputRef?: Ref<HTMLInputElement>;
  inputClassName: string;
  placeholder?: string;
  describedBy?: string;
  testId?: string;
}

/** `active` when ArrowUp opens the list: the last option, whose index is known only once it is open. */
const LAST_OPTION = -2;
const NONE = -1;

/**
 * An editable combobox with a listbox popup (WAI-ARIA 1.2, list autocomplete without automatic
 * selection): focus stays in the input and the highlighted option is announced through
 * aria-activedescendant. ArrowDown opens the list on the first option (Alt+ArrowDown opens it
 * without moving), ArrowUp on the last; arrows then move (and wrap), Enter picks, Escape closes
 * (or, closed, clears the text), Home/End/Left/Right stay the input's caret keys. Typing filters.
 * The caller filters and caps the options, so thousands of them never reach the DOM.
 */
export function Combobox<Option>({
  id,
  query,
  onQueryChange,
  search,
  optionKey,
  renderOption,
  isDisabled,
  onPick,
  onEnterWithoutActive,
  onBlur,
  messages,
  inputRef,
  inputClassName,
  placeholder,
  describedBy,
  testId,
}: ComboboxProps<Option>) {
  const listboxId = `${id}-listbox`;
  const statusId = `${id}-status`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(NONE);
  const listRef = useRef<HTMLDivElement>(null);

  // Nothing is searched or rendered while the list is closed.
  const results = useMemo(() => (open ? search(query) : undefined), [open, query, search]);
  const flat = useMemo(() => results?.sections.flatMap((s) => s.options) ?? [], [results]);
  const expanded = open && flat.length > 0;
  const activeIndex = !expanded ? NONE : active === LAST_OPTION ? flat.length - 1 : Math.min(active, flat.length - 1);
  const activeOption = activeIndex >= 0 ? flat[activeIndex] : undefined;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (activeIndex < 0) return;
    const element = listRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    // jsdom has no scrollIntoView.
    element?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);

  const close = () => {
    setOpen(false);
    setActive(NONE);
  };

  const pick = (option: Option) => {
    if (isDisabled?.(option)) return;
    close();
    onPick(option);
  };

  const move = (step: 1 | -1) => {
    if (!open) {
      setOpen(true);
      setActive(step === 1 ? 0 : LAST_OPTION);
      return;
    }
    if (flat.length === 0) return;
    if (activeIndex < 0) setActive(step === 1 ? 0 : flat.length - 1);
    else setActive((activeIndex + step + flat.length) % flat.length);
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
        if (event.altKey) close();
        else move(-1);
        break;
      case 'Enter':
        if (activeOption !== undefined) {
          event.preventDefault();
          pick(activeOption);
        } else if (onEnterWithoutActive) {
          event.preventDefault();
          // Closed (after Escape, say), the list was not searched: search it now.
          const shown = flat.length > 0 ? flat : search(query).sections.flatMap((s) => s.options);
          close();
          onEnterWithoutActive(shown);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        } else if (query !== '') {
          event.preventDefault();
          onQueryChange('');
        }
        break;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret keys belong to the text: the highlight goes back to the input.
        setActive(NONE);
        break;
      case 'Tab':
        close();
        break;
    }
  };

  const hidden = results?.hidden ?? 0;
  const noMatch = open && query.trim() !== '' && flat.length === 0;
  const status = noMatch ? messages.noMatch(query.trim()) : expanded && hidden > 0 ? messages.more(hidden) : '';

  const sections = results?.sections ?? [];
  // Each section's first index in the flat list that the arrow keys walk.
  const offsets = sections.map((_, si) => sections.slice(0, si).reduce((n, s) => n + s.options.length, 0));
  const renderOptions = (options: readonly Option[], offset: number) =>
    options.map((option, oi) => {
      const optionIndex = offset + oi;
      const isActive = optionIndex === activeIndex;
      const disabled = isDisabled?.(option) ?? false;
      return (
        <div
          key={optionKey(option)}
          id={optionId(optionIndex)}
          data-index={optionIndex}
          role="option"
          aria-selected={isActive}
          aria-disabled={disabled || undefined}
          // Keeps focus in the input, so the click below picks and typing can go on.
          onMouseDown={(event) => event.preventDefault()}
          onMouseMove={() => {
            if (!isActive) setActive(optionIndex);
          }}
          onClick={() => pick(option)}
          className={disabled ? 'cursor-default' : 'cursor-pointer'}
        >
          {renderOption(option, { active: isActive, disabled })}
        </div>
      );
    });

  return (
    <div className="relative">
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={activeOption !== undefined ? optionId(activeIndex) : undefined}
        aria-describedby={describedBy ? `${describedBy} ${statusId}` : statusId}
        placeholder={placeholder}
        value={query}
        data-testid={testId}
        onChange={(event) => {
          onQueryChange(event.target.value);
          setOpen(true);
          setActive(NONE);
        }}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        onBlur={() => {
          close();
          onBlur?.();
        }}
        className={inputClassName}
      />
      <p id={statusId} role="status" className={noMatch ? 'mt-1 text-xs text-muted' : 'sr-only'}>
        {status}
      </p>
      <div
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-20 mt-1 overflow-hidden rounded-md border border-line bg-raised shadow-lg"
      >
        <div
          ref={listRef}
          id={listboxId}
          role="listbox"
          aria-label={messages.listbox}
          className="max-h-80 overflow-y-auto py-1"
        >
          {sections.map((section, si) => {
            const offset = offsets[si] ?? 0;
            if (section.label === undefined)
              return <Fragment key={section.key}>{renderOptions(section.options, offset)}</Fragment>;
            const headerId = `${id}-group-${si}`;
            return (
              <div key={section.key} role="group" aria-labelledby={headerId}>
                <div
                  id={headerId}
                  role="presentation"
                  className="sticky top-0 bg-sunken px-3 py-1 text-xs font-semibold tracking-wide text-muted"
                >
                  {section.label}
                </div>
                {renderOptions(section.options, offset)}
              </div>
            );
          })}
        </div>
        {hidden > 0 && (
          <p aria-hidden="true" className="border-t border-line px-3 py-1.5 text-xs text-muted">
            {messages.more(hidden)}
          </p>
        )}
      </div>
    </div>
  );
}
