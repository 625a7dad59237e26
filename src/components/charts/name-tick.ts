/**
 * Tick text for an axis of names, which Recharts wraps where a name is wider than the axis. The size
 * is given again as a CSS length: Recharts measures the words in the tick's style, and a bare number
 * is no CSS length, so it measured them in the page's 16 px and wrapped names that fit.
 */
export function nameTick(fill: string, fontSize = 12) {
  return { fill, fontSize, style: { fontSize: `${fontSize}px` } };
}

/**
 * A name as an axis shows it: a short last word ("Puskesmas Batang I", "Kota X") stays with the word
 * before it, so a name too long for the axis wraps as "Puskesmas / Batang I", not "Puskesmas Batang /
 * I". Recharts wraps names at spaces only, and a no-break space is none.
 */
export function withShortTailKept(name: string): string {
  return name.replace(/ (\S{1,3})$/, '\u00a0$1');
}
