import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const script = fileURLToPath(new URL('./prerender.mjs', import.meta.url));

/**
 * After the client build is written, prerenders the first screen into its index.html
 * (scripts/prerender.mjs). In a process of its own: it installs jsdom as the global document.
 */
export function prerenderFirstScreen(): Plugin {
  let outDir = '';
  return {
    name: 'rapor:prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      // Before the service worker's list is written (vite-plugin-pwa, in closeBundle too): it records a
      // revision of index.html, which must be the page with the prerendered screen in it.
      order: 'pre',
      sequential: true,
      handler() {
        execFileSync(process.execPath, [script, outDir], {
          stdio: 'inherit',
          env: { ...process.env, NODE_ENV: 'production' },
        });
      },
    },
  };
}
