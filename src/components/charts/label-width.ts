import { measureTextWidth } from '../../lib/text-width';

/** Average width of an interface font's character, in em: the estimate where text cannot be measured. */
const AVERAGE_CHAR_EM = 0.62;

/**
 * The width in pixels of the widest of `labels` at `fontSize` in the page's font. The interface font
 * is the system's (Segoe UI, Roboto, DejaVu Sans …), whose widths differ by a fifth between machines,
 * so a name column sized from a fixed width per character either wastes room or wraps names that fit.
 * Estimated where there is no canvas (tests in jsdom).
 */
export function widestLabel(labels: readonly string[], fontSize: number): number {
  const font = typeof document === 'undefined' ? null : `${fontSize}px ${getComputedStyle(document.body).fontFamily}`;
  return labels.reduce((widest, label) => {
    const measured = font === null ? null : measureTextWidth(label, font);
    return Math.max(widest, measured ?? label.length * fontSize * AVERAGE_CHAR_EM);
  }, 0);
}
