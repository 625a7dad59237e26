/* global self, caches, VERSION, PRECACHE */
// Rapor's offline shell (a service worker). scripts/offline-shell.ts writes VERSION and PRECACHE in
// front of this file at build time. It caches the app's own files only; the APIs a person loads data
// from are never touched, and the data itself stays in IndexedDB, where the app keeps it.
//
// - Hashed files (assets/…) never change under their name: served from the cache first.
// - The page, the bundled data and the icon may change under the same name: from the network when it
//   answers (refreshing the cache), else from the cache.

const CACHE = `rapor-shell-${VERSION}`;
const scope = () => self.registration.scope;
const absolute = (path) => new URL(path, scope()).href;
const INDEX = () => absolute('./index.html');

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map(absolute)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('rapor-shell-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  return cached ?? fetch(request);
}

async function networkFirst(request, fallbackUrl) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(CACHE);
      await cache.put(fallbackUrl ?? request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(fallbackUrl ?? request, { cacheName: CACHE, ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Any address of the app (`?view=…&entity=…`) is the same page.
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, INDEX()));
    return;
  }
  const known = PRECACHE.map(absolute);
  const href = `${url.origin}${url.pathname}`;
  if (!known.includes(href)) return;
  const hashed = url.pathname.includes('/assets/');
  event.respondWith(hashed ? cacheFirst(href) : networkFirst(href));
});
