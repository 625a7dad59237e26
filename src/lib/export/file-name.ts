/** Lowercase ASCII words joined by hyphens: "Kota Magelang" → "kota-magelang", "Dinas Sosial (Dinsos)" → "dinas-sosial-dinsos". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `<entity>-<year>-<chart>.<ext>`: a file name that says what the file is, safe on every system. */
export function exportFileName(parts: { entity?: string; year?: number; chart: string }, extension: string): string {
  const name = [parts.entity, parts.year, parts.chart]
    .filter((p) => p !== undefined && p !== '')
    .map((p) => slug(String(p)))
    .filter(Boolean)
    .join('-');
  // A cut may land just after a hyphen: "…-.png" would look like a missing word.
  return `${name.slice(0, 120).replace(/-+$/, '') || 'rapor'}.${extension}`;
}
