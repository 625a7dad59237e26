// Which level to show for an entity or a unit: the one the Ombudsman published wins; without one, the
// level Rapor derives from the score, which the interface marks as derived wherever its cut points
// are not official (from 2025: inferred).
import type { Opinion, Score, UnitQuality, UnitRecord, GradeScale } from './model';
import { levelOf, levelOfQuality, type LevelResult } from './levels';
import { LEVEL_OF_UNIT_WORD } from './methods';

export type ShownLevel =
  | {
      origin: 'published';
      /** An entity gets an opinion (or grade); a unit, from 2025, a quality word. */
      subject: 'entity' | 'unit';
      level: LevelResult;
      /** The entity's opinion as published (level and Tanpa Maladministrasi). */
      opinion?: Opinion;
      /** The unit's quality word as published. */
      unitWord?: UnitQuality;
    }
  | { origin: 'derived'; subject: 'entity' | 'unit'; level: LevelResult };

/**
 * True when the shown level is Rapor's own reading of a score on cut points nobody published (from
 * 2025: inferred). The Ombudsman's table and a file's own scale are not guesses.
 */
export function isDerivedGuess(shown: ShownLevel | null): boolean {
  return shown !== null && shown.origin === 'derived' && shown.level.basis === 'inferred';
}

function derived(subject: 'entity' | 'unit', score: Score, year: number, override?: GradeScale): ShownLevel | null {
  const level = levelOf(score, year, override);
  return level ? { origin: 'derived', subject, level } : null;
}

/** An entity's level: its published opinion, else the level of its score. */
export function entityLevel(
  score: Score,
  year: number,
  opinion: Opinion | undefined,
  override?: GradeScale,
): ShownLevel | null {
  if (opinion) {
    const level = levelOfQuality(opinion.level, year);
    if (level) return { origin: 'published', subject: 'entity', level, opinion };
  }
  return derived('entity', score, year, override);
}

/** A unit's level: its published quality word, else the level of its total. */
export function unitLevel(record: UnitRecord, override?: GradeScale): ShownLevel | null {
  if (record.quality) {
    const level = levelOfQuality(LEVEL_OF_UNIT_WORD[record.quality], record.year);
    if (level) return { origin: 'published', subject: 'unit', level, unitWord: record.quality };
  }
  return derived('unit', record.total, record.year, override);
}
