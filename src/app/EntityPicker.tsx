import { memo, useEffect, useId, useState } from 'react';
import { useI18n } from '../lib/i18n/i18n-context';
import { whenIdle } from './scheduling';

interface EntityPickerProps {
  id: string;
  entities: readonly string[];
  value: string;
  onChange: (entity: string) => void;
  className: string;
}

/** A short list is a plain select; hundreds of entities get a text field that suggests as you type. */
export const SEARCHABLE_FROM = 13;

export function EntityPicker({ id, entities, value, onChange, className }: EntityPickerProps) {
  const listId = useId();

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

  return (
    <>
      {/* Keyed by the selection, so the typed text restarts when it changes; the suggestions are not. */}
      <EntitySearchField
        key={value}
        id={id}
        listId={listId}
        entities={entities}
        value={value}
        onChange={onChange}
        className={className}
      />
      <EntitySuggestions id={listId} entities={entities} />
    </>
  );
}

/** Options added per step: a few hundred DOM nodes, a task of a few milliseconds. */
const SUGGESTION_STEP = 500;

/**
 * Thousands of options (5,870 entities in the 10× national data) are not built with the rest of the
 * screen: the first step renders with it, the others while the page is idle, so a newly loaded
 * dataset does not wait for its suggestion list. Memoised: a new selection or keystroke does not
 * touch them.
 */
const EntitySuggestions = memo(function EntitySuggestions({
  id,
  entities,
}: {
  id: string;
  entities: readonly string[];
}) {
  const [count, setCount] = useState(SUGGESTION_STEP);
  const shown = Math.min(count, entities.length);
  useEffect(() => {
    if (shown >= entities.length) return;
    return whenIdle(() => setCount(shown + SUGGESTION_STEP));
  }, [shown, entities.length]);
  return (
    <datalist id={id}>
      {entities.slice(0, shown).map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
});

function EntitySearchField({
  id,
  listId,
  entities,
  value,
  onChange,
  className,
}: EntityPickerProps & { listId: string }) {
  const { t } = useI18n();
  const [text, setText] = useState(value);

  const commit = (candidate: string) => {
    const exact = entities.find((name) => name.toLocaleLowerCase('id') === candidate.trim().toLocaleLowerCase('id'));
    if (exact) onChange(exact);
    else setText(value); // an unknown name is not a selection: show the current entity again
  };

  return (
    <input
      id={id}
      type="search"
      list={listId}
      className={className}
      value={text}
      placeholder={t.filters.entitySearch}
      autoComplete="off"
      data-testid="filter-entity"
      onChange={(e) => {
        setText(e.target.value);
        // Picking a suggestion fills the whole name: take it at once.
        if (entities.includes(e.target.value)) onChange(e.target.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          const match = entities.find((name) =>
            name.toLocaleLowerCase('id').includes(text.trim().toLocaleLowerCase('id')),
          );
          commit(match ?? text);
        }
      }}
      onBlur={() => commit(text)}
    />
  );
}
