import type { AllMessages } from '../../lib/i18n/messages';
import type { TrendCsvLabels } from './trend-csv';

/** Column headers and cell words for the trend CSVs, in the current language. */
export function csvLabels(t: AllMessages): TrendCsvLabels {
  return {
    year: t.trends.year,
    score: t.trends.score,
    basis: t.trends.basis,
    mean: t.trends.mean,
    gradeOrZone: t.trends.gradeOrZone,
    method: t.trends.csvMethod,
    reportedText: t.trends.reported,
    meanText: t.trends.mean,
    notAssessedText: t.grade.notAssessed,
    words: t,
  };
}
