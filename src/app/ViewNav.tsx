import { useI18n } from '../lib/i18n/i18n-context';
import { VIEW_KEYS, type ViewKey } from './selection';

interface ViewNavProps {
  active: ViewKey;
  onSelect: (view: ViewKey) => void;
  /** A pointer over a tab or focus on it: the view is likely next, so its code can be fetched. */
  onIntent?: (view: ViewKey) => void;
}

export function ViewNav({ active, onSelect, onIntent }: ViewNavProps) {
  const { t } = useI18n();
  return (
    <nav aria-label={t.nav.label}>
      <ul className="flex flex-wrap gap-1">
        {VIEW_KEYS.map((key) => (
          <li key={key}>
            <a
              href={`?view=${key}`}
              aria-current={key === active ? 'page' : undefined}
              onPointerEnter={() => onIntent?.(key)}
              onFocus={() => onIntent?.(key)}
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
