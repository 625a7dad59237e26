import { useId, useState } from 'react';
import { Notice } from '../components/ui/Notice';
import { useI18n } from '../lib/i18n/i18n-context';

interface MissingEntityNoticeProps {
  /** The chosen entity, which has no result in `year`. */
  entity: string;
  year: number;
  /** The entities with a result in `year`, in name order. */
  entities: readonly string[];
  /** The chosen entity's latest year with a result; undefined when it has none. */
  latestYear: number | undefined;
  onChooseEntity: (entity: string) => void;
  onChooseYear: (year: number) => void;
}

/**
 * Names offered at once: a list this long is read at a glance and shown whole (the bundled 2025 has
 * 18); a longer one (the national data, ~590) gets a filter and shows this many matches.
 */
export const OFFERED_AT_ONCE = 24;

/** The names to offer: all of a short list, else the first matches of the typed text. */
export function entitiesToOffer(
  entities: readonly string[],
  query: string,
): { offered: readonly string[]; matching: number; searchable: boolean } {
  const searchable = entities.length > OFFERED_AT_ONCE;
  if (!searchable) return { offered: entities, matching: entities.length, searchable };
  const needle = query.trim().toLocaleLowerCase('id');
  const matches = needle ? entities.filter((name) => name.toLocaleLowerCase('id').includes(needle)) : entities;
  return { offered: matches.slice(0, OFFERED_AT_ONCE), matching: matches.length, searchable };
}

const buttonClass = 'rounded-md border border-line bg-raised px-3 py-1.5 text-sm text-ink hover:bg-sunken';

/**
 * Shown instead of the views when the chosen entity has no published result in the chosen year
 * (Batang in 2025): says so, and offers the entities that have one and the entity's own latest year.
 */
export function MissingEntityNotice({
  entity,
  year,
  entities,
  latestYear,
  onChooseEntity,
  onChooseYear,
}: MissingEntityNoticeProps) {
  const { t } = useI18n();
  const filterId = useId();
  const [query, setQuery] = useState('');
  const { offered, matching, searchable } = entitiesToOffer(entities, query);
  const countText = matching > offered.length ? t.missing.shownOf({ shown: offered.length, total: matching }) : null;

  return (
    <Notice tone="info" testId="missing-entity" title={t.missing.title({ entity, year })}>
      {latestYear !== undefined && (
        <p className="pt-1">
          <button type="button" className={buttonClass} onClick={() => onChooseYear(latestYear)}>
            {t.missing.backToLatest({ entity, year: latestYear })}
          </button>
        </p>
      )}
      {entities.length === 0 ? (
        <p>{t.missing.noEntities({ year })}</p>
      ) : (
        <div className="space-y-2 pt-2">
          <p>{t.missing.chooseEntity({ year })}</p>
          {searchable && (
            <div>
              <label htmlFor={filterId} className="sr-only">
                {t.missing.filterLabel}
              </label>
              <input
                id={filterId}
                type="search"
                value={query}
                placeholder={t.missing.filterPlaceholder}
                autoComplete="off"
                onChange={(e) => setQuery(e.target.value)}
                className="w-full max-w-sm rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink"
              />
            </div>
          )}
          {offered.length === 0 ? (
            <p className="text-muted">{t.missing.noMatch}</p>
          ) : (
            <ul className="flex flex-wrap gap-2" aria-label={t.missing.chooseEntity({ year })}>
              {offered.map((name) => (
                <li key={name}>
                  <button type="button" className={buttonClass} onClick={() => onChooseEntity(name)}>
                    {name}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {countText && <p className="text-xs text-muted">{countText}</p>}
        </div>
      )}
    </Notice>
  );
}
