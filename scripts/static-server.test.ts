import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTypeFor, resolveMounted, serveFolders } from './static-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'rapor-static-server-'));
mkdirSync(join(root, 'app', 'assets'), { recursive: true });
mkdirSync(join(root, 'data'));
writeFileSync(join(root, 'app', 'index.html'), '<!doctype html><p>app');
writeFileSync(join(root, 'app', 'assets', 'a.js'), 'export {};');
writeFileSync(join(root, 'data', 'n.json'), '{"records": []}');
writeFileSync(join(root, 'secret.txt'), 'no');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const mounts = { '/app/': join(root, 'app'), '/data/': join(root, 'data') };

describe('resolveMounted', () => {
  it('maps prefixes to their folders, index.html for the folder itself', () => {
    expect(resolveMounted(mounts, '/app/')).toBe(join(root, 'app', 'index.html'));
    expect(resolveMounted(mounts, '/app')).toBe(join(root, 'app', 'index.html'));
    expect(resolveMounted(mounts, '/app/assets/a.js')).toBe(join(root, 'app', 'assets', 'a.js'));
    expect(resolveMounted(mounts, '/data/n.json')).toBe(join(root, 'data', 'n.json'));
  });

  it('refuses paths outside the mounts, traversal, encoded or not, and NUL', () => {
    expect(resolveMounted(mounts, '/secret.txt')).toBeNull();
    expect(resolveMounted(mounts, '/app/../secret.txt')).toBeNull();
    expect(resolveMounted(mounts, '/app/%2e%2e/secret.txt')).toBeNull();
    expect(resolveMounted(mounts, '/app/..%5csecret.txt')).toBeNull();
    expect(resolveMounted(mounts, '/app/a%00.js')).toBeNull();
    expect(resolveMounted(mounts, '/app/%E0%A4%A')).toBeNull();
  });

  it('names content types', () => {
    expect(contentTypeFor('x/a.JS')).toMatch(/javascript/);
    expect(contentTypeFor('n.json')).toMatch(/json/);
    expect(contentTypeFor('x.bin')).toBe('application/octet-stream');
  });
});

describe('serveFolders', () => {
  it('serves the mounted files on 127.0.0.1 without caching, and 404 elsewhere', async () => {
    const server = await serveFolders({ mounts });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const page = await fetch(`${server.url}/app/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(await page.text()).toContain('app');
      expect(await (await fetch(`${server.url}/data/n.json`)).json()).toEqual({ records: [] });
      expect((await fetch(`${server.url}/secret.txt`)).status).toBe(404);
      expect((await fetch(`${server.url}/app/missing.js`)).status).toBe(404);
      expect((await fetch(`${server.url}/app/`, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});
