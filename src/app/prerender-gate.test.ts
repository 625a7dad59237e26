import { afterEach, describe, expect, it, vi } from 'vitest';
import { prerenderGate, prerenderGateScript, PRERENDER_MIN_WINDOW, type GateSettings } from './prerender-gate';

const settings: GateSettings = {
  entry: './assets/index-abc.js',
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
  const listeners = new Map<string, (event?: unknown) => void>();
  const started: { type: string; src: string; crossOrigin: string }[] = [];
  const frames: (() => void)[] = [];
  Object.assign(globalThis, {
    Element: FakeElement,
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    document: {
      documentElement: root,
      addEventListener: (type: string, listener: (event?: unknown) => void) => listeners.set(type, listener),
      createElement: () => ({ type: '', src: '', crossOrigin: '' }),
      head: { append: (script: (typeof started)[number]) => started.push(script) },
    },
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
  const parsed = () => listeners.get('DOMContentLoaded')?.();
  const paint = () => frames.splice(0).forEach((frame) => frame());
  const listener = (type: string) => listeners.get(type);
  return {
    prerender: root.dataset.prerender,
    lang: root.lang,
    dark: classes.has('dark'),
    parsed,
    paint,
    started,
    listener,
    root,
  };
}

/** Stands for the DOM's Element: the gate checks a click's target with `instanceof Element`. */
class FakeElement {}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'Element');
  vi.useRealTimers();
  Reflect.deleteProperty(globalThis, 'requestAnimationFrame');
  Reflect.deleteProperty(globalThis, 'document');
  Reflect.deleteProperty(globalThis, 'window');
});

describe('prerenderGate', () => {
  it('lets the prerendered screen stand for a first visit at the default address on a wide window', () => {
    expect(gate({})).toMatchObject({ prerender: 'stands', lang: 'id', dark: false });
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

  it('starts the app once the page is parsed and, where the screen stands, only after it has been painted', () => {
    vi.useFakeTimers();
    const standing = gate({});
    expect(standing.started).toEqual([]);
    standing.parsed();
    expect(standing.started).toEqual([]);
    standing.paint();
    vi.runAllTimers();
    expect(standing.started).toEqual([{ type: 'module', src: './assets/index-abc.js', crossOrigin: 'anonymous' }]);

    const replaced = gate({ search: '?lang=en' });
    replaced.parsed();
    expect(replaced.started).toHaveLength(1);
  });

  it('takes a tab followed before the app has taken over, and only then', () => {
    const clicks: { target: unknown; button: number; defaultPrevented: boolean }[] = [];
    const pushed: string[] = [];
    const standing = gate({});
    const onClick = standing.listener('click');
    Object.assign(globalThis.window, {
      history: { pushState: (_: unknown, __: string, url: string) => pushed.push(url) },
    });
    const link = { getAttribute: () => '?view=dimensions' };
    const click = (button = 0, extra: Record<string, boolean> = {}) => {
      const event = {
        target: Object.assign(Object.create(FakeElement.prototype) as object, { closest: () => link }),
        button,
        metaKey: false,
        ctrlKey: false,
        shiftKey: false,
        altKey: false,
        ...extra,
        defaultPrevented: false,
        preventDefault() {
          this.defaultPrevented = true;
        },
      };
      onClick?.(event);
      clicks.push(event);
      return event.defaultPrevented;
    };
    expect(click()).toBe(true);
    expect(pushed).toEqual(['?view=dimensions']);
    // A click meant for a new tab or window is the browser's.
    expect(click(0, { ctrlKey: true })).toBe(false);
    expect(click(1)).toBe(false);
    // Once main.tsx has taken the screen over (or drawn the app afresh), the app's links answer.
    standing.root.dataset.prerender = 'hydrating';
    expect(click()).toBe(false);
    standing.root.dataset.prerender = 'replaced';
    expect(click()).toBe(false);
    expect(pushed).toHaveLength(1);
    // Where the screen does not stand, no click is taken at all.
    expect(gate({ search: '?lang=en' }).listener('click')).toBeUndefined();
  });

  it('is sent as self-contained source text that calls itself with the app’s storage keys', () => {
    const script = prerenderGateScript('./assets/index-abc.js');
    expect(script).toMatch(/^\(function prerenderGate\(/);
    expect(script).toContain('"savedKey":"rapor:saved:last-dataset"');
    expect(script).toContain('"langKey":"rapor:lang"');
    expect(script).toContain('"entry":"./assets/index-abc.js"');
    expect(script).toContain('"themeKey":"rapor:theme"');
    expect(script).not.toMatch(/__vite_ssr|import\(/);
  });
});
