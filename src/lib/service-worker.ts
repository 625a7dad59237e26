/**
 * Registers the offline shell (sw.js, written by the build; see scripts/offline-shell.ts) so the app
 * opens again without a network. Only in a production build: the dev server has no sw.js. A browser
 * that refuses (private mode, file://) simply runs without it.
 *
 * Called once the first data is on screen, and then only when the page is idle: installing the
 * worker fetches every file of the app, which must not compete with the first screen's download.
 */
let registered = false;

export function registerServiceWorker(): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  const register = () => void navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(register, { timeout: 3000 });
  else setTimeout(register, 200);
}
