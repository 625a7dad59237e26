import type { MouseEvent } from 'react';
import { useI18n } from '../lib/i18n/i18n-context';
import { patchSearch } from '../lib/url-state';
import { VIEW_KEYS, type ViewKey } from './selection';

interface ViewNavProps {
  active: ViewKey;
  /** The address's current parameters: each tab links to them with only `view` changed. */
  params: URLSearchParams;
  onSelect: (view: ViewKey) => void;
  /** A pointer over a tab or focus on it: the view is likely next, so its code can be fetched. */
  onIntent?: (view: ViewKey) => void;
}

/**
 * The address a tab opens: the same year, entity, type, language, data, comparison, rule and open
 * unit, with only the view changed, as a plain click does (Shell sets `view` alone). So a tab opened
 * in a new tab or copied as a link shows the same selection.
 */
export function viewHref(params: URLSearchParams, view: ViewKey): string {
  return patchSearch(params.toString(), { view });
}

/** A click the browser should handle itself: new tab or window, download, or not the main button. */
function opensElsewhere(e: MouseEvent<HTMLAnchorElement>): boolean {
  return e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}

export function ViewNav({ active, params, onSelect, onIntent }: ViewNavProps) {
  const { t } = useI18n();
  return (
    <nav aria-label={t.nav.label}>
      <ul className="flex flex-wrap gap-1">
        {VIEW_KEYS.map((key) => (
          <li key={key}>
            <a
              href={viewHref(params, key)}
              aria-current={key === active ? 'page' : undefined}
              onPointerEnter={() => onIntent?.(key)}
              onFocus={() => onIntent?.(key)}
              onClick={(e) => {
                if (e.defaultPrevented || opensElsewhere(e)) return;
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
