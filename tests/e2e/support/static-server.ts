// A minimal static file server for the built app, so the end-to-end tests need no extra dependency.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

export interface StaticServerOptions {
  root: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** Send `Access-Control-Allow-Origin: *`, as open-data portals do. */
  cors?: boolean;
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

const contentTypes: Readonly<Record<string, string>> = {
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

export function contentTypeFor(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a request path names inside `root`, or null when it would leave `root`
 * (`..`, encoded `%2e%2e`, backslashes, NUL bytes) or cannot be decoded.
 */
export function resolveInsideRoot(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').includes('..')) return null;
  const absoluteRoot = resolve(root);
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = resolve(join(absoluteRoot, relative));
  return file === absoluteRoot || file.startsWith(absoluteRoot + sep) ? file : null;
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(body);
}

async function handle(root: string, cors: boolean, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (cors) response.setHeader('Access-Control-Allow-Origin', '*');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Method Not Allowed');
    return;
  }
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = resolveInsideRoot(root, pathname);
  if (file === null) {
    send(response, 403, 'Forbidden');
    return;
  }
  try {
    const info = await stat(file);
    const target = info.isDirectory() ? join(file, 'index.html') : file;
    const body = await readFile(target);
    response.writeHead(200, {
      'Content-Type': contentTypeFor(target),
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    send(response, 404, 'Not Found');
  }
}

export function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const { root, port = 0, cors = false } = options;
  const server = createServer((request, response) => {
    handle(root, cors, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'Internal Server Error');
      else response.end();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actualPort } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${String(actualPort)}/`,
        close: () =>
          new Promise<void>((resolveClose, rejectClose) => {
            server.closeAllConnections();
            server.close((error) => (error ? rejectClose(error) : resolveClose()));
          }),
      });
    });
  });
}
