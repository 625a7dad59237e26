import { defaultSelection, type EntityYearQuery } from '../domain/aggregate';
import { datasetIndex, entitiesIn, entityInYear, unitsInYear, type DatasetIndex } from '../domain/dataset-index';
import type { Dataset } from '../domain/model';

export const VIEW_KEYS = ['overview', 'dimensions', 'coaching', 'trends', 'compare', 'report'] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

export interface Selection extends EntityYearQuery {
  view: ViewKey;
  /** A unit whose detail is open (by full name), if it exists in the selected entity and year. */
  unit?: string;
  /**
   * The year was asked for explicitly and the entity has no published result in it (Batang in 2025):
   * the views have nothing to show, and the page says so instead of moving the year silently.
   */
  entityMissingInYear?: true;
}

export function isViewKey(value: string | null): value is ViewKey {
  return (VIEW_KEYS as readonly string[]).includes(value ?? '');
}

/**
 * Reads the selection from the URL and repairs what the loaded data cannot serve: a link made
 * on other data still opens, on the nearest valid choice, instead of an empty screen. A year that is
 * in the data but not the entity's is kept when the link names it (the person chose it) and marked
 * `entityMissingInYear`; without a year in the link the entity's latest year is taken.
 */
export function resolveSelection(ds: Dataset, params: URLSearchParams): Selection | null {
  const fallback = defaultSelection(ds);
  if (!fallback) return null;
  const index = datasetIndex(ds);
  const view = isViewKey(params.get('view')) ? (params.get('view') as ViewKey) : 'overview';

  const entityParam = params.get('entity');
  const yearParam = Number(params.get('year'));
  const yearChosen = params.has('year') && index.byYear.has(yearParam);
  let year = yearChosen ? yearParam : fallback.year;
  const institution = entityParam && index.entities.includes(entityParam) ? entityParam : fallback.institution;

  const inYear = entityInYear(index, institution, year);
  if (!inYear && !yearChosen) year = latestYearOf(index, institution) ?? year;
  const selection: Selection = { view, year, institution };
  if (!inYear && yearChosen) selection.entityMissingInYear = true;

  const typeParam = params.get('type');
  if (typeParam && index.unitTypes.includes(typeParam)) selection.unitType = typeParam;
  const unitParam = params.get('unit');
  if (unitParam && unitsInYear(index, institution, year).some((r) => r.unit === unitParam)) {
    selection.unit = unitParam;
  }
  return selection;
}

/** The latest year in which the entity has a unit record or a reported figure. */
export function latestYearOf(index: DatasetIndex, institution: string): number | undefined {
  return index.years.filter((y) => entityInYear(index, institution, y)).at(-1);
}

/** What the page offers when the entity has no result in the chosen year: that year's entities, and the entity's latest year. */
export function missingEntityChoices(
  ds: Dataset,
  selection: Pick<Selection, 'institution' | 'year'>,
): { entities: readonly string[]; latestYear: number | undefined } {
  const index = datasetIndex(ds);
  return { entities: entitiesIn(index, selection.year), latestYear: latestYearOf(index, selection.institution) };
}
