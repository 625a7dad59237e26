import { defaultSelection, entitiesOf, unitTypesOf, yearsOf, type EntityYearQuery } from '../domain/aggregate';
import type { Dataset } from '../domain/model';

export const VIEW_KEYS = ['overview', 'dimensions', 'coaching', 'trends', 'compare', 'report'] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

export interface Selection extends EntityYearQuery {
  view: ViewKey;
  /** A unit whose detail is open (by full name), if it exists in the selected entity and year. */
  unit?: string;
}

function isViewKey(value: string | null): value is ViewKey {
  return (VIEW_KEYS as readonly string[]).includes(value ?? '');
}

/**
 * Reads the selection from the URL and repairs what the loaded data cannot serve: a link made
 * on other data still opens, on the nearest valid choice, instead of an empty screen.
 */
export function resolveSelection(ds: Dataset, params: URLSearchParams): Selection | null {
  const fallback = defaultSelection(ds);
  if (!fallback) return null;
  const view = isViewKey(params.get('view')) ? (params.get('view') as ViewKey) : 'overview';

  const years = yearsOf(ds);
  const entityParam = params.get('entity');
  const yearParam = Number(params.get('year'));
  let year = years.includes(yearParam) ? yearParam : fallback.year;

  let institution = fallback.institution;
  if (entityParam && entitiesOf(ds).includes(entityParam)) {
    institution = entityParam;
    const entityYears = years.filter((y) => entitiesOf(ds, y).includes(entityParam));
    if (!entityYears.includes(year)) year = entityYears.at(-1) ?? year;
  } else if (!entitiesOf(ds, year).includes(institution)) {
    institution = entitiesOf(ds, year)[0] ?? institution;
  }

  const typeParam = params.get('type');
  const selection: Selection = { view, year, institution };
  if (typeParam && unitTypesOf(ds).includes(typeParam)) selection.unitType = typeParam;
  const unitParam = params.get('unit');
  if (unitParam && ds.records.some((r) => r.year === year && r.institution === institution && r.unit === unitParam)) {
    selection.unit = unitParam;
  }
  return selection;
}
