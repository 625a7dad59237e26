// The last step of every validation path (the zod validator and the fast one for well-formed input):
// from checked parts to the dataset and its warnings, so both paths give the same answer by construction.
import type {
  Dataset,
  DataWarning,
  Dimension,
  GradeBand,
  InstitutionResult,
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
  institutions: InstitutionResult[];
  records: UnitRecord[];
  /** Warnings found while normalising the records, in record order. */
  recordWarnings: DataWarning[];
}

export function assembleDataset(parts: CheckedParts): ValidationResult {
  const { records, institutions } = parts;
  const duplicates = duplicateUnitWarnings(records);
  // A unit listed twice in a year would be counted twice in every mean: the first listing is used,
  // and the warning says so.
  const unique = duplicates.length === 0 ? records : withoutRepeated(records, duplicates);
  const dataset: Dataset = { dimensions: parts.dimensions, institutions, records: unique };
  if (parts.title !== undefined) dataset.title = parts.title;
  if (parts.source !== undefined) dataset.source = parts.source;
  if (parts.gradeScale !== undefined) dataset.gradeScale = parts.gradeScale;

  const warnings: DataWarning[] = [
    ...reportedScoreWarnings(institutions, unique),
    ...duplicates,
    ...parts.recordWarnings,
  ];
  return { ok: true, dataset, warnings: sortByPlace(warnings) };
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
