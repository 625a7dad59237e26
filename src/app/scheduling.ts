// Spreading work over several tasks keeps each one short, so the page answers input and paints in
// between (a large dataset otherwise arrives as one long freeze).

/** Runs `task` in a task of its own, after the browser had a chance to paint and handle input. */
export function inNextTask(task: () => void): void {
  setTimeout(task, 0);
}

/**
 * Runs `task` when the page is idle, or after `timeoutMs` at the latest; returns a cancel function.
 * Where requestIdleCallback is missing (Safari before 18, jsdom), a short timer stands in.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}

const INPUT_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Runs `task` once the person has started using the page (a pointer, touch, wheel or key input) and
 * then paused for `quietMs`, when the page is idle: background work neither competes with the
 * first screen's download nor with the response to an input. Returns a cancel function.
 */
export function afterInputSettles(task: () => void, quietMs = 1000): () => void {
  const options = { capture: true, passive: true } as const;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;
  const stopListening = () => {
    for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, options);
  };
  function onInput() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stopListening();
      cancelIdle = whenIdle(task);
    }, quietMs);
  }
  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, options);
  return () => {
    stopListening();
    clearTimeout(timer);
    cancelIdle?.();
  };
}
