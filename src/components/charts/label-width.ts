/** Average width of an interface font's character, in em: the estimate where text cannot be measured. */
const AVERAGE_CHAR_EM = 0.62;

let context: OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * The width in pixels of the widest of `labels` at `fontSize` in the page's font. The interface font
 * is the system's (Segoe UI, Roboto, DejaVu Sans …), whose widths differ by a fifth between machines,
 * so a name column sized from a fixed width per character either wastes room or wraps names that fit.
 * Estimated where there is no canvas (tests in jsdom).
 */
export function widestLabel(labels: readonly string[], fontSize: number): number {
  if (context === undefined) {
    context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  }
  if (!context || typeof document === 'undefined') {
    return labels.reduce((widest, label) => Math.max(widest, label.length * fontSize * AVERAGE_CHAR_EM), 0);
  }
  context.font = `${fontSize}px ${getComputedStyle(document.body).fontFamily}`;
  const measuring = context;
  return labels.reduce((widest, label) => Math.max(widest, measuring.measureText(label).width), 0);
}
