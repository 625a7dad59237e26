import { useId, useState } from 'react';
import { useI18n } from '../lib/i18n/i18n-context';

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
  const { t } = useI18n();
  const listId = useId();
  // The parent keys this component by `value`, so the typed text restarts when the selection changes.
  const [text, setText] = useState(value);

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

  const commit = (candidate: string) => {
    const exact = entities.find((name) => name.toLocaleLowerCase('id') === candidate.trim().toLocaleLowerCase('id'));
    if (exact) onChange(exact);
    else setText(value); // an unknown name is not a selection: show the current entity again
  };

  return (
    <>
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
      <datalist id={listId}>
        {entities.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
