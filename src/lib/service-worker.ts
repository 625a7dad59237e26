/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the service worker (sw.js, written by the build; see scripts/pwa.ts) so the app opens
 * again without a network. Only in a production build: the dev server has no sw.js. A browser that
 * refuses (private mode, file://) simply runs without it.
 *
 * Called once the first data is on screen, and then only when the page is idle: installing the
 * worker fetches every file of the app, which must not compete with the first screen's download.
 * The registration code (and Workbox's window library) is imported only then, for the same reason.
 */

/** Lets the waiting worker of a newer build take over; the page then reloads on that build. */
export type ApplyUpdate = () => Promise<void>;

let registered = false;

/**
 * @param onUpdateWaiting called when a newer build's worker is installed and waiting: the person
 *   decides when to reload, so a page is never switched to new code under their hands.
 */
export function registerServiceWorker(onUpdateWaiting: (applyUpdate: ApplyUpdate) => void): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  const register = () =>
    void import('virtual:pwa-register').then(
      ({ registerSW }) => {
        const applyUpdate: ApplyUpdate = registerSW({
          // Already past the page's load event: register now, not on the next one.
          immediate: true,
          onNeedRefresh: () => onUpdateWaiting(applyUpdate),
        });
      },
      // Offline before this code was ever cached: the app runs without a worker this time.
      () => undefined,
    );
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(register, { timeout: 3000 });
  else setTimeout(register, 200);
}
