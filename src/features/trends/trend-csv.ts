import type { GradeResult } from '../../domain/grades';
import type { Zone } from '../../domain/model';
import type { PeerRow } from '../../domain/trends';
import type { TrendChartPoint } from '../../components/charts/ScoreTrendChart';
import type { CsvCell, CsvTable } from '../../lib/export/csv';
import type { UnitTrendTableRow } from './trend-rows';

export interface TrendCsvLabels {
  year: string;
  score: string;
  basis: string;
  mean: string;
  gradeOrZone: string;
  reportedText: string;
  meanText: string;
  zones: Record<Zone, string>;
}

function gradeCell(grade: GradeResult | null, zones: Record<Zone, string>): CsvCell {
  if (grade === null) return null;
  return grade.grade ?? zones[grade.zone];
}

function basisCell(score: number | null, reported: boolean, labels: Pick<TrendCsvLabels, 'reportedText' | 'meanText'>) {
  if (score === null) return null;
  return reported ? labels.reportedText : labels.meanText;
}

/** The entity line as CSV: each year, its score and basis, the units' mean and the grade (letter or zone). */
export function entityTrendCsv(points: readonly TrendChartPoint[], labels: TrendCsvLabels): CsvTable {
  return {
    columns: [labels.year, labels.score, labels.basis, labels.mean, labels.gradeOrZone],
    rows: points.map((p) => [
      p.year,
      p.score,
      basisCell(p.score, p.reported, labels),
      p.computedMean,
      gradeCell(p.grade, labels.zones),
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

/** The year's ranking as CSV: every entity, including those the chart leaves out. */
export function peerCsv(
  peers: readonly PeerRow[],
  selected: string,
  labels: Omit<TrendCsvLabels, 'year' | 'mean'> & { rank: string; entity: string; selected: string },
): CsvTable {
  return {
    columns: [labels.rank, labels.entity, labels.score, labels.basis, labels.gradeOrZone, labels.selected],
    rows: peers.map((p) => [
      p.rank,
      p.name,
      p.score,
      basisCell(p.score, p.reported, labels),
      gradeCell(p.grade, labels.zones),
      p.name === selected ? labels.selected : null,
    ]),
  };
}
