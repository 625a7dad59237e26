// The items of a comparison as the URL carries them (`compare=`), apart from the comparison itself,
// so the shell's "compare" buttons do not pull the comparison code into the first screen.

/** Side-by-side views stay readable up to six units. */
export const MAX_COMPARED = 6;

export interface CompareKey {
  institution: string;
  year: number;
  unit: string;
}

const FIELD_SEPARATOR = '~';
/** Separates keys when several share one URL parameter. */
const LIST_SEPARATOR = ',';

// Percent-style escapes for the three characters with a meaning here; everything else stays
// readable (spaces, dots, unicode), and URLSearchParams takes care of the URL itself.
function escapeField(text: string): string {
  return text.replace(/%/g, '%25').replace(/~/g, '%7E').replace(/,/g, '%2C');
}

function unescapeField(text: string): string {
  return text.replace(/%(25|7E|2C)/gi, (_, code: string) => String.fromCharCode(Number.parseInt(code, 16)));
}

/** `2024~Kabupaten Batang~Disdikbud`, with `%`, `~` and `,` escaped inside names. */
export function compareKeyToParam(k: CompareKey): string {
  return [String(k.year), escapeField(k.institution), escapeField(k.unit)].join(FIELD_SEPARATOR);
}

export function compareKeyFromParam(s: string): CompareKey | null {
  const parts = s.split(FIELD_SEPARATOR);
  if (parts.length !== 3) return null;
  const [yearText = '', institutionText = '', unitText = ''] = parts;
  if (!/^\d{4}$/.test(yearText)) return null;
  const institution = unescapeField(institutionText);
  const unit = unescapeField(unitText);
  if (institution.trim() === '' || unit.trim() === '') return null;
  return { year: Number(yearText), institution, unit };
}

/** Several keys in one parameter, comma-separated. */
export function compareKeysToParam(keys: readonly CompareKey[]): string {
  return keys.map(compareKeyToParam).join(LIST_SEPARATOR);
}

/** Reads a comma-separated list of keys, skipping malformed ones. */
export function compareKeysFromParam(s: string): CompareKey[] {
  if (s === '') return [];
  return s.split(LIST_SEPARATOR).flatMap((part) => {
    const key = compareKeyFromParam(part);
    return key ? [key] : [];
  });
}

/**
 * The list with `key` added at the end, for a "compare" button: unchanged when the key is already
 * there; when the list is full, the newest addition replaces the last item rather than being lost.
 */
export function withCompareKey(keys: readonly CompareKey[], key: CompareKey): CompareKey[] {
  const same = (k: CompareKey) => k.year === key.year && k.institution === key.institution && k.unit === key.unit;
  if (keys.some(same)) return [...keys];
  const kept = keys.length >= MAX_COMPARED ? keys.slice(0, MAX_COMPARED - 1) : keys;
  return [...kept, key];
}
