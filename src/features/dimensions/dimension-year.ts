// What the year's method means for the dimension view: which weights hold (none from 2025 unless the
// file gives its own), whether the dimensions measure what earlier years' did. Asked of the registry,
// never of a year written here.
import { methodOfYear, type AssessmentMethod, type Provenance } from '../../domain/methods';
import type { Dimension } from '../../domain/model';
import { yearWeights } from '../../domain/year-weights';

/** A dimension as the view shows it: its weight only where the year's weights are known. */
export interface DimensionColumn {
  key: string;
  label: string;
  /** Percent of the total; null where the year's weights are unknown (never another year's). */
  weight: number | null;
}

/** The years of the method before, e.g. { first: 2022, last: 2024 }. */
export interface MethodSpan {
  first: number;
  last: number;
}

export interface DimensionYear {
  method: AssessmentMethod;
  /**
   * The method's results come without per-dimension scores (the Penilaian Maladministrasi: none were
   * published for 2025): data without them says so rather than that the scores are merely missing.
   */
  unpublishedDimensions: boolean;
  columns: DimensionColumn[];
  /** Why no weights are shown, where they are unknown; null where they are shown. */
  weightsUnknown: Provenance | null;
  /**
   * From the Penilaian Maladministrasi on, the dimensions measure something else: the first year of
   * the method and the years of the one before, whose dimension scores these are not comparable with.
   */
  notComparable: { from: number; before: MethodSpan } | null;
}

/** The years the method before `method` was used, or null for the first one. */
function previousSpan(method: AssessmentMethod): MethodSpan | null {
  const previous = methodOfYear(method.firstYear - 1).method;
  if (previous.id === method.id) return null;
  return { first: previous.firstYear, last: previous.lastYear ?? method.firstYear - 1 };
}

export function dimensionYear(
  ds: { dimensions: readonly Dimension[]; defaultDimensions?: true },
  dims: readonly Dimension[],
  year: number,
): DimensionYear {
  const { method } = methodOfYear(year);
  const weights = yearWeights(ds, year);
  const columns = dims.map((d): DimensionColumn => {
    const weight = weights.known ? (weights.dimensions.find((w) => w.key === d.key)?.weight ?? null) : null;
    return { key: d.key, label: d.label, weight };
  });
  const maladministrasi = method.id === 'maladministrasi';
  const before = maladministrasi ? previousSpan(method) : null;
  return {
    method,
    unpublishedDimensions: maladministrasi,
    columns,
    weightsUnknown: weights.known ? null : weights.provenance,
    notComparable: before ? { from: method.firstYear, before } : null,
  };
}

/** "2022–2024", or one year where the method lasted one. */
export function spanText(span: MethodSpan): string {
  return span.first === span.last ? String(span.first) : `${span.first}–${span.last}`;
}

/** True when some column shows a weight: otherwise a table leaves its weight column out. */
export function anyWeight(columns: readonly DimensionColumn[]): boolean {
  return columns.some((c) => c.weight !== null);
}

/**
 * A column's header on screen, in the exported image and in the CSV: "Input · 21,85%" where the year
 * has weights, just "Input" where it has none.
 */
export function columnHeaderText(
  column: DimensionColumn,
  withWeight: (p: { label: string; weight: string }) => string,
  percent: (value: number) => string,
): string {
  return column.weight === null ? column.label : withWeight({ label: column.label, weight: percent(column.weight) });
}
