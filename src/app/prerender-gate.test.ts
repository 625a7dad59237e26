import { afterEach, describe, expect, it } from 'vitest';
import { prerenderGate, prerenderGateScript, PRERENDER_MIN_WINDOW, type GateSettings } from './prerender-gate';

const settings: GateSettings = {
  langKey: 'rapor:lang',
  themeKey: 'rapor:theme',
  savedKey: 'rapor:saved:last-dataset',
  minWindow: PRERENDER_MIN_WINDOW,
};

interface Page {
  search?: string;
  width?: number;
  stored?: Record<string, string>;
  storageBlocked?: boolean;
  systemDark?: boolean;
}

/** Runs the gate against a stand-in for the page's globals; returns what it set on <html>. */
function gate({ search = '', width = 1366, stored = {}, storageBlocked = false, systemDark = false }: Page) {
  const classes = new Set<string>();
  const root = {
    dataset: {} as Record<string, string>,
    lang: 'id',
    classList: { add: (name: string) => classes.add(name) },
  };
  Object.assign(globalThis, {
    document: { documentElement: root },
    window: {
      innerWidth: width,
      location: { search },
      matchMedia: () => ({ matches: systemDark }),
      get localStorage() {
        if (storageBlocked) throw new Error('SecurityError');
        return { getItem: (key: string) => stored[key] ?? null };
      },
    },
  });
  prerenderGate(settings);
  return { prerender: root.dataset.prerender, lang: root.lang, dark: classes.has('dark') };
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'document');
  Reflect.deleteProperty(globalThis, 'window');
});

describe('prerenderGate', () => {
  it('lets the prerendered screen stand for a first visit at the default address on a wide window', () => {
    expect(gate({})).toEqual({ prerender: 'stands', lang: 'id', dark: false });
    expect(gate({ width: PRERENDER_MIN_WINDOW }).prerender).toBe('stands');
  });

  it.each<[string, Page]>([
    ['any address parameter', { search: '?year=2024' }],
    ['another view', { search: '?view=dimensions' }],
    ['a ?data= link', { search: '?data=https%3A%2F%2Fexample.org%2Fd.json' }],
    ['a window narrower than it was drawn for', { width: PRERENDER_MIN_WINDOW - 1 }],
    ['English chosen earlier', { stored: { 'rapor:lang': 'en' } }],
    ['a dataset kept from an earlier visit', { stored: { 'rapor:saved:last-dataset': '1' } }],
    ['storage that cannot be read', { storageBlocked: true }],
  ])('replaces it for %s', (_what, page) => {
    expect(gate(page).prerender).toBe('replaced');
  });

  it('says English for the loading line when English is asked for', () => {
    expect(gate({ search: '?lang=en' })).toMatchObject({ prerender: 'replaced', lang: 'en' });
    expect(gate({ stored: { 'rapor:lang': 'en' } }).lang).toBe('en');
    expect(gate({ search: '?lang=id', stored: { 'rapor:lang': 'en' } }).lang).toBe('id');
  });

  it('applies the dark theme before the first paint: the chosen one, else the system’s', () => {
    expect(gate({ stored: { 'rapor:theme': 'dark' } }).dark).toBe(true);
    expect(gate({ systemDark: true }).dark).toBe(true);
    expect(gate({ systemDark: true, stored: { 'rapor:theme': 'light' } }).dark).toBe(false);
    // The theme does not decide whether the screen stands: the page draws it in either.
    expect(gate({ systemDark: true }).prerender).toBe('stands');
  });

  it('is sent as self-contained source text that calls itself with the app’s storage keys', () => {
    const script = prerenderGateScript();
    expect(script).toMatch(/^\(function prerenderGate\(/);
    expect(script).toContain('"savedKey":"rapor:saved:last-dataset"');
    expect(script).toContain('"langKey":"rapor:lang"');
    expect(script).toContain('"themeKey":"rapor:theme"');
    expect(script).not.toMatch(/__vite_ssr|import\(/);
  });
});
