/** Letters, digits, spaces and underscores only (most unit and regency names, unit type keys): ordered without ICU. */
const PLAIN_NAME = /^[A-Za-z0-9 _]*$/;

let collator: Intl.Collator | undefined;

/**
 * Orders names the way an Indonesian reader expects (Intl.Collator 'id'; English has the same order).
 * Names of letters, digits, spaces and underscores are ordered here as the collator orders them
 * (names.test.ts checks that it still does): the page's first Intl object costs ~20 ms of ICU start-up
 * on the way to the first chart. Anything else (accents, punctuation) goes to the collator, made on
 * first use.
 */
export function compareNames(a: string, b: string): number {
  if (PLAIN_NAME.test(a) && PLAIN_NAME.test(b)) return comparePlain(a, b);
  collator ??= new Intl.Collator('id');
  return collator.compare(a, b);
}

/**
 * The collator's order for letters, digits, spaces and underscores: space, then underscore, then
 * digits, then letters by the alphabet whatever their case; a shorter name before a longer one it
 * begins; names differing only in case are told apart at their first difference, lower case first.
 */
function comparePlain(a: string, b: string): number {
  const orderA = primaryOrder(a);
  const orderB = primaryOrder(b);
  if (orderA !== orderB) return orderA < orderB ? -1 : 1;
  for (let i = 0; i < a.length; i++) {
    // Lower-case letters come after upper-case ones in the code table: the greater one is lower-case.
    const caseA = a.charCodeAt(i);
    const caseB = b.charCodeAt(i);
    if (caseA !== caseB) return caseA > caseB ? -1 : 1;
  }
  return 0;
}

/** Lower case, with the underscore moved between the space and the digits, where the collator puts it. */
function primaryOrder(name: string): string {
  return name.toLowerCase().replaceAll('_', '!');
}
