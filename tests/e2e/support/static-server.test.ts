import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, resolveInsideRoot, startStaticServer } from './static-server';
import type { StaticServer } from './static-server';

// fetch() normalises `..` away before sending; a raw request sends the path as written.
function rawGet(
  url: string,
  path: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolvePromise, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startStaticServer', () => {
  let root: string;
  let outside: string;
  let server: StaticServer;
  let corsServer: StaticServer;

  beforeAll(async () => {
    outside = mkdtempSync(join(tmpdir(), 'rapor-static-'));
    root = join(outside, 'site');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'data.csv'), 'a;b\n1;2\n');
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    server = await startStaticServer({ root });
    corsServer = await startStaticServer({ root, cors: true });
  });

  afterAll(async () => {
    await server.close();
    await corsServer.close();
    rmSync(outside, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and serves index.html for /', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>home</title>');
  });

  it('serves files with their content type', async () => {
    const js = await fetch(new URL('assets/app.js', server.url));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const csv = await fetch(new URL('data.csv', server.url));
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toBe('a;b\n1;2\n');
  });

  it('answers 404 for a missing file', async () => {
    expect((await fetch(new URL('nope.js', server.url))).status).toBe(404);
  });

  it('never serves a file outside the root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const response = await rawGet(server.url, path);
      expect(response.status, path).not.toBe(200);
      expect(response.body, path).not.toContain('secret');
    }
  });

  it('adds the CORS header only when asked', async () => {
    expect((await fetch(corsServer.url)).headers.get('access-control-allow-origin')).toBe('*');
    expect((await fetch(server.url)).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('resolveInsideRoot', () => {
  it('maps / to index.html and keeps nested paths inside the root', () => {
    expect(resolveInsideRoot('/srv/site', '/')).toBe(join('/srv/site', 'index.html'));
    expect(resolveInsideRoot('/srv/site', '/a/b.js')).toBe(join('/srv/site', 'a', 'b.js'));
  });

  it('refuses traversal, encoded traversal, backslashes, NUL and bad encoding', () => {
    expect(resolveInsideRoot('/srv/site', '/../etc/passwd')).toBeNull();
    expect(resolveInsideRoot('/srv/site', '/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveInsideRoot('/srv/site', '/a/..%2f..%2fetc')).toBeNull();
    expect(resolveInsideRoot('/srv/site', '/..%5cetc')).toBeNull();
    expect(resolveInsideRoot('/srv/site', '/a%00.js')).toBeNull();
    expect(resolveInsideRoot('/srv/site', '/%E0%A4%A')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['a.json', 'application/json; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.woff2', 'font/woff2'],
    // A service worker is refused unless served as JavaScript; the manifest has a type of its own.
    ['sw.js', 'text/javascript; charset=utf-8'],
    ['manifest.webmanifest', 'application/manifest+json'],
    ['a.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
