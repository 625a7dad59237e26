import type { RankedUnit } from '../../domain/aggregate';
import { levelsOfYear } from '../../domain/levels';
import type { GradeScale } from '../../domain/model';
import type { RankingRow, ScoreBand } from '../../components/charts/UnitRankingChart';
import { keepEdges } from '../../components/charts/edge-rows';
import { scoreBands as bandsOfLevels } from '../../components/charts/score-axis';
import type { CsvTable } from '../../components/ui/chart-export';
import { shownLevelText } from '../../lib/i18n/level-text';
import type { Messages } from '../../lib/i18n/messages';

/** Ranked units as chart rows; unknown totals are left out of the bars (the table still lists them). */
export function toRankingRows(ranked: readonly RankedUnit[], t: Pick<Messages, 'grade'>): RankingRow[] {
  return ranked
    .filter((r) => r.total !== null)
    .map((r) => {
      const row: RankingRow = {
        id: `${r.record.institution}|${r.record.year}|${r.record.unit}`,
        label: r.record.unitShort ?? r.record.unit,
        fullName: r.record.unit,
        total: r.total,
        flagged: r.needsCoaching,
        totalComputed: r.record.totalComputed,
      };
      if (r.level) row.levelText = shownLevelText(r.level, t, 'long');
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

/** The year's levels as background bands of the 0–100 axis: grades and zones, zones, or opinion levels. */
export function scoreBands(year: number, override?: GradeScale): ScoreBand[] {
  return bandsOfLevels(levelsOfYear(year, override));
}

/** The ranking as CSV: the same units, order and values as the chart and its table. */
export function rankingCsv(
  ranked: readonly RankedUnit[],
  labels: {
    rank: string;
    unit: string;
    short: string;
    total: string;
    /** The level column's name in the year's method: Opini, Zona or Kualitas. */
    level: string;
    flagged: string;
    flaggedText: string;
    /** The published compliance level's column, there only when a unit has one (from 2025). */
    compliance: string;
  },
  t: Pick<Messages, 'grade'>,
): CsvTable {
  const withCompliance = ranked.some((r) => r.record.compliance !== undefined);
  return {
    columns: [
      labels.rank,
      labels.unit,
      labels.short,
      labels.total,
      labels.level,
      ...(withCompliance ? [labels.compliance] : []),
      labels.flagged,
    ],
    rows: ranked.map((r) => [
      r.rank,
      r.record.unit,
      r.record.unitShort ?? null,
      r.total,
      // A derived level says so in the cell: "Baik (dihitung dari nilai)".
      r.level ? shownLevelText(r.level, t) : null,
      ...(withCompliance ? [r.record.compliance ?? null] : []),
      r.needsCoaching ? labels.flaggedText : null,
    ]),
  };
}
