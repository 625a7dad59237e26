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
      // After every other plugin has written its files (the service worker's list among them).
      order: 'post',
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
