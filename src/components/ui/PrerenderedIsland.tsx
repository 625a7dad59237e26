import { useContext, useLayoutEffect, useState, type ReactNode } from 'react';
import { PrerenderContext } from './prerender-context';

/** What tells that a person has started using the page. */
const FIRST_USE = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/** Calls `onUse` once, at the first sign of use of the page; returns the way to stop listening. */
function onFirstUse(onUse: () => void): () => void {
  const stop = () => FIRST_USE.forEach((type) => window.removeEventListener(type, used, true));
  const used = () => {
    stop();
    onUse();
  };
  FIRST_USE.forEach((type) => window.addEventListener(type, used, { capture: true, passive: true }));
  return stop;
}

interface PrerenderedIslandProps {
  id: string;
  /** The live part's code, fetched when the page is first used; until then the markup stands. */
  liveWhen: () => Promise<void>;
  /** What the part shows (entity, year, filter…): once it differs from what was drawn, the markup goes. */
  shows?: string;
  children: ReactNode;
}

/**
 * A part of the first screen drawn at build time as plain markup (a chart). While the page hydrates it
 * keeps that markup as it is, so hydration changes nothing on screen; once the live component's code is
 * here (fetched at the first sign that the person is using the page), the live component takes its
 * place. Each island's markup is used once: a later mount (the view opened again, other data) renders
 * the live component at once.
 */
export function PrerenderedIsland({ id, liveWhen, shows, children }: PrerenderedIslandProps) {
  const prerender = useContext(PrerenderContext);
  const [frozen, setFrozen] = useState(() => prerender?.islands.get(id) ?? null);
  const [drawnFor] = useState(shows);
  // Other figures asked for before the live part is here: the drawn ones must not stay on screen.
  if (frozen !== null && shows !== drawnFor) setFrozen(null);
  useLayoutEffect(() => {
    if (frozen === null) return;
    prerender?.islands.delete(id);
    let stopped = false;
    const stopListening = onFirstUse(() => {
      // Also when its code cannot be fetched (offline, a new build): the live part's boundary then says so.
      const live = () => stopped || setFrozen(null);
      liveWhen().then(live, live);
    });
    return () => {
      stopped = true;
      stopListening();
    };
  }, [frozen, id, prerender, liveWhen]);
  return frozen === null ? children : <div data-island={id} dangerouslySetInnerHTML={{ __html: frozen }} />;
}
