import type { UnitRecord } from './model';

export interface RecordFilter {
  year?: number;
  institution?: string;
  unitType?: string;
}

/** Records matching every given criterion; an absent criterion matches all. Keeps input order. */
export function filterRecords(records: readonly UnitRecord[], filter: RecordFilter): UnitRecord[] {
  return records.filter(
    (r) =>
      (filter.year === undefined || r.year === filter.year) &&
      (filter.institution === undefined || r.institution === filter.institution) &&
      (filter.unitType === undefined || r.unitType === filter.unitType),
  );
}
