import type { Lang } from '../lib/format';
import { useI18n } from '../lib/i18n/i18n-context';
import type { Theme } from '../lib/theme';

interface HeaderProps {
  title: string | undefined;
  theme: Theme;
  onToggleTheme: () => void;
  onLangChange: (lang: Lang) => void;
}

export function Header({ title, theme, onToggleTheme, onLangChange }: HeaderProps) {
  const { t, lang } = useI18n();
  const other: Lang = lang === 'id' ? 'en' : 'id';
  return (
    <header className="border-b border-line bg-raised">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <div className="flex min-w-0 items-center gap-3">
          <svg aria-hidden viewBox="0 0 32 32" className="h-8 w-8 shrink-0">
            <rect width="32" height="32" rx="6" fill="var(--rapor-accent)" />
            <rect x="7" y="17" width="4" height="8" fill="var(--rapor-accent-ink)" />
            <rect x="14" y="11" width="4" height="14" fill="var(--rapor-accent-ink)" />
            <rect x="21" y="7" width="4" height="18" fill="var(--rapor-accent-ink)" />
          </svg>
          <div className="min-w-0">
            <p className="text-lg leading-tight font-bold text-ink">{t.app.name}</p>
            <p className="truncate text-xs text-muted">{title ?? t.app.tagline}</p>
          </div>
        </div>
        <div className="flex items-center gap-2">
          <button
            type="button"
            onClick={() => onLangChange(other)}
            aria-label={t.app.switchLanguageLabel}
            lang={other}
            data-testid="lang-toggle"
            className="rounded-md border border-line px-2.5 py-1.5 text-sm text-ink hover:bg-sunken"
          >
            {t.app.switchLanguage}
          </button>
          <button
            type="button"
            onClick={onToggleTheme}
            aria-pressed={theme === 'dark'}
            data-testid="theme-toggle"
            className="rounded-md border border-line px-2.5 py-1.5 text-sm text-ink hover:bg-sunken"
          >
            {/* Chosen by the page's `dark` class, which a prerendered page has before any script has run. */}
            <span className="dark:hidden">{t.app.themeDark}</span>
            <span className="hidden dark:inline">{t.app.themeLight}</span>
          </button>
        </div>
      </div>
    </header>
  );
}
