import type { Dataset, Score } from './model';
import { isKnownScore, summarizeEntity } from './aggregate';
import { datasetIndex, entitiesIn, entityInYear, recordsOfEntity, unitsInYear } from './dataset-index';
import { entityLevel, type ShownLevel } from './shown-level';
import type { MethodId } from './methods';
import { compareNames } from './names';
import { meanOf, roundTo } from './stats';

export interface TrendPoint {
  year: number;
  score: Score;
  /** The score is the officially reported figure, not the computed mean. */
  reported: boolean;
  /** False when the entity was not assessed that year: no score, and not a missing one. */
  assessed: boolean;
  /** The year's assessment method: a trend line breaks where it changes. */
  method: MethodId;
  level: ShownLevel | null;
}

/** The entity's score for each year it appears in, oldest first. */
export function entityTrend(ds: Dataset, name: string): TrendPoint[] {
  const index = datasetIndex(ds);
  return index.years
    .filter((year) => entityInYear(index, name, year))
    .map((year) => {
      const summary = summarizeEntity(ds, name, year);
      return {
        year,
        score: summary.score,
        reported: summary.scoreIsReported,
        assessed: summary.assessed,
        method: summary.method.method.id,
        level: summary.level,
      };
    });
}

export interface UnitTrend {
  unit: string;
  unitShort?: string;
  points: { year: number; total: Score }[];
}

/** Units of an entity found in more than one year, matched by unit name, in name order. */
export function unitTrends(ds: Dataset, name: string): UnitTrend[] {
  const byUnit = new Map<string, UnitTrend>();
  const records = [...recordsOfEntity(datasetIndex(ds), name)].sort((a, b) => a.year - b.year);
  for (const r of records) {
    let trend = byUnit.get(r.unit);
    if (!trend) {
      trend = { unit: r.unit, points: [] };
      byUnit.set(r.unit, trend);
    }
    // A duplicate unit in one year keeps its first record, as elsewhere.
    if (trend.points.some((p) => p.year === r.year)) continue;
    trend.points.push({ year: r.year, total: r.total });
    // The latest short name wins: records are in year order.
    if (r.unitShort !== undefined) trend.unitShort = r.unitShort;
  }
  return [...byUnit.values()].filter((t) => t.points.length > 1).sort((a, b) => compareNames(a.unit, b.unit));
}

export interface PeerRow {
  name: string;
  score: Score;
  reported: boolean;
  /** 1-based; equal scores (at two decimals) share a rank; null when the score is unknown. */
  rank: number | null;
  level: ShownLevel | null;
  /** False when the entity was not assessed in the year: listed last, without rank or score. */
  assessed: boolean;
}

/** Every entity of a year, highest score first (reported figure, else computed mean), unknown last. */
export function peerRanking(ds: Dataset, year: number): PeerRow[] {
  const index = datasetIndex(ds);
  const reportedByEntity = index.byYear.get(year)?.reportedByEntity;
  // Each score rounded once (ranks and ties are by the published two decimals), not per comparison.
  const ranked = entitiesIn(index, year).map((name) => {
    const institution = reportedByEntity?.get(name);
    const assessed = institution?.assessed !== false;
    const reportedScore = institution?.score;
    const reported = isKnownScore(reportedScore) ? reportedScore : null;
    const score = assessed ? (reported ?? meanOf(unitsInYear(index, name, year).map((u) => u.total))) : null;
    const row: PeerRow = {
      name,
      score,
      reported: reported !== null,
      rank: null,
      level: assessed ? entityLevel(score, year, institution?.opinion, ds.gradeScale) : null,
      assessed,
    };
    return { row, published: score === null ? null : roundTo(score, 2) };
  });
  // The year's entities come in name order and the sort is stable, so equal scores stay in name order.
  ranked.sort((a, b) => {
    if (a.published === null || b.published === null)
      return a.published === b.published ? 0 : a.published === null ? 1 : -1;
    return b.published - a.published;
  });
  let previous: number | null = null;
  let rank = 0;
  ranked.forEach(({ row, published }, position) => {
    if (published === null) return;
    if (published !== previous) rank = position + 1;
    previous = published;
    row.rank = rank;
  });
  return ranked.map(({ row }) => row);
}
