import { unitsOf, type EntityYearQuery } from '../../domain/aggregate';
import { shortcutYearOverYear } from '../../domain/comparison';
import { type CompareKey } from '../../domain/compare-keys';
import type { Dataset } from '../../domain/model';
import { compareNames } from '../../domain/names';

export interface YearOverYearOption {
  /** Full unit name. */
  unit: string;
  label: string;
  /** The previous year's and this year's keys; empty when no earlier year exists. */
  keys: CompareKey[];
  previousYear: number | null;
}

/**
 * The selected entity's units in the selected year, each with its year-over-year pair, in the
 * order of the names the select shows.
 */
export function yearOverYearOptions(ds: Dataset, q: EntityYearQuery): YearOverYearOption[] {
  return [...unitsOf(ds, q)]
    .sort((a, b) => compareNames(a.unitShort ?? a.unit, b.unitShort ?? b.unit))
    .filter((r, i, all) => all.findIndex((o) => o.unit === r.unit) === i)
    .map((r) => {
      const keys = shortcutYearOverYear(ds, { institution: r.institution, year: r.year, unit: r.unit });
      return { unit: r.unit, label: r.unitShort ?? r.unit, keys, previousYear: keys[0]?.year ?? null };
    });
}

/** The option the picker starts on: the first unit with an earlier year, else the first unit. */
export function defaultYearOverYear(options: readonly YearOverYearOption[]): YearOverYearOption | null {
  return options.find((o) => o.keys.length > 0) ?? options[0] ?? null;
}
