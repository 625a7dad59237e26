// A score's level in its year's method: a grade with its zone (2022–2024), a zone (up to 2021) or an
// opinion level (from 2025), from the method registry. A dataset's own grade scale replaces the
// registry's where the year has grades or zones; it never gives a zone to a year that has none.
import type { GradeScale, QualityLevel, Score } from './model';
import { hasGrades, hasZones, methodOfYear, type Level, type MethodId } from './methods';
import { roundTo } from './stats';

export interface LevelResult extends Level {
  method: MethodId;
  /** Lowest score of the level above (exclusive), or 100 for the top level. */
  max: number;
  /** Where the cut points come from: the Ombudsman, an inference (2025), or the dataset's own scale. */
  basis: 'official' | 'press' | 'inferred' | 'rapor' | 'dataset';
}

const TOP_SCORE = 100;

interface Scale {
  method: MethodId;
  levels: readonly Level[];
  basis: LevelResult['basis'];
}

const datasetScales = new WeakMap<GradeScale, readonly Level[]>();

/** A dataset scale as levels, highest first (it may come in any order); sorted once per scale. */
function datasetLevels(scale: GradeScale): readonly Level[] {
  let levels = datasetScales.get(scale);
  if (!levels) {
    levels = [...scale]
      .sort((a, b) => b.min - a.min)
      .map((band) => (band.grade === undefined ? { min: band.min, zone: band.zone } : { ...band }));
    datasetScales.set(scale, levels);
  }
  return levels;
}

function scaleOf(year: number, override?: GradeScale): Scale {
  const { method } = methodOfYear(year);
  if (override && override.length > 0 && (hasGrades(method) || hasZones(method))) {
    return { method: method.id, levels: datasetLevels(override), basis: 'dataset' };
  }
  return { method: method.id, levels: method.levels, basis: method.levelsProvenance.kind };
}

/** The levels of a year, highest first, each with its upper bound: the bands of a 0–100 axis. */
export function levelsOfYear(year: number, override?: GradeScale): LevelResult[] {
  const scale = scaleOf(year, override);
  return scale.levels.map((_, index) => resultAt(scale, index)).filter((r): r is LevelResult => r !== null);
}

function resultAt(scale: Scale, index: number): LevelResult | null {
  const level = scale.levels[index];
  if (!level) return null;
  const above = scale.levels[index - 1];
  return { ...level, method: scale.method, max: above ? above.min : TOP_SCORE, basis: scale.basis };
}

/**
 * Index of the level holding the score. Scores are judged as published, at two decimals, so a
 * computed mean of 87.996 shown as "88.00" is in the level from 88, and float noise cannot cross an edge.
 */
function levelIndex(levels: readonly Level[], score: Score): number {
  if (score === null || !Number.isFinite(score)) return -1;
  const published = roundTo(score, 2);
  return levels.findIndex((level) => published >= level.min);
}

/** The level a score falls in, in its year's method; null for an unknown score. */
export function levelOf(score: Score, year: number, override?: GradeScale): LevelResult | null {
  const scale = scaleOf(year, override);
  return resultAt(scale, levelIndex(scale.levels, score));
}

/** The level just above the score's level and the points still missing to reach it. */
export function nextLevelUp(
  score: Score,
  year: number,
  override?: GradeScale,
): { level: LevelResult; gap: number } | null {
  if (score === null) return null;
  const scale = scaleOf(year, override);
  const index = levelIndex(scale.levels, score);
  if (index <= 0) return null;
  const level = resultAt(scale, index - 1);
  return level ? { level, gap: level.min - score } : null;
}

/** The registry's level of a quality word in a year (for a published opinion or unit word), or null. */
export function levelOfQuality(quality: QualityLevel, year: number): LevelResult | null {
  const scale = scaleOf(year);
  return resultAt(
    scale,
    scale.levels.findIndex((l) => l.quality === quality),
  );
}
