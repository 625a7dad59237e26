import { dimensionMeans, dimensionsOf, isKnownScore, rankUnits, unitsOf } from './aggregate';
import { dimensionFocus, type DimensionGap } from './coaching';
import { datasetIndex, recordsOfEntity } from './dataset-index';
import { nextLevelUp, type LevelResult } from './levels';
import { unitLevel, type ShownLevel } from './shown-level';
import type { Dataset, Score, UnitRecord } from './model';
import { isBelowMean, meanOf } from './stats';

export interface UnitDimensionRow {
  key: string;
  label: string;
  weight: number;
  score: Score;
  /** The entity's mean for this dimension in the same year. */
  mean: Score;
  /** score − mean; null when either is unknown. */
  diff: number | null;
  below: boolean;
}

export interface UnitYear {
  year: number;
  total: Score;
  level: ShownLevel | null;
}

export interface UnitDetail {
  record: UnitRecord;
  level: ShownLevel | null;
  rank: number | null;
  /** How many units the entity has that year. */
  of: number;
  entityMean: Score;
  belowMean: boolean;
  nextLevel: { level: LevelResult; gap: number } | null;
  dimensions: UnitDimensionRow[];
  /** Dimensions below the entity's mean, largest weighted effect first. */
  focus: DimensionGap[];
  /** The unit's totals in every year of the dataset it appears in, oldest first. */
  history: UnitYear[];
}

/** Everything the unit detail shows, for one unit of one entity in one year; null if it is not there. */
export function unitDetail(ds: Dataset, q: { institution: string; year: number; unit: string }): UnitDetail | null {
  const entityUnits = unitsOf(ds, { institution: q.institution, year: q.year });
  const record = entityUnits.find((r) => r.unit === q.unit);
  if (!record) return null;
  const entityMean = meanOf(entityUnits.map((u) => u.total));
  const ranked = rankUnits(entityUnits, { mean: entityMean, gradeScale: ds.gradeScale });
  const mine = ranked.find((r) => r.record === record);
  const means = dimensionMeans(dimensionsOf(ds), entityUnits);

  const dimensions = dimensionsOf(ds).map((d): UnitDimensionRow => {
    const score = record.dimensions[d.key] ?? null;
    const mean = means[d.key] ?? null;
    const diff = isKnownScore(score) && isKnownScore(mean) ? score - mean : null;
    return { key: d.key, label: d.label, weight: d.weight, score, mean, diff, below: isBelowMean(score, mean) };
  });

  const history = recordsOfEntity(datasetIndex(ds), q.institution)
    .filter((r) => r.unit === q.unit)
    .sort((a, b) => a.year - b.year)
    .map((r): UnitYear => ({ year: r.year, total: r.total, level: unitLevel(r, ds.gradeScale) }));

  return {
    record,
    level: unitLevel(record, ds.gradeScale),
    rank: mine?.rank ?? null,
    of: entityUnits.length,
    entityMean,
    belowMean: mine?.belowMean ?? false,
    nextLevel: nextLevelUp(record.total, q.year, ds.gradeScale),
    dimensions,
    focus: dimensionFocus(ds, record, means),
    history,
  };
}
