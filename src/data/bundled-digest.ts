// The bundled dataset as the build checked it. The build (scripts/prerender.mjs) validates the bundled
// file and writes the result into the page, with the SHA-256 of the file's bytes. Bytes with that
// digest are not checked again in the browser: the page's result is used, and the validator's code is
// not fetched for the first screen. Other bytes (the file replaced after the build, or a page without
// that result, as on the dev server) are validated as any dataset is.
import type { ValidationResult } from '../domain/model';

/** The id of the page's `<script type="application/json">` holding it (not run: a data block). */
export const CHECKED_BUNDLED_ID = 'rapor-bundled-data';

export interface CheckedBundled {
  /** SHA-256 of the bundled file's bytes, in hex. */
  sha256: string;
  result: ValidationResult;
}

/** The SHA-256 of `bytes`, in hex. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The page's checked bundled dataset, or null where the page has none (or it cannot be read). */
export function checkedBundled(): CheckedBundled | null {
  if (typeof document === 'undefined') return null;
  const text = document.getElementById(CHECKED_BUNDLED_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as CheckedBundled;
  } catch {
    return null;
  }
}

/** The data block's text: JSON that cannot end the element it is in. */
export function checkedBundledText(checked: CheckedBundled): string {
  return JSON.stringify(checked).replaceAll('<', '\\u003c');
}
