/** Average width of an interface font's character, in em, a little above most (DejaVu Sans, Segoe UI, Roboto). */
const AVERAGE_CHAR_EM = 0.62;

/**
 * The width in pixels the widest of `labels` is given at `fontSize`: an estimate from the character
 * count, not a measurement. The ranking chart of the first screen is drawn at build time (no fonts,
 * no layout) and must be the same chart the reader's browser then draws in its place, whatever fonts
 * that machine has; the estimate leaves a little room rather than wrap a name that would fit.
 */
export function widestLabel(labels: readonly string[], fontSize: number): number {
  return labels.reduce((widest, label) => Math.max(widest, label.length * fontSize * AVERAGE_CHAR_EM), 0);
}
