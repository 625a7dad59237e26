// How a level reads: the Ombudsman's words where it published them, Rapor's derived level marked as
// derived in words (from 2025 the cut points are inferred), never a zone where the year has none.
import type { LevelResult } from '../../domain/levels';
import { UNIT_WORD_OF_LEVEL, type MethodChange } from '../../domain/methods';
import { isDerivedGuess, type ShownLevel } from '../../domain/shown-level';
import type { Messages } from './messages';

type Words = Pick<Messages, 'grade'>;

/** The level's own name: "Opini A", "Kualitas Tinggi" or "Zona Kuning". */
export function levelName(level: LevelResult, t: Words): string {
  if (level.grade !== undefined) return t.grade.letter({ grade: level.grade });
  if (level.quality !== undefined) return t.grade.quality[level.quality];
  return level.zone !== undefined ? t.grade.zone[level.zone] : '—';
}

/** The level's short name for axes and table cells: "A", "Tertinggi", "Hijau". */
export function levelShort(level: LevelResult, t: Words): string {
  if (level.grade !== undefined) return level.grade;
  if (level.quality !== undefined) return t.grade.qualityShort[level.quality];
  return level.zone !== undefined ? t.grade.zoneShort[level.zone] : '—';
}

/** The words of a shown level without the derived mark: the opinion, the unit word, the grade or the zone. */
export function shownLevelWords(shown: ShownLevel, t: Words, form: 'long' | 'short'): string {
  const { level } = shown;
  if (shown.origin === 'published' && shown.unitWord) return t.grade.unitWord[shown.unitWord];
  if (shown.origin === 'published' && shown.opinion) {
    const quality = t.grade.quality[shown.opinion.level];
    return shown.opinion.tanpaMaladministrasi === true ? `${quality} ${t.grade.tanpaMaladministrasi}` : quality;
  }
  // A unit of the opinion years gets a quality word, not an opinion; Terendah has none.
  const word =
    shown.subject === 'unit' && level.method === 'maladministrasi' && level.quality
      ? UNIT_WORD_OF_LEVEL[level.quality]
      : undefined;
  if (word) return t.grade.unitWord[word];
  return form === 'short' ? levelShort(level, t) : levelName(level, t);
}

/**
 * A shown level as one piece of text for a cell, a tooltip or a CSV: "Kualitas Tinggi Tanpa
 * Maladministrasi", "Sangat Baik", "A", and "Baik (dihitung dari nilai)" where Rapor derived it.
 */
export function shownLevelText(shown: ShownLevel | null, t: Words, form: 'long' | 'short' = 'short'): string {
  if (!shown) return '—';
  const words = shownLevelWords(shown, t, form);
  return isDerivedGuess(shown) ? `${words} (${t.grade.derivedMark})` : words;
}

/** The level with its zone where the year has zones: "Opini A · Zona Hijau"; from 2025, no zone. */
export function levelWithZone(shown: ShownLevel | null, t: Words): string {
  if (!shown) return '—';
  const text = shownLevelText(shown, t, 'long');
  const { level } = shown;
  return level.zone !== undefined && level.grade !== undefined ? `${text} · ${t.grade.zone[level.zone]}` : text;
}

/** "Penilaian Kepatuhan" or "Penilaian Maladministrasi · Opini Ombudsman RI", with an English gloss in English. */
export function assessmentName(method: { id: string; shortName: string }, t: Pick<Messages, 'method'>): string {
  const gloss = t.method.gloss[method.id];
  return gloss ? `${method.shortName} (${gloss})` : method.shortName;
}

/** "Metode penilaian berganti pada 2025: Penilaian Kepatuhan menjadi Penilaian Maladministrasi · Opini Ombudsman RI. …" */
export function methodChangeText(change: MethodChange, t: Pick<Messages, 'method'>): string {
  return t.method.changed({
    year: change.year,
    from: assessmentName(change.from, t),
    to: assessmentName(change.to, t),
  });
}
