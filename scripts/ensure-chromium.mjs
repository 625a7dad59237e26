#!/usr/bin/env node
// Finds a Chromium for the end-to-end tests (playwright-core brings no browser of its own).
// Order: $CHROMIUM_PATH, then the usual names on PATH, then /usr/bin/chromium. As root on
// Debian/Ubuntu it installs the distribution package; anywhere else it says what to install.
// The path found is written to node_modules/.cache/rapor-chromium-path for the tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cacheFile = join(projectRoot, 'node_modules', '.cache', 'rapor-chromium-path');
const commandNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const fixedPaths = ['/usr/bin/chromium'];

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findOnPath(name) {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const suffixes = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of dirs) {
    for (const suffix of suffixes) {
      const candidate = join(dir, name + suffix);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return null;
}

/** @returns {{ path: string } | { error: string }} */
function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    // An explicit choice that doesn't work is an error, not a reason to silently pick another browser.
    return isExecutableFile(fromEnv)
      ? { path: fromEnv }
      : { error: `CHROMIUM_PATH is set to "${fromEnv}", but that is not an executable file.` };
  }
  for (const name of commandNames) {
    const found = findOnPath(name);
    if (found) return { path: found };
  }
  for (const path of fixedPaths) {
    if (isExecutableFile(path)) return { path };
  }
  return {
    error: `No Chromium found (looked for $CHROMIUM_PATH, ${commandNames.join(', ')} on PATH, ${fixedPaths.join(', ')}).`,
  };
}

function chromiumVersion(path) {
  try {
    return execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
    }).trim();
  } catch {
    return null;
  }
}

function canInstallWithApt() {
  if (process.platform !== 'linux' || typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  if (!existsSync('/etc/debian_version')) return false;
  return findOnPath('apt-get') !== null;
}

function run(command, args) {
  console.log(`ensure-chromium: running: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function installWithApt() {
  console.log(
    'ensure-chromium: no Chromium found; installing the Debian/Ubuntu package "chromium" with apt-get (running as root).',
  );
  return run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']);
}

const installHelp = `
The end-to-end tests need Chromium (or Google Chrome). Install one of them:
  Debian/Ubuntu:  sudo apt-get install chromium
                  (on Ubuntu releases where that is a snap shim: sudo snap install chromium)
  Fedora:         sudo dnf install chromium
  macOS:          brew install --cask chromium
                  then: export CHROMIUM_PATH="/Applications/Chromium.app/Contents/MacOS/Chromium"
  Windows:        winget install Google.Chrome
                  then: set CHROMIUM_PATH=C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe
Or point CHROMIUM_PATH at any Chromium/Chrome executable and run this again.`;

function fail(reason) {
  console.error(`ensure-chromium: ${reason}`);
  console.error(installHelp);
  process.exit(1);
}

let found = findChromium();
if ('error' in found && !process.env.CHROMIUM_PATH && canInstallWithApt()) {
  if (!installWithApt()) fail('apt-get could not install chromium.');
  found = findChromium();
}
if ('error' in found) fail(found.error);

const version = chromiumVersion(found.path);
if (version === null) fail(`${found.path} was found but "${found.path} --version" failed.`);

mkdirSync(dirname(cacheFile), { recursive: true });
writeFileSync(cacheFile, `${found.path}\n`);
console.log(`ensure-chromium: using ${found.path} (${version})`);
