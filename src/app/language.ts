import type { Lang } from '../lib/format';

/** Where the last choice is kept (read also by the prerendered page's gate, before the first paint). */
export const LANG_KEY = 'rapor:lang';

/** `?lang=` wins (a shared link opens in its language); otherwise the person's last choice; else Indonesian. */
export function requestedLang(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'id') return fromUrl;
  try {
    return window.localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    /* the URL still carries the choice */
  }
}
