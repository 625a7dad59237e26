import { useContext, useLayoutEffect, useState, type ReactNode } from 'react';
import { PrerenderContext } from './prerender-context';

/**
 * A part of the first screen drawn at build time as plain markup (a chart). While the page hydrates it
 * keeps that markup as it is, so hydration changes nothing on screen; right after, before the browser
 * paints again, the live component takes its place. Each island's markup is used once: a later mount
 * (the view opened again, other data) renders the live component at once.
 */
export function PrerenderedIsland({ id, children }: { id: string; children: ReactNode }) {
  const prerender = useContext(PrerenderContext);
  const [frozen, setFrozen] = useState(() => prerender?.islands.get(id) ?? null);
  useLayoutEffect(() => {
    if (frozen === null) return;
    prerender?.islands.delete(id);
    // The swap is the point of this effect: it runs once, after hydration, before the next paint.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFrozen(null);
  }, [frozen, id, prerender]);
  return frozen === null ? children : <div data-island={id} dangerouslySetInnerHTML={{ __html: frozen }} />;
}
