/** How many names a sentence lists before it says "and N more". */
export const NAMED_IN_SENTENCE = 5;

/**
 * The first `max` names, then one item saying how many more (`others(count)`): a sentence about a
 * ministry with dozens of flagged units stays a sentence. The list itself is joined by the caller
 * (`fmt.list`), in the current language.
 */
export function shortList(
  names: readonly string[],
  others: (count: number) => string,
  max = NAMED_IN_SENTENCE,
): string[] {
  if (names.length <= max) return [...names];
  return [...names.slice(0, max), others(names.length - max)];
}
