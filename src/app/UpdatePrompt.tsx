import { useState } from 'react';
import { Notice } from '../components/ui/Notice';
import { useFullI18n } from '../lib/i18n/i18n-context';
import type { ApplyUpdate } from '../lib/service-worker';

/**
 * Offers a newer build that has been downloaded and is waiting. Nothing changes until the person
 * chooses to reload (what they have open is theirs to leave); "Later" hides the offer on this page,
 * and the next visit after every tab of the app is closed opens the new build anyway.
 */
export function UpdatePrompt({ applyUpdate }: { applyUpdate: ApplyUpdate }) {
  const { t } = useFullI18n();
  const [dismissed, setDismissed] = useState(false);
  const [reloading, setReloading] = useState(false);
  if (dismissed) return null;
  return (
    <Notice tone="info" testId="update-prompt" onDismiss={() => setDismissed(true)} dismissLabel={t.update.later}>
      <p>{t.update.ready}</p>
      <button
        type="button"
        disabled={reloading}
        onClick={() => {
          setReloading(true);
          void applyUpdate();
        }}
        className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink hover:opacity-90 disabled:opacity-60"
      >
        {t.update.reload}
      </button>
    </Notice>
  );
}
