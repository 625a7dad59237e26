/**
 * The words for a unit type key: the translation when there is one, else the key made readable
 * ("unit_pusat" → "Unit pusat"), since data may carry types the app has no words for yet.
 */
export function unitTypeLabel(labels: Readonly<Record<string, string>>, key: string): string {
  // `in` alone would also find inherited keys such as "constructor".
  if (Object.hasOwn(labels, key)) return labels[key] ?? key;
  const words = key.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  // Only the first letter changes: acronyms (DPMPTSP) and names already written out stay as they are.
  return words ? words.charAt(0).toLocaleUpperCase('id-ID') + words.slice(1) : key;
}
