// A Vite plugin that makes the built app open without a network: after the build it lists every file
// of the output (hashed assets, index.html, the bundled data, the icon) and writes sw.js, a small
// service worker that keeps them in the Cache Storage. The list and a version made from the files'
// contents are written into sw.js itself, so each new build changes sw.js and browsers update it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';
/** The worker's code, as JavaScript run by the browser as it is; the plugin puts the list in front of it. */
export const SERVICE_WORKER_TEMPLATE = join('scripts', 'service-worker.js');

export interface ShellFile {
  /** Path inside the output folder, with forward slashes: `assets/index-3f2a.js`. */
  path: string;
  content: Uint8Array;
}

/** Files never cached: the worker itself, source maps, and dot files a server would not serve. */
function isCached(path: string): boolean {
  return path !== SERVICE_WORKER_FILE && !path.endsWith('.map') && !path.split('/').some((p) => p.startsWith('.'));
}

/** The URLs to cache, relative to the worker (`./index.html` first), sorted for a stable file. */
export function precacheList(files: readonly ShellFile[]): string[] {
  const paths = files.map((f) => f.path).filter(isCached);
  const rest = paths.filter((p) => p !== 'index.html').sort();
  return [...(paths.includes('index.html') ? ['./index.html'] : []), ...rest.map((p) => `./${p}`)];
}

/** A short hash of every cached file's path and content: changes whenever any of them does. */
export function shellVersion(files: readonly ShellFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].filter((f) => isCached(f.path)).sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(file.path).update('\0').update(createHash('sha256').update(file.content).digest()).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The text of sw.js: the version and the list as constants, then the template. */
export function serviceWorkerSource(template: string, files: readonly ShellFile[]): string {
  return [
    '// Generated at build time by scripts/offline-shell.ts from scripts/service-worker.js.',
    `const VERSION = ${JSON.stringify(shellVersion(files))};`,
    `const PRECACHE = ${JSON.stringify(precacheList(files), null, 2)};`,
    template,
  ].join('\n');
}

/** Every file under `dir`, with its path relative to `dir`. */
export function filesUnder(dir: string): ShellFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(dir, full).split(sep).join('/'), content: readFileSync(full) };
    });
}

export function offlineShell(): Plugin {
  let outDir = '';
  let templatePath = '';
  return {
    name: 'rapor:offline-shell',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      templatePath = resolve(config.root, SERVICE_WORKER_TEMPLATE);
    },
    // After every file, public/ included, is in the output folder.
    closeBundle() {
      if (!existsSync(join(outDir, 'index.html'))) return; // the build failed; nothing to cache
      const source = serviceWorkerSource(readFileSync(templatePath, 'utf8'), filesUnder(outDir));
      writeFileSync(join(outDir, SERVICE_WORKER_FILE), source);
    },
  };
}
