import { useFullI18n } from '../../lib/i18n/i18n-context';

/** Fewer than two items: what the view is for and the ways to add items. */
export function CompareEmptyState({ onlyItem }: { onlyItem: string | null }) {
  const { t } = useFullI18n();
  return (
    <section
      data-testid="compare-empty"
      className="rounded-xl border border-dashed border-line bg-raised p-5 text-ink"
      aria-labelledby="compare-empty-title"
    >
      <h3 id="compare-empty-title" className="text-base font-semibold">
        {onlyItem ? t.compare.emptyOneTitle : t.compare.emptyTitle}
      </h3>
      <p className="mt-1 text-sm">{onlyItem ? t.compare.emptyOne({ item: onlyItem }) : t.compare.emptyBody}</p>
      <p className="mt-2 text-sm">{t.compare.emptyWays}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        <li>{t.compare.emptyWayPicker}</li>
        <li>{t.compare.emptyWayShortcut}</li>
        <li>{t.compare.emptyWayButton}</li>
      </ul>
    </section>
  );
}
