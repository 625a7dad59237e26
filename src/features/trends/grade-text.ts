import type { GradeResult } from '../../domain/grades';
import type { Messages } from '../../lib/i18n/messages';

/** "A · Zona Hijau" from 2022, "Zona Kuning" for zone-only years, "—" when unknown. */
export function gradeShortText(grade: GradeResult | null, t: Messages): string {
  if (grade === null) return '—';
  return grade.grade ? `${grade.grade} · ${t.grade.zone[grade.zone]}` : t.grade.zone[grade.zone];
}
