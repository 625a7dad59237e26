import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder, precacheList, serviceWorkerSource, shellVersion, type ShellFile } from './offline-shell';

const bytes = (text: string) => new TextEncoder().encode(text);
const FILES: ShellFile[] = [
  { path: 'assets/index-3f2a.js', content: bytes('console.log(1)') },
  { path: 'index.html', content: bytes('<!doctype html>') },
  { path: 'data/rapor-default.json', content: bytes('{}') },
  { path: 'sw.js', content: bytes('old worker') },
  { path: 'assets/index-3f2a.js.map', content: bytes('{}') },
  { path: '.well-known/x', content: bytes('x') },
  { path: 'assets/inter-latin.woff2', content: bytes('font') },
];

describe('precacheList', () => {
  it('lists the page first, then every other file, relative to the worker; never the worker, maps or dot files', () => {
    expect(precacheList(FILES)).toEqual([
      './index.html',
      './assets/index-3f2a.js',
      './assets/inter-latin.woff2',
      './data/rapor-default.json',
    ]);
  });

  it('is empty for an empty output', () => {
    expect(precacheList([])).toEqual([]);
  });
});

describe('shellVersion', () => {
  it('is the same for the same files in any order', () => {
    expect(shellVersion([...FILES].reverse())).toBe(shellVersion(FILES));
    expect(shellVersion(FILES)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when a cached file changes, not when the worker or a map does', () => {
    const base = shellVersion(FILES);
    const data = FILES.map((f) => (f.path === 'data/rapor-default.json' ? { ...f, content: bytes('{"a":1}') } : f));
    expect(shellVersion(data)).not.toBe(base);
    const worker = FILES.map((f) => (f.path === 'sw.js' ? { ...f, content: bytes('new worker') } : f));
    expect(shellVersion(worker)).toBe(base);
    const map = FILES.map((f) => (f.path.endsWith('.map') ? { ...f, content: bytes('[]') } : f));
    expect(shellVersion(map)).toBe(base);
  });

  it('tells a renamed file apart', () => {
    const renamed = FILES.map((f) => (f.path === 'index.html' ? { ...f, path: 'home.html' } : f));
    expect(shellVersion(renamed)).not.toBe(shellVersion(FILES));
  });
});

describe('serviceWorkerSource', () => {
  it('puts the version and the list in front of the template as constants', () => {
    const source = serviceWorkerSource('self.addEventListener("install", () => {});', FILES);
    const lines = source.split('\n');
    expect(lines[1]).toBe(`const VERSION = "${shellVersion(FILES)}";`);
    // The list is written as JSON, so it reads back as it was given.
    const list = /const PRECACHE = (\[[^\]]*\]);/.exec(source)?.[1] ?? 'null';
    expect(JSON.parse(list)).toEqual(precacheList(FILES));
    expect(source.endsWith('self.addEventListener("install", () => {});')).toBe(true);
  });
});

describe('filesUnder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapor-shell-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists nested files with forward-slash paths and their bytes', () => {
    mkdirSync(join(dir, 'assets', 'fonts'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'page');
    writeFileSync(join(dir, 'assets', 'fonts', 'a.woff2'), 'font');
    const files = filesUnder(dir).sort((a, b) => a.path.localeCompare(b.path));
    expect(files.map((f) => [f.path, new TextDecoder().decode(f.content)])).toEqual([
      ['assets/fonts/a.woff2', 'font'],
      ['index.html', 'page'],
    ]);
  });
});
