/** A web page where data was expected: a portal's landing page, a login wall, a 404 page served with 200. */
export function looksLikeHtml(text: string, contentType = ''): boolean {
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 64)
    .toLowerCase();
  if (start.startsWith('<!doctype') || start.startsWith('<html')) return true;
  return /\bhtml\b/i.test(contentType) && start.startsWith('<');
}

export function looksLikeJson(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' || first === '[';
}

/** A dataset by its content first, then its name or content type (so broken JSON is not read as CSV). */
export function isJsonInput(text: string, name: string, contentType: string): boolean {
  return looksLikeJson(text) || /\.json$/i.test(name) || /\bjson\b/i.test(contentType);
}

/** A CKAN action API response (`{ help, success, result | error }`), such as `datastore_search`. */
export function isCkanResponse(json: unknown): boolean {
  if (!isObject(json) || typeof json.success !== 'boolean') return false;
  return json.success ? isObject(json.result) : 'error' in json;
}

/** Bytes inspected to tell a CKAN response from other data without parsing all of it. */
const CKAN_SNIFF_BYTES = 4096;

/**
 * True when the start of a body could be a CKAN response (`{"help": …, "success": true, "result": …}`).
 * Errs towards yes: a false yes only keeps the reading on this thread.
 */
export function mayBeCkanResponse(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, CKAN_SNIFF_BYTES));
  return looksLikeJson(head) && /"success"\s*:/.test(head);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
