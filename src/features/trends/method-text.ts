import type { MethodChange } from '../../domain/methods';
import { methodChangeText } from '../../lib/i18n/level-text';
import type { Messages } from '../../lib/i18n/messages';

export function methodChangeTexts(changes: readonly MethodChange[], t: Pick<Messages, 'method'>): string[] {
  return changes.map((change) => methodChangeText(change, t));
}

/** The exported image's footer line: the sources, then what a reader must know to read the chart. */
export function exportFooterLine(source: string | null, notes: readonly string[]): string {
  return [source, ...notes].filter((text): text is string => Boolean(text)).join(' · ');
}
