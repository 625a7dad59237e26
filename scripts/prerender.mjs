// Prerenders the first screen into a built index.html: `node scripts/prerender.mjs <outDir>`.
// Run by the build (vite.config.ts) after the client bundle is written. The app's own components are
// rendered by React's static renderer (react-dom/static) in Node; the ranking chart, which Recharts 3
// draws only after its effects have run in a document, is first drawn in jsdom and kept as markup.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** A browser-like global scope for the components: jsdom's window, a no-op ResizeObserver. */
function installDocument() {
  const dom = new JSDOM('<!doctype html><html lang="id"><head></head><body></body></html>', {
    url: 'http://localhost/',
    pretendToBeVisual: true,
  });
  const { window } = dom;
  globalThis.window = window;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in globalThis) continue;
    try {
      globalThis[key] = window[key];
    } catch {
      // A read-only property of jsdom's window: not needed.
    }
  }
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.matchMedia ??= () => ({ matches: false, addEventListener() {}, removeEventListener() {} });
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy of the page with the prerendered markup: the gate script by its hash; the markup's
 * style attributes (React writes them in server markup; in the browser it sets styles through the
 * CSSOM, which the policy does not restrict) by their hashes, each allowed value and no other.
 */
function withHashes(policy, gateScript, styleValues) {
  return policy
    .split('; ')
    .map((directive) => {
      if (directive.startsWith('script-src ')) return `${directive} ${sha256(gateScript)}`;
      if (directive.startsWith('style-src ') && styleValues.size > 0) {
        return `${directive} 'unsafe-hashes' ${[...styleValues].sort().map(sha256).join(' ')}`;
      }
      return directive;
    })
    .join('; ');
}

/** The values of the style attributes in `html`, as the browser reads them (entities decoded). */
function styleAttributeValues(html) {
  const values = new Set();
  const decode = (text) => new JSDOM(`<p title="${text}"></p>`).window.document.querySelector('p').title;
  for (const match of html.matchAll(/\sstyle="([^"]*)"/g)) values.add(decode(match[1]));
  return values;
}

export async function prerenderInto(outDir) {
  const indexPath = join(outDir, 'index.html');
  const page = readFileSync(indexPath, 'utf8');
  const bundledBytes = readFileSync(join(outDir, 'data', 'rapor-default.json'));
  const bundledText = bundledBytes.toString('utf8');

  installDocument();
  const { createServer } = await import('vite');
  const server = await createServer({
    root: projectRoot,
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    // Modules are loaded as Node loads them; nothing to pre-bundle for a browser.
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const entry = await server.ssrLoadModule('/src/app/prerender.tsx');
    const gate = await server.ssrLoadModule('/src/app/prerender-gate.ts');
    const markup = await entry.renderFirstScreen(bundledText);
    const checked = await entry.checkedBundledBlock(new Uint8Array(bundledBytes));
    // The app's entry is started by the gate, after the first paint; until then it is only fetched.
    const entryTag = page.match(/<script type="module" crossorigin src="([^"]+)"><\/script>/);
    if (!entryTag) throw new Error(`${indexPath} has no module <script> for the app's entry`);
    const gateScript = gate.prerenderGateScript(entryTag[1]);

    if (!page.includes('<div id="root"></div>')) throw new Error(`${indexPath} has no empty <div id="root">`);
    const policy = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
    if (!policy) throw new Error(`${indexPath} has no Content-Security-Policy`);
    const hashedPolicy = withHashes(policy[1], gateScript, styleAttributeValues(markup));
    const written = page
      // The gate comes first after the policy: it must have run before anything is painted.
      .replace(policy[0], () => `${policy[0].replace(policy[1], hashedPolicy)}>\n    <script>${gateScript}</script`)
      .replace(entryTag[0], () => `<link rel="modulepreload" crossorigin href="${entryTag[1]}">`)
      // The bundled data as the build checked it (a data block, not run), then the screen drawn from it.
      .replace(
        '<div id="root"></div>',
        () => `${checked.html}\n    ` + `<div id="root" data-prerendered="${checked.sha256}">${markup}</div>`,
      );
    writeFileSync(indexPath, written);
    return { bytes: Buffer.byteLength(written), markupBytes: Buffer.byteLength(markup) };
  } finally {
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? 'dist');
  const { bytes, markupBytes } = await prerenderInto(outDir);
  console.log(`prerender: ${join(outDir, 'index.html')} (${bytes} bytes, first screen ${markupBytes} bytes)`);
  // jsdom timers and the app's idle work would keep the process alive.
  process.exit(0);
}
