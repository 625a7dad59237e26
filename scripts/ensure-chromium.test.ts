import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The script writes its cache next to its own folder, so a copy in a temporary project
// leaves the real node_modules/.cache untouched.
let project: string;
let script: string;
let fakeBrowser: string;
const cacheFile = (): string => join(project, 'node_modules', '.cache', 'rapor-chromium-path');

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'rapor-ensure-'));
  mkdirSync(join(project, 'scripts'));
  script = join(project, 'scripts', 'ensure-chromium.mjs');
  copyFileSync(join(import.meta.dirname, 'ensure-chromium.mjs'), script);
  fakeBrowser = join(project, 'fake-chromium');
  writeFileSync(fakeBrowser, '#!/bin/sh\necho "Chromium 999.0 fake"\n');
  chmodSync(fakeBrowser, 0o755);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

function ensure(env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ensure-chromium', () => {
  it('uses CHROMIUM_PATH, prints path and version, and caches the path for the tests', () => {
    const result = ensure({ CHROMIUM_PATH: fakeBrowser });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`using ${fakeBrowser} (Chromium 999.0 fake)`);
    expect(readFileSync(cacheFile(), 'utf8').trim()).toBe(fakeBrowser);
  });

  it('fails with install instructions when CHROMIUM_PATH names no executable, without installing', () => {
    rmSync(cacheFile(), { force: true });
    const result = ensure({ CHROMIUM_PATH: '/nonexistent' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('CHROMIUM_PATH is set to "/nonexistent"');
    expect(result.stderr).toContain('sudo apt-get install chromium');
    expect(result.stderr).toContain('macOS');
    expect(result.stderr).toContain('Windows');
    expect(result.stdout).not.toContain('apt-get');
    expect(existsSync(cacheFile())).toBe(false);
  });

  it('finds a chromium-browser on PATH', () => {
    const bin = join(project, 'bin');
    mkdirSync(bin, { recursive: true });
    copyFileSync(fakeBrowser, join(bin, 'chromium-browser'));
    chmodSync(join(bin, 'chromium-browser'), 0o755);
    const result = ensure({ CHROMIUM_PATH: '', PATH: bin });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`using ${join(bin, 'chromium-browser')}`);
  });
});
