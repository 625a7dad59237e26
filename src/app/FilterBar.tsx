import { useId } from 'react';
import type { Dataset } from '../domain/model';
import { datasetIndex, entitiesIn } from '../domain/dataset-index';
import { compareNames } from '../domain/names';
import { useI18n } from '../lib/i18n/i18n-context';
import { unitTypeLabel } from '../lib/i18n/unit-type-label';
import type { Selection } from './selection';
import { EntityPicker } from './EntityPicker';

interface FilterBarProps {
  dataset: Dataset;
  selection: Selection;
  onChange: (patch: { year?: string; entity?: string; type?: string | null }) => void;
}

const selectClass = 'mt-1 w-full rounded-md border border-line bg-raised px-2 py-1.5 text-sm text-ink';

export function FilterBar({ dataset, selection, onChange }: FilterBarProps) {
  const { t } = useI18n();
  const yearId = useId();
  const entityId = useId();
  const typeId = useId();
  // The index's lists: built once per dataset, and the same arrays on every render.
  const index = datasetIndex(dataset);
  const { years, unitTypes } = index;
  const yearEntities = entitiesIn(index, selection.year);
  const missingEntity = selection.entityMissingInYear ? selection.institution : null;
  // An entity without a result in the year stays shown as the choice (the notice below says why),
  // rather than the field silently showing another name.
  const entities = missingEntity === null ? yearEntities : [...yearEntities, missingEntity].sort(compareNames);
  // Listed by the words shown, not by their keys, so the list reads alphabetically in each language.
  const typeOptions = unitTypes
    .map((type) => ({ type, label: unitTypeLabel(t.unitTypes, type) }))
    .sort((a, b) => compareNames(a.label, b.label));

  return (
    <form
      aria-label={t.filters.label}
      className="grid grid-cols-2 gap-3 sm:grid-cols-[8rem_minmax(0,1fr)_minmax(0,14rem)]"
      onSubmit={(e) => e.preventDefault()}
    >
      <div>
        <label htmlFor={yearId} className="text-xs font-medium text-muted">
          {t.filters.year}
        </label>
        <select
          id={yearId}
          className={selectClass}
          value={selection.year}
          onChange={(e) => onChange({ year: e.target.value })}
          data-testid="filter-year"
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="col-span-2 row-start-2 sm:col-span-1 sm:row-start-auto">
        <label htmlFor={entityId} className="text-xs font-medium text-muted">
          {t.filters.entity}
        </label>
        <EntityPicker
          id={entityId}
          entities={entities}
          value={selection.institution}
          onChange={(entity) => onChange({ entity })}
          className={selectClass}
        />
      </div>
      {unitTypes.length > 0 && (
        <div>
          <label htmlFor={typeId} className="text-xs font-medium text-muted">
            {t.filters.unitType}
          </label>
          <select
            id={typeId}
            className={selectClass}
            value={selection.unitType ?? ''}
            onChange={(e) => onChange({ type: e.target.value || null })}
            data-testid="filter-type"
          >
            <option value="">{t.filters.allUnitTypes}</option>
            {typeOptions.map(({ type, label }) => (
              <option key={type} value={type}>
                {label}
              </option>
            ))}
          </select>
        </div>
      )}
    </form>
  );
}
