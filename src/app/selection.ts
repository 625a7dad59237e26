import { defaultSelection, type EntityYearQuery } from '../domain/aggregate';
import { datasetIndex, entitiesIn, entityInYear, unitsInYear } from '../domain/dataset-index';
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
  const index = datasetIndex(ds);
  const view = isViewKey(params.get('view')) ? (params.get('view') as ViewKey) : 'overview';

  const entityParam = params.get('entity');
  const yearParam = Number(params.get('year'));
  let year = index.byYear.has(yearParam) ? yearParam : fallback.year;

  let institution = fallback.institution;
  if (entityParam && index.entities.includes(entityParam)) {
    institution = entityParam;
    if (!entityInYear(index, entityParam, year)) {
      year = index.years.filter((y) => entityInYear(index, entityParam, y)).at(-1) ?? year;
    }
  } else if (!entityInYear(index, institution, year)) {
    institution = entitiesIn(index, year)[0] ?? institution;
  }

  const typeParam = params.get('type');
  const selection: Selection = { view, year, institution };
  if (typeParam && index.unitTypes.includes(typeParam)) selection.unitType = typeParam;
  const unitParam = params.get('unit');
  if (unitParam && unitsInYear(index, institution, year).some((r) => r.unit === unitParam)) {
    selection.unit = unitParam;
  }
  return selection;
}
