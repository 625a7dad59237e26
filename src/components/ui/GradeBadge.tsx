import type { GradeResult } from '../../domain/grades';
import { useI18n } from '../../lib/i18n/i18n-context';

const ZONE_CLASS = {
  hijau: 'border-zone-hijau text-zone-hijau',
  kuning: 'border-zone-kuning text-zone-kuning',
  merah: 'border-zone-merah text-zone-merah',
} as const;

/** Grade letter and zone in words: the colour repeats what the text says, never replaces it. */
export function GradeBadge({ grade, size = 'md' }: { grade: GradeResult | null; size?: 'md' | 'lg' }) {
  const { t } = useI18n();
  if (!grade) return <span className="text-sm text-muted">{t.grade.unknown}</span>;
  const big = size === 'lg';
  return (
    <span className="inline-flex items-center gap-2">
      {grade.grade && (
        <span
          className={`inline-grid place-items-center rounded-md border-2 font-bold ${ZONE_CLASS[grade.zone]} ${big ? 'h-10 w-10 text-2xl' : 'h-6 w-6 text-sm'}`}
          aria-label={t.grade.letter({ grade: grade.grade })}
        >
          {grade.grade}
        </span>
      )}
      <span className={big ? 'text-sm leading-tight' : 'text-xs leading-tight'}>
        {grade.grade && <span className="block font-medium text-ink">{t.grade.label[grade.grade] ?? grade.grade}</span>}
        <span className={`block ${ZONE_CLASS[grade.zone].split(' ')[1]}`}>{t.grade.zone[grade.zone]}</span>
      </span>
    </span>
  );
}
