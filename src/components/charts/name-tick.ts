/**
 * Tick text for an axis of names, which Recharts wraps where a name is wider than the axis. The size
 * is given again as a CSS length: Recharts measures the words in the tick's style, and a bare number
 * is no CSS length, so it measured them in the page's 16 px and wrapped names that fit.
 */
export function nameTick(fill: string, fontSize = 12) {
  return { fill, fontSize, style: { fontSize: `${fontSize}px` } };
}
