import type { Dataset, Score } from './model';
import { compareNames, entitiesOf, summarizeEntity, yearsOf } from './aggregate';
import { gradeOf, type GradeResult } from './grades';
import { roundTo } from './stats';

export interface TrendPoint {
  year: number;
  score: Score;
  /** The score is the officially reported figure, not the computed mean. */
  reported: boolean;
}

function entityAppearsIn(ds: Dataset, name: string, year: number): boolean {
  return (
    ds.records.some((r) => r.institution === name && r.year === year) ||
    ds.institutions.some((i) => i.name === name && i.year === year)
  );
}

/** The entity's score for each year it appears in, oldest first. */
export function entityTrend(ds: Dataset, name: string): TrendPoint[] {
  return yearsOf(ds)
    .filter((year) => entityAppearsIn(ds, name, year))
    .map((year) => {
      const summary = summarizeEntity(ds, name, year);
      return { year, score: summary.score, reported: summary.scoreIsReported };
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
  const records = ds.records.filter((r) => r.institution === name).sort((a, b) => a.year - b.year);
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
  grade: GradeResult | null;
}

/** Every entity of a year, highest score first (reported figure, else computed mean), unknown last. */
export function peerRanking(ds: Dataset, year: number): PeerRow[] {
  const rows = entitiesOf(ds, year).map((name): PeerRow => {
    const summary = summarizeEntity(ds, name, year);
    return {
      name,
      score: summary.score,
      reported: summary.scoreIsReported,
      rank: null,
      grade: gradeOf(summary.score, year, ds.gradeScale),
    };
  });
  rows.sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score !== b.score) return a.score === null ? 1 : -1;
    } else {
      const diff = roundTo(b.score, 2) - roundTo(a.score, 2);
      if (diff !== 0) return diff;
    }
    return compareNames(a.name, b.name);
  });
  let previous: number | null = null;
  let rank = 0;
  rows.forEach((row, position) => {
    if (row.score === null) return;
    const published = roundTo(row.score, 2);
    if (published !== previous) rank = position + 1;
    previous = published;
    row.rank = rank;
  });
  return rows;
}
