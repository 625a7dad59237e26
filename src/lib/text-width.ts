let context: OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * The width in pixels of `text` in a CSS `font` ("600 14px system-ui, …"), measured on a canvas
 * (no layout); null where there is no canvas (tests in Node and jsdom), for the caller to estimate.
 */
export function measureTextWidth(text: string, font: string): number | null {
  if (context === undefined) {
    context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  }
  if (!context) return null;
  context.font = font;
  return context.measureText(text).width;
}
