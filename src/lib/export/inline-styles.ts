// Recharts draws with CSS variables and classes; a standalone SVG (or one drawn onto a canvas) has
// neither, so every presentational property is copied from the computed style as a plain attribute.

const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  // Value labels draw a halo stroke behind the text; without paint-order the halo covers the text.
  'paint-order',
] as const;

/** Values that are the initial ones anyway; leaving them out keeps the file small. */
const DEFAULTS: Record<string, string> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  opacity: '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'paint-order': 'normal',
};

/**
 * A computed value as a plain SVG attribute: `2px` → `2`, `6px, 4px` → `6, 4`, `url("#p")` →
 * `url(#p)`. Browsers accept either, but unitless lengths and unquoted references are what SVG 1.1
 * tools (Inkscape, Illustrator) read reliably.
 */
export function plainAttributeValue(property: string, value: string): string {
  if (property === 'font-family') return value;
  return value.replace(/(\d)px\b/g, '$1').replace(/url\((["'])(.*?)\1\)/g, 'url($2)');
}

/** A copy of `source` with computed colours, fonts and strokes written as attributes; no classes, no var(). */
export function inlineComputedStyles(source: SVGSVGElement): SVGSVGElement {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...Array.from(source.querySelectorAll('*'))];
  const copies = [copy, ...Array.from(copy.querySelectorAll('*'))];
  const computed = new Map<Element, CSSStyleDeclaration>();
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!target) return;
    const style = window.getComputedStyle(original);
    computed.set(original, style);
    const parentStyle = original === source ? undefined : computed.get(original.parentElement as Element);
    for (const property of PROPERTIES) {
      const value = style.getPropertyValue(property).trim();
      // SVG inherits all of these but opacity: repeating the parent's value only bloats the file.
      const inherited = property !== 'opacity' && parentStyle?.getPropertyValue(property).trim() === value;
      if (!value || inherited || (original !== source && DEFAULTS[property] === value))
        target.removeAttribute(property);
      else target.setAttribute(property, plainAttributeValue(property, value));
    }
    if (style.display === 'none' || style.visibility === 'hidden') target.setAttribute('visibility', 'hidden');
    target.removeAttribute('class');
    target.removeAttribute('style');
    target.removeAttribute('tabindex');
    target.removeAttribute('role');
    for (const attribute of Array.from(target.attributes)) {
      if (attribute.value.includes('var(')) target.removeAttribute(attribute.name);
    }
  });
  return copy;
}
