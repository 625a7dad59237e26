// The last step of validation: from checked parts to the dataset and its warnings.
import type {
  Dataset,
  DataWarning,
  Dimension,
  GradeBand,
  InstitutionResult,
  NationalAverage,
  ProblemPlace,
  SourceInfo,
  UnitRecord,
  ValidationResult,
} from './model';
import { duplicateUnitWarnings, reportedScoreWarnings } from './normalize';

/** Everything of a dataset that passed its checks, records in input order (index = input index). */
export interface CheckedParts {
  title?: string | undefined;
  source?: SourceInfo | undefined;
  gradeScale?: GradeBand[] | undefined;
  dimensions: Dimension[];
  /** The file named no dimensions: the default four were used. */
  defaultDimensions: boolean;
  institutions: InstitutionResult[];
  nationalAverages?: NationalAverage[] | undefined;
  defaultView?: { year: number; institution: string } | undefined;
  records: UnitRecord[];
  /** Warnings found while checking the institutions and normalising the records, in input order. */
  recordWarnings: DataWarning[];
}

export function assembleDataset(parts: CheckedParts): ValidationResult {
  const { records, institutions } = parts;
  const duplicates = duplicateUnitWarnings(records);
  // A unit listed twice in a year would be counted twice in every mean: the first listing is used,
  // and the warning says so.
  const unique = duplicates.length === 0 ? records : withoutRepeated(records, duplicates);
  const dataset: Dataset = { dimensions: parts.dimensions, institutions, records: unique };
  if (parts.defaultDimensions) dataset.defaultDimensions = true;
  if (parts.title !== undefined) dataset.title = parts.title;
  if (parts.source !== undefined) dataset.source = parts.source;
  if (parts.gradeScale !== undefined) dataset.gradeScale = parts.gradeScale;
  if (parts.nationalAverages !== undefined && parts.nationalAverages.length > 0) {
    dataset.nationalAverages = parts.nationalAverages;
  }
  if (parts.defaultView !== undefined) dataset.defaultView = parts.defaultView;

  const warnings: DataWarning[] = [
    ...reportedScoreWarnings(institutions, unique),
    ...notAssessedWithUnitsWarnings(institutions, unique),
    ...duplicates,
    ...parts.recordWarnings,
  ];
  return { ok: true, dataset, warnings: sortByPlace(warnings) };
}

/** An entity marked not assessed in a year that still lists units for it: the units are shown, the entity has no result. */
function notAssessedWithUnitsWarnings(
  institutions: readonly InstitutionResult[],
  records: readonly UnitRecord[],
): DataWarning[] {
  const warnings: DataWarning[] = [];
  institutions.forEach((inst, index) => {
    if (inst.assessed !== false) return;
    const count = records.filter((r) => r.year === inst.year && r.institution === inst.name).length;
    if (count === 0) return;
    warnings.push({
      place: { kind: 'institution', index },
      field: 'assessed',
      code: 'notAssessedHasUnits',
      params: { name: inst.name, year: inst.year, count },
    });
  });
  return warnings;
}

function withoutRepeated(records: UnitRecord[], duplicates: readonly DataWarning[]): UnitRecord[] {
  const repeated = new Set(duplicates.map((w) => (w.place.kind === 'record' ? w.place.index : -1)));
  return records.filter((_, index) => !repeated.has(index));
}

const PLACE_ORDER: Record<ProblemPlace['kind'], number> = {
  file: 0,
  page: 1,
  row: 2,
  dimension: 3,
  institution: 4,
  record: 5,
};

function placeIndex(place: ProblemPlace): number {
  if (place.kind === 'row') return place.row;
  if (place.kind === 'page') return place.page;
  return place.kind === 'file' ? 0 : place.index;
}

/** Warnings in the order of the input, so they read alongside it. */
export function sortByPlace(warnings: DataWarning[]): DataWarning[] {
  return warnings
    .map((w, order) => ({ w, order }))
    .sort(
      (a, b) =>
        PLACE_ORDER[a.w.place.kind] - PLACE_ORDER[b.w.place.kind] ||
        placeIndex(a.w.place) - placeIndex(b.w.place) ||
        a.order - b.order,
    )
    .map(({ w }) => w);
}
