import type { Dataset, UnitRecord } from './model';

/** A record as the data contract writes it: computed totals and default flags left out. */
function canonicalRecord(record: UnitRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    year: record.year,
    institution: record.institution,
    unit: record.unit,
  };
  if (record.unitShort !== undefined) out.unitShort = record.unitShort;
  if (record.unitType !== undefined) out.unitType = record.unitType;
  // A computed total is derived data: leaving it out lets the reader compute (and mark) it again.
  if (!record.totalComputed) out.total = record.total;
  if (Object.keys(record.dimensions).length > 0) out.dimensions = { ...record.dimensions };
  if (record.illustrative) out.illustrative = true;
  if (record.source !== undefined) out.source = { ...record.source };
  return out;
}

/**
 * The dataset in the canonical JSON of the data contract (README), e.g. to publish a CSV import
 * for an API or a static server. Reading it back gives the same dataset.
 */
export function toCanonicalJson(dataset: Dataset): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (dataset.title !== undefined) out.title = dataset.title;
  if (dataset.source !== undefined) out.source = { ...dataset.source };
  out.dimensions = dataset.dimensions.map((d) => ({ ...d }));
  if (dataset.gradeScale !== undefined) out.gradeScale = dataset.gradeScale.map((b) => ({ ...b }));
  out.institutions = dataset.institutions.map((i) => ({ ...i }));
  out.records = dataset.records.map(canonicalRecord);
  return out;
}
