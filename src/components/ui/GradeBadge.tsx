import type { ShownLevel } from '../../domain/shown-level';
import { isDerivedGuess } from '../../domain/shown-level';
import { useI18n } from '../../lib/i18n/i18n-context';
import { shownLevelWords } from '../../lib/i18n/level-text';

const ZONE_CLASS = {
  hijau: 'border-zone-hijau text-zone-hijau',
  kuning: 'border-zone-kuning text-zone-kuning',
  merah: 'border-zone-merah text-zone-merah',
} as const;

/**
 * A level in words: up to 2024 the grade letter and its zone, from 2025 the opinion or quality word
 * (no zone), and "dihitung dari nilai" where Rapor derived it. Colour repeats what the text says.
 */
export function GradeBadge({ grade, size = 'md' }: { grade: ShownLevel | null; size?: 'md' | 'lg' }) {
  const { t } = useI18n();
  if (!grade) return <span className="text-sm text-muted">{t.grade.unknown}</span>;
  const big = size === 'lg';
  const { level } = grade;
  const zone = level.zone;
  if (level.grade !== undefined && zone !== undefined) {
    return (
      <span className="inline-flex items-center gap-2" data-testid="level-badge">
        <span
          className={`inline-grid place-items-center rounded-md border-2 font-bold ${ZONE_CLASS[zone]} ${big ? 'h-10 w-10 text-2xl' : 'h-6 w-6 text-sm'}`}
          aria-label={t.grade.letter({ grade: level.grade })}
        >
          {level.grade}
        </span>
        <span className={big ? 'text-sm leading-tight' : 'text-xs leading-tight'}>
          <span className="block font-medium text-ink">{t.grade.label[level.grade] ?? level.grade}</span>
          <span className={`block ${ZONE_CLASS[zone].split(' ')[1]}`}>{t.grade.zone[zone]}</span>
        </span>
      </span>
    );
  }
  if (zone !== undefined) {
    return (
      <span
        data-testid="level-badge"
        className={`${big ? 'text-sm' : 'text-xs'} font-medium ${ZONE_CLASS[zone].split(' ')[1]}`}
      >
        {t.grade.zone[zone]}
      </span>
    );
  }
  // From 2025: the opinion or the unit's quality word, as words in a neutral frame (no zone colour).
  const derived = isDerivedGuess(grade);
  return (
    <span
      data-testid="level-badge"
      className={`inline-block rounded-md border px-2 py-1 leading-tight ${derived ? 'border-dashed border-line' : 'border-accent'} ${big ? 'text-base' : 'text-xs'}`}
    >
      <span className="font-semibold text-ink">{shownLevelWords(grade, t, 'long')}</span>
      {derived && <span className="block text-xs text-muted">{t.grade.derivedMark}</span>}
    </span>
  );
}
