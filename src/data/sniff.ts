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
