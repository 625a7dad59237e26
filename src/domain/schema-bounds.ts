// The numeric bounds of the dataset contract, apart from the schemas so that tests and tools can read
// them without loading zod.
export const SCORE_MIN = 0;
export const SCORE_MAX = 100;
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

/** Property names that would change an object's prototype if used as keys. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__']);

/** Grade-band zones the contract allows. */
export const ZONES = ['hijau', 'kuning', 'merah'] as const;
