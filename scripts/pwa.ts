// The offline app, by vite-plugin-pwa (Workbox): at build time it writes sw.js, which precaches every
// file of the build (index.html, the hashed code and styles, the language chunks, the bundled data,
// the icon) under a revision per file, and manifest.webmanifest. Registration is ours
// (src/lib/service-worker.ts), not the plugin's script: it must wait until the first data is on
// screen, and the CSP allows no inline script.
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';
/** The bundled data, as index.html and src/data/sources.ts name it. */
export const BUNDLED_DATA_FILE = 'data/rapor-default.json';
/**
 * The bundled data's precached copy is kept under this address, which the app never asks for, so
 * Workbox's precache route does not answer the real one (see `workbox.runtimeCaching`).
 */
export const BUNDLED_DATA_OFFLINE_COPY = `${BUNDLED_DATA_FILE}?offline`;

/**
 * The plugin's options. A new build's worker installs and then waits: it takes over only when the
 * person chooses to reload in the update prompt (no skipWaiting or clientsClaim of its own), so a
 * page never runs on code from two builds.
 */
export const PWA_OPTIONS = {
  registerType: 'prompt',
  injectRegister: false,
  filename: SERVICE_WORKER_FILE,
  // Workbox's development mode logs every request; the worker exists only in production builds.
  mode: 'production',
  manifest: {
    id: './',
    name: 'Rapor — Penilaian Pelayanan Publik Ombudsman RI',
    short_name: 'Rapor',
    description:
      'Rapor: dasbor hasil penilaian pelayanan publik Ombudsman RI (Penilaian Kepatuhan dan Opini Ombudsman RI)',
    lang: 'id-ID',
    start_url: './',
    scope: './',
    display: 'standalone',
    // --rapor-accent and --rapor-surface of the light theme (src/app/styles.css).
    theme_color: '#0f766e',
    background_color: '#f6f7f9',
    icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  },
  workbox: {
    // Every file of the build; the plugin adds the manifest and its icon (favicon.svg) itself.
    globPatterns: ['**/*.{html,js,css,json}'],
    // Any address of the app (`?view=…&entity=…`) is the same page.
    navigateFallback: 'index.html',
    manifestTransforms: [
      (entries) => ({
        manifest: entries.map((entry) =>
          entry.url === BUNDLED_DATA_FILE ? { ...entry, url: BUNDLED_DATA_OFFLINE_COPY } : entry,
        ),
        warnings: [],
      }),
    ],
    // The bundled data may be replaced in dist/ without a build (README, "Deploying"): it comes from
    // the network while there is one, else the copy last fetched, else the build's own. The APIs a
    // person loads data from are never cached here (a same-origin match only): that data stays in
    // IndexedDB.
    runtimeCaching: [
      {
        urlPattern: new RegExp(`/${BUNDLED_DATA_FILE.replaceAll('.', '\\.')}$`),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'rapor-bundled-data',
          precacheFallback: { fallbackURL: BUNDLED_DATA_OFFLINE_COPY },
        },
      },
    ],
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
  },
} satisfies Partial<VitePWAOptions>;

export function pwa(): PluginOption {
  return VitePWA(PWA_OPTIONS);
}
