/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { pwa } from './scripts/pwa.ts';
import { prerenderFirstScreen } from './scripts/prerender-plugin.ts';

/**
 * The Content-Security-Policy of the built app: scripts, workers and fonts only from the app itself.
 * - style-src 'self' without 'unsafe-inline': React and Recharts set `style` through the CSSOM, which
 *   the policy does not restrict, and chart export writes presentation attributes, not `style`. The
 *   prerender (scripts/prerender.mjs) adds the hash of its inline gate script and, with
 *   'unsafe-hashes', one hash per style attribute value in its markup.
 * - img-src data: blob:: exported charts are drawn into a PNG from a blob: SVG.
 * - connect-src http: https:: a data source is any API URL the person types in, so no list of hosts can be known.
 * A <meta> policy cannot say frame-ancestors; a server that wants that sends the header itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' http: https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Puts the policy first in <head> of the built page (not the dev server: its HMR client runs inline). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'rapor:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// Relative base: the built dist/ works from any folder of any static web server.
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), prerenderFirstScreen(), pwa()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser that runs ES2022 modules supports <link rel="modulepreload">: no polyfill needed.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // What the first screen runs (the entry and everything it imports statically) is one file.
        // Left alone, Rolldown splits the modules that on-demand views share with the first screen into
        // several small files (rolldown/rolldown#10731), which compress worse apart and each cost a request.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    // Dates and number formats must not depend on the machine running the tests.
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./vitest.setup.ts'],
          // jsdom renders of whole views share two cores with the browser tests in CI.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['./tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
