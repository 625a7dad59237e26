import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';

/** Where the person's pick is kept (read also by the prerendered page's gate, before the first paint). */
export const THEME_STORAGE_KEY = 'rapor:theme';

const noSubscription = () => () => undefined;

function systemTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function storedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // storage can be blocked; the system setting still applies
  }
}

/** Follows the system setting until the person picks a mode; their pick is remembered. */
export function useTheme(): [Theme, () => void] {
  const [chosen, setChosen] = useState<Theme | null>(storedTheme);
  const [system, setSystem] = useState<Theme>(systemTheme);

  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return;
    const onChange = () => setSystem(query.matches ? 'dark' : 'light');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  // While a prerendered page hydrates, the theme is the one it was drawn in (light); right after, the
  // person's. The page's gate has already set the `dark` class before the first paint, and the label
  // is chosen by that class (Header), so nothing changes on screen.
  const hydrating = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  const theme = hydrating ? 'light' : (chosen ?? system);
  useEffect(() => {
    if (hydrating) return;
    const root = document.documentElement;
    root.classList.toggle('dark', theme === 'dark');
    // Paper is white: print in the light palette whatever the screen shows.
    const beforePrint = () => root.classList.remove('dark');
    const afterPrint = () => root.classList.toggle('dark', theme === 'dark');
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [theme, hydrating]);

  const toggle = useCallback(() => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    setChosen(next);
    try {
      window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      /* not remembered, still applied */
    }
  }, [theme]);

  return [theme, toggle];
}
