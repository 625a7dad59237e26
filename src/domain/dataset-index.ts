import type { Dataset, InstitutionResult, UnitRecord } from './model';
import { compareNames } from './names';

/** One year of a dataset, looked up by entity. */
export interface YearIndex {
  year: number;
  /** Entities with a unit record or a reported figure in the year, in name order. */
  entities: readonly string[];
  /** Each entity's unit records in the year, in input order. */
  unitsByEntity: ReadonlyMap<string, readonly UnitRecord[]>;
  /** Each entity's reported figure in the year (the first, when the input repeats one). */
  reportedByEntity: ReadonlyMap<string, InstitutionResult>;
}

/**
 * A dataset's records and reported figures grouped once, so that a question about one entity in one
 * year costs its units, not a pass over every record: with 587 entities × 7 units × 3 years, each
 * pass is 12,000 records, and a view asks dozens of such questions per render.
 */
export interface DatasetIndex {
  /** Years with a unit record or a reported figure, ascending. */
  years: readonly number[];
  /** The latest year with a unit record; undefined when there are none. */
  latestRecordYear: number | undefined;
  /** Every entity in any year, in name order. */
  entities: readonly string[];
  byYear: ReadonlyMap<number, YearIndex>;
  /** Each entity's unit records over all years, in input order. */
  recordsByEntity: ReadonlyMap<string, readonly UnitRecord[]>;
  /** Unit types that occur (empty types left out), in name order. */
  unitTypes: readonly string[];
  /** Any record's dimension scores are illustrative. */
  illustrative: boolean;
}

const NO_RECORDS: readonly UnitRecord[] = [];

interface YearDraft {
  unitsByEntity: Map<string, UnitRecord[]>;
  reportedByEntity: Map<string, InstitutionResult>;
}

/** Groups a dataset by year and entity. Pure: the same dataset gives an equal index. */
export function buildDatasetIndex(ds: Dataset): DatasetIndex {
  const drafts = new Map<number, YearDraft>();
  const draftOf = (year: number): YearDraft => {
    let draft = drafts.get(year);
    if (!draft) {
      draft = { unitsByEntity: new Map(), reportedByEntity: new Map() };
      drafts.set(year, draft);
    }
    return draft;
  };
  const recordsByEntity = new Map<string, UnitRecord[]>();
  const unitTypes = new Set<string>();
  let latestRecordYear: number | undefined;
  let illustrative = false;

  // Records usually come grouped by entity and year: the lists of the previous record are reused
  // while they match, which saves most map look-ups on a large dataset.
  let lastYear: number | undefined;
  let lastName: string | undefined;
  let yearList: UnitRecord[] = [];
  let entityList: UnitRecord[] = [];
  let lastType: string | undefined;
  for (const r of ds.records) {
    if (r.institution !== lastName) {
      lastName = r.institution;
      lastYear = undefined;
      const list = recordsByEntity.get(r.institution);
      if (list) entityList = list;
      else recordsByEntity.set(r.institution, (entityList = []));
    }
    if (r.year !== lastYear) {
      lastYear = r.year;
      const units = draftOf(r.year).unitsByEntity;
      const list = units.get(r.institution);
      if (list) yearList = list;
      else units.set(r.institution, (yearList = []));
      if (latestRecordYear === undefined || r.year > latestRecordYear) latestRecordYear = r.year;
    }
    yearList.push(r);
    entityList.push(r);
    if (r.unitType !== lastType && r.unitType !== undefined && r.unitType !== '') {
      lastType = r.unitType;
      unitTypes.add(r.unitType);
    }
    if (r.illustrative) illustrative = true;
  }
  for (const i of ds.institutions) {
    const reported = draftOf(i.year).reportedByEntity;
    if (!reported.has(i.name)) reported.set(i.name, i);
  }

  // One sort of every name; each year keeps that order by filtering it (a collator sort is the costly part).
  const allNames = new Set(recordsByEntity.keys());
  for (const i of ds.institutions) allNames.add(i.name);
  const entities = [...allNames].sort(compareNames);
  const years = [...drafts.keys()].sort((a, b) => a - b);
  const byYear = new Map<number, YearIndex>();
  for (const year of years) {
    const draft = drafts.get(year);
    if (!draft) continue;
    const { unitsByEntity, reportedByEntity } = draft;
    byYear.set(year, {
      year,
      entities: entities.filter((name) => unitsByEntity.has(name) || reportedByEntity.has(name)),
      unitsByEntity,
      reportedByEntity,
    });
  }

  return {
    years,
    latestRecordYear,
    entities,
    byYear,
    recordsByEntity,
    unitTypes: [...unitTypes].sort(compareNames),
    illustrative,
  };
}

interface CachedIndex {
  records: readonly UnitRecord[];
  recordCount: number;
  institutions: readonly InstitutionResult[];
  institutionCount: number;
  index: DatasetIndex;
}

const cache = new WeakMap<Dataset, CachedIndex>();

/**
 * The dataset's index, built on first use and kept while the dataset object lives. A loaded dataset
 * is never changed in place; should its record or institution list be replaced or grow (as tests
 * do with fixtures), the index is built again.
 */
export function datasetIndex(ds: Dataset): DatasetIndex {
  const cached = cache.get(ds);
  if (
    cached &&
    cached.records === ds.records &&
    cached.recordCount === ds.records.length &&
    cached.institutions === ds.institutions &&
    cached.institutionCount === ds.institutions.length
  ) {
    return cached.index;
  }
  const index = buildDatasetIndex(ds);
  cache.set(ds, {
    records: ds.records,
    recordCount: ds.records.length,
    institutions: ds.institutions,
    institutionCount: ds.institutions.length,
    index,
  });
  return index;
}

/** An entity's unit records in one year, in input order; empty when it has none. */
export function unitsInYear(index: DatasetIndex, institution: string, year: number): readonly UnitRecord[] {
  return index.byYear.get(year)?.unitsByEntity.get(institution) ?? NO_RECORDS;
}

/** An entity's unit records over all years, in input order; empty when it has none. */
export function recordsOfEntity(index: DatasetIndex, institution: string): readonly UnitRecord[] {
  return index.recordsByEntity.get(institution) ?? NO_RECORDS;
}

/** The entities of one year in name order, or of every year when `year` is undefined. */
export function entitiesIn(index: DatasetIndex, year?: number): readonly string[] {
  if (year === undefined) return index.entities;
  return index.byYear.get(year)?.entities ?? [];
}

/** The entity has a unit record or a reported figure in the year. */
export function entityInYear(index: DatasetIndex, institution: string, year: number): boolean {
  const y = index.byYear.get(year);
  return y !== undefined && (y.unitsByEntity.has(institution) || y.reportedByEntity.has(institution));
}
