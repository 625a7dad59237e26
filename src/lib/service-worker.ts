/**
 * Registers the offline shell (sw.js, written by the build; see scripts/offline-shell.ts) so the app
 * opens again without a network. Only in a production build: the dev server has no sw.js. A browser
 * that refuses (private mode, file://) simply runs without it.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}
