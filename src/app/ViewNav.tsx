import { useI18n } from '../lib/i18n/i18n-context';
import { VIEW_KEYS, type ViewKey } from './selection';

export function ViewNav({ active, onSelect }: { active: ViewKey; onSelect: (view: ViewKey) => void }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t.nav.label}>
      <ul className="flex flex-wrap gap-1">
        {VIEW_KEYS.map((key) => (
          <li key={key}>
            <a
              href={`?view=${key}`}
              aria-current={key === active ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                onSelect(key);
              }}
              className={`block rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap ${
                key === active ? 'bg-accent text-accent-ink' : 'text-ink hover:bg-sunken'
              }`}
            >
              {t.nav[key]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
