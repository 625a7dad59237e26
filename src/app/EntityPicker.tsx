import { useCallback, useState } from 'react';
import { COMBOBOX_LIMIT, Combobox, type ComboboxResults } from '../components/ui/Combobox';
import { useI18n } from '../lib/i18n/i18n-context';
import { foldForSearch, hasEveryWord, searchWords } from '../lib/text-search';

interface EntityPickerProps {
  id: string;
  entities: readonly string[];
  value: string;
  onChange: (entity: string) => void;
  className: string;
}

/** A short list is a plain select; hundreds of entities get a combobox that filters as you type. */
export const SEARCHABLE_FROM = 13;

export function EntityPicker({ id, entities, value, onChange, className }: EntityPickerProps) {
  if (entities.length < SEARCHABLE_FROM) {
    return (
      <select
        id={id}
        className={className}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid="filter-entity"
      >
        {entities.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    );
  }
  return <EntitySearchField id={id} entities={entities} value={value} onChange={onChange} className={className} />;
}

// Folding (Unicode normalisation) 5,870 names on every keystroke would cost more than the search:
// each entity list is folded once.
const foldedLists = new WeakMap<readonly string[], readonly string[]>();

function foldedNames(entities: readonly string[]): readonly string[] {
  let folded = foldedLists.get(entities);
  if (!folded) {
    folded = entities.map(foldForSearch);
    foldedLists.set(entities, folded);
  }
  return folded;
}

/**
 * The entities matching every word of the query, in list order, cut at `limit`. The text the field
 * shows when nothing was typed (the current entity, or nothing) lists them all, so ArrowDown on
 * the field browses instead of showing the one name already chosen.
 */
export function searchEntities(
  entities: readonly string[],
  query: string,
  current: string,
  limit: number = COMBOBOX_LIMIT,
): ComboboxResults<string> {
  const words = query === current ? [] : searchWords(query);
  const folded = foldedNames(entities);
  const shown: string[] = [];
  let matched = 0;
  entities.forEach((name, i) => {
    if (!hasEveryWord(folded[i] ?? '', words)) return;
    matched++;
    if (shown.length < limit) shown.push(name);
  });
  return { sections: [{ key: 'entities', options: shown }], hidden: matched - shown.length };
}

/** The entity of exactly that name, ignoring case, diacritics and surrounding spaces. */
export function entityNamed(entities: readonly string[], text: string): string | undefined {
  const wanted = foldForSearch(text.trim());
  const index = foldedNames(entities).indexOf(wanted);
  return index >= 0 ? entities[index] : undefined;
}

const nameKey = (name: string) => name;

function EntitySearchField({ id, entities, value, onChange, className }: EntityPickerProps) {
  const { t, fmt } = useI18n();
  const [text, setText] = useState(value);
  // A new selection (picked here or anywhere else) shows its name; state is adjusted during render,
  // not by remounting, so the field keeps its focus after a pick.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setText(value);
  }

  const choose = (name: string | undefined) => {
    if (name === undefined) {
      setText(value); // an unknown name is not a selection: show the current entity again
      return;
    }
    setText(name);
    if (name !== value) onChange(name);
  };

  const search = useCallback((query: string) => searchEntities(entities, query, value), [entities, value]);

  return (
    <Combobox
      id={id}
      query={text}
      onQueryChange={setText}
      search={search}
      optionKey={nameKey}
      onPick={choose}
      // Enter on typed text: the entity of that name, else the first that matches.
      onEnterWithoutActive={(shown) => choose(entityNamed(entities, text) ?? shown[0])}
      onBlur={() => choose(entityNamed(entities, text))}
      messages={{
        listbox: t.filters.entityListbox,
        more: (hidden) => t.filters.entityMore({ count: fmt.integer(hidden) }),
        noMatch: (query) => t.filters.entityNoMatch({ query }),
      }}
      placeholder={t.filters.entitySearch}
      inputClassName={className}
      testId="filter-entity"
      renderOption={(name, { active }) => (
        <span
          className={`block px-3 py-1.5 text-sm ${active ? 'bg-accent text-accent-ink' : 'text-ink'} ${
            name === value ? 'font-semibold' : ''
          }`}
        >
          {name}
        </span>
      )}
    />
  );
}
