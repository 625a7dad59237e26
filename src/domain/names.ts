const nameCollator = new Intl.Collator('id');

/** Orders names the way an Indonesian reader expects (Intl.Collator 'id'). */
export function compareNames(a: string, b: string): number {
  return nameCollator.compare(a, b);
}
