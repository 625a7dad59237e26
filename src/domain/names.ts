let collator: Intl.Collator | undefined;

/**
 * Orders names the way an Indonesian reader expects (English has the same order): by the alphabet
 * whatever the case, accented letters beside their plain ones, numbers by their value ("SMP Negeri 5"
 * before "SMP Negeri 20"), a shorter name before a longer one it begins. One collator, made on first use.
 */
export function compareNames(a: string, b: string): number {
  collator ??= new Intl.Collator('id-ID', { numeric: true });
  return collator.compare(a, b);
}
