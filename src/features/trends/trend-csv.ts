import { methodOfYear } from '../../domain/methods';
import type { ShownLevel } from '../../domain/shown-level';
import type { PeerRow } from '../../domain/trends';
import type { TrendChartPoint } from '../../components/charts/ScoreTrendChart';
import type { CsvCell, CsvTable } from '../../components/ui/chart-export';
import { assessmentName, levelWithZone } from '../../lib/i18n/level-text';
import type { Messages } from '../../lib/i18n/messages';
import type { UnitTrendTableRow } from './trend-rows';

export interface TrendCsvLabels {
  year: string;
  score: string;
  basis: string;
  mean: string;
  gradeOrZone: string;
  method: string;
  reportedText: string;
  meanText: string;
  notAssessedText: string;
  /** The words level-text.ts reads levels and method names with. */
  words: Pick<Messages, 'grade' | 'method'>;
}

/** The year's own level: a grade with its zone, a zone, or from 2025 the opinion (no zone); derived marked. */
function levelCell(level: ShownLevel | null, words: TrendCsvLabels['words']): CsvCell {
  return level === null ? null : levelWithZone(level, words);
}

function basisCell(
  row: { score: number | null; reported: boolean; assessed: boolean },
  labels: Pick<TrendCsvLabels, 'reportedText' | 'meanText' | 'notAssessedText'>,
): CsvCell {
  // Not assessed is said in words: it is not an empty (unknown) score.
  if (!row.assessed) return labels.notAssessedText;
  if (row.score === null) return null;
  return row.reported ? labels.reportedText : labels.meanText;
}

/**
 * The entity line as CSV: each year, its score and basis, the units' mean, the level and the year's
 * assessment method (the column where a change of method shows).
 */
export function entityTrendCsv(points: readonly TrendChartPoint[], labels: TrendCsvLabels): CsvTable {
  return {
    columns: [labels.year, labels.score, labels.basis, labels.mean, labels.gradeOrZone, labels.method],
    rows: points.map((p) => [
      p.year,
      p.score,
      basisCell(p, labels),
      p.computedMean,
      levelCell(p.level, labels.words),
      assessmentName(methodOfYear(p.year).method, labels.words),
    ]),
  };
}

/** The unit lines as CSV: one row per unit, one column per year, then the change. */
export function unitTrendCsv(
  years: readonly number[],
  rows: readonly UnitTrendTableRow[],
  labels: { unit: string; short: string; change: string },
): CsvTable {
  return {
    columns: [labels.unit, labels.short, ...years.map(String), labels.change],
    rows: rows.map((r) => [r.unit, r.label === r.unit ? null : r.label, ...r.totals, r.change]),
  };
}

/** The year's ranking as CSV: every entity, including those the chart leaves out and those not assessed. */
export function peerCsv(
  peers: readonly PeerRow[],
  selected: string,
  labels: Omit<TrendCsvLabels, 'year' | 'mean' | 'method'> & { rank: string; entity: string; selected: string },
): CsvTable {
  return {
    columns: [labels.rank, labels.entity, labels.score, labels.basis, labels.gradeOrZone, labels.selected],
    rows: peers.map((p) => [
      p.rank,
      p.name,
      p.score,
      basisCell(p, labels),
      levelCell(p.level, labels.words),
      p.name === selected ? labels.selected : null,
    ]),
  };
}
