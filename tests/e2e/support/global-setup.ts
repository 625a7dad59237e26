// Builds the app once per e2e run and serves the build, so every test file opens the same
// production bundle the user gets (relative base, no dev server, no HMR client).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the served production build, ending in `/`. */
    appUrl: string;
  }
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
// Not dist/: a developer's own `npm run build` output must not be overwritten by a test run.
export const e2eDistDir = join(projectRoot, 'node_modules', '.cache', 'rapor-e2e-dist');

async function buildApp(): Promise<void> {
  // Vitest sets NODE_ENV=test, and Vite builds what NODE_ENV says: without this the tests would get
  // React's development build and `import.meta.env.PROD` false (no service worker, no CSP-exact bundle).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: projectRoot,
      configFile: join(projectRoot, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: e2eDistDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = process.env.E2E_SKIP_BUILD === '1' && existsSync(join(e2eDistDir, 'index.html'));
  if (!reuse) await buildApp();
  const server = await startStaticServer({ root: e2eDistDir });
  project.provide('appUrl', server.url);
  return () => server.close();
}
