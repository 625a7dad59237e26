import type { RankedUnit } from '../../domain/aggregate';
import { gradeScaleFor } from '../../domain/grades';
import type { GradeScale } from '../../domain/model';
import type { RankingRow, ScoreBand } from '../../components/charts/UnitRankingChart';
import { keepEdges } from '../../components/charts/edge-rows';
import type { CsvTable } from '../../lib/export/csv';

/** Ranked units as chart rows; unknown totals are left out of the bars (the table still lists them). */
export function toRankingRows(ranked: readonly RankedUnit[]): RankingRow[] {
  return ranked
    .filter((r) => r.total !== null)
    .map((r) => {
      const row: RankingRow = {
        id: `${r.record.institution}|${r.record.year}|${r.record.unit}`,
        label: r.record.unitShort ?? r.record.unit,
        fullName: r.record.unit,
        total: r.total,
        flagged: r.belowMean,
        totalComputed: r.record.totalComputed,
      };
      if (r.grade?.grade) row.gradeLetter = r.grade.grade;
      return row;
    });
}

export interface RankingChartRows {
  rows: RankingRow[];
  /** Units left out of the bars (the table lists them); 0 when every unit is drawn. */
  hidden: number;
}

/**
 * The bars of a long ranking: its top and bottom CHART_EDGE_ROWS, with one row naming the units in
 * between (`gapLabel(count)`), so an entity with dozens of units still reads at a glance.
 */
export function trimRankingRows(rows: readonly RankingRow[], gapLabel: (count: number) => string): RankingChartRows {
  const { items, hidden } = keepEdges(rows);
  return {
    hidden,
    rows: items.map((item, i) =>
      item.kind === 'row'
        ? item.row
        : {
            id: `gap-${i}`,
            label: gapLabel(item.hidden),
            fullName: '',
            total: null,
            flagged: false,
            totalComputed: false,
            hiddenCount: item.hidden,
          },
    ),
  };
}

/** The year's grade bands as background areas of the 0–100 axis. */
export function scoreBands(year: number, override?: GradeScale): ScoreBand[] {
  const bands = [...gradeScaleFor(year, override)].sort((a, b) => b.min - a.min);
  return bands.map((band, i) => {
    const scoreBand: ScoreBand = { min: band.min, max: bands[i - 1]?.min ?? 100, zone: band.zone };
    if (band.grade) scoreBand.grade = band.grade;
    return scoreBand;
  });
}

/** The ranking as CSV: the same units, order and values as the chart and its table. */
export function rankingCsv(
  ranked: readonly RankedUnit[],
  labels: {
    rank: string;
    unit: string;
    short: string;
    total: string;
    grade: string;
    flagged: string;
    flaggedText: string;
  },
): CsvTable {
  return {
    columns: [labels.rank, labels.unit, labels.short, labels.total, labels.grade, labels.flagged],
    rows: ranked.map((r) => [
      r.rank,
      r.record.unit,
      r.record.unitShort ?? null,
      r.total,
      r.grade?.grade ?? r.grade?.zone ?? null,
      r.belowMean ? labels.flaggedText : null,
    ]),
  };
}
