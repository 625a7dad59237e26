// The compared items' assessment methods in words: a comparison across 2024 and 2025 crosses a
// change of method, and every view, note and export of it says so.
import { METHODS, methodChanges, type AssessmentMethod, type MethodId } from '../../domain/methods';
import type { Formatters } from '../../lib/format';
import { assessmentName, methodChangeText } from '../../lib/i18n/level-text';
import type { AllMessages } from '../../lib/i18n/messages';

function methodsOf(ids: readonly MethodId[]): AssessmentMethod[] {
  return ids.map((id) => METHODS.find((m) => m.id === id)).filter((m): m is AssessmentMethod => m !== undefined);
}

/** "Metode penilaian berganti pada 2025: Penilaian Kepatuhan menjadi …", one sentence per change among the years. */
export function methodChangeSentences(years: readonly number[], t: AllMessages): string[] {
  return methodChanges(years).map((change) => methodChangeText(change, t));
}

/** The assessments of the compared years, once each: for chart subtitles. */
export function assessmentsText(ids: readonly MethodId[], t: AllMessages, fmt: Formatters): string {
  return fmt.list([...new Set(methodsOf(ids).map((m) => assessmentName(m, t)))]);
}

/** The level row's name: "Opini" (2022–2024), "Kualitas" (units from 2025), both when the items span them. */
export function levelRowLabel(ids: readonly MethodId[], t: AllMessages): string {
  const labels = [...new Set(ids.map((id) => t.compare.levelRow[id]))];
  return labels.length > 0 ? labels.join(' / ') : t.chart.grade;
}
