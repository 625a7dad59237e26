// The one static server of the project's tooling, for the benchmark (scripts/bench.mjs) and the
// browser tests (tests/e2e/support/static-server.ts): several folders under path prefixes,
// 127.0.0.1 only, no caching, no compression (the benchmark gzips what it counts itself), and the
// CORS header when asked (a dataset served to the app from another origin).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** @param {string} path */
export function contentTypeFor(path) {
  return (
    CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extname(path).toLowerCase())] ?? 'application/octet-stream'
  );
}

/**
 * The file a request path names under one of the mounts, or null when no mount matches or the path
 * would leave the mounted folder (`..`, encoded or not, backslashes, NUL).
 * @param {Record<string, string>} mounts URL prefix ending in `/` → folder
 * @param {string} requestPath
 */
export function resolveMounted(mounts, requestPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return null;
  // Longest prefix first, so `/app/data/` could be mounted inside `/app/`.
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const prefix = prefixes.find((p) => decoded === p.slice(0, -1) || decoded.startsWith(p));
  if (prefix === undefined) return null;
  const root = resolve(/** @type {string} */ (mounts[prefix]));
  const rest = decoded.slice(prefix.length);
  const file = resolve(join(root, rest === '' ? 'index.html' : rest));
  return file === root || file.startsWith(root + sep) ? file : null;
}

/**
 * @param {{ mounts: Record<string, string>, port?: number, cors?: boolean }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} `url` ends without a slash
 */
export function serveFolders({ mounts, port = 0, cors = false }) {
  const server = createServer((request, response) => {
    if (cors) response.setHeader('Access-Control-Allow-Origin', '*');
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = resolveMounted(mounts, pathname);
    const fail = (status) => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(String(status));
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return fail(405);
    if (file === null) return fail(404);
    stat(file)
      .then((info) => (info.isDirectory() ? join(file, 'index.html') : file))
      .then(async (target) => {
        const body = await readFile(target);
        response.writeHead(200, {
          'Content-Type': contentTypeFor(target),
          'Content-Length': body.length,
          'Cache-Control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      })
      .catch(() => fail(404));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address !== null ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${actualPort}`,
        close: () =>
          new Promise((resolveClose) => {
            server.closeAllConnections();
            server.close(() => resolveClose());
          }),
      });
    });
  });
}
