/**
 * Forgiving text search for pickers: case and diacritics do not matter, and every typed word must
 * appear somewhere, in any order ("sosial dinas" finds "Dinas Sosial").
 */

/** Lower case without diacritics, so "dinas sosial" finds "Dinas Sosial" and "lodz" finds "Łódź". */
export function foldForSearch(text: string): string {
  // ł has no decomposition in Unicode, so NFD leaves it whole.
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/gi, 'l').toLocaleLowerCase('id');
}

/** The folded words of a query; none for an empty or blank one. */
export function searchWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/** Whether a folded text holds every folded word (an empty word list matches everything). */
export function hasEveryWord(foldedText: string, words: readonly string[]): boolean {
  return words.every((word) => foldedText.includes(word));
}
