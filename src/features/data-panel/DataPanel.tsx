import { useRef } from 'react';
import type { LoadedDataset } from '../../data/sources';
import { LazyBoundary } from '../../components/ui/LazyBoundary';
import { useI18n } from '../../lib/i18n/i18n-context';
import { preloadableLazy } from '../../lib/preloadable-lazy';

// The panel is closed on the first screen: what it shows is fetched when it is opened (or when the
// page is idle, see preloadDataPanel), not with the first screen.
const body = preloadableLazy(() => import('./DataPanelBody').then((m) => m.DataPanelBody));

/** Fetches the panel's code ahead of its first opening; never fails (the panel says so if it cannot come). */
export function preloadDataPanel(): Promise<void> {
  return body.preload().catch(() => undefined);
}

interface DataPanelProps {
  current: LoadedDataset | null;
  busy: boolean;
  onFile: (file: File) => void;
  onUrl: (url: string) => void;
  onBundled: () => void;
  /** Whether the panel is open: its contents are drawn (and their code fetched) only then. */
  open: boolean;
}

const ACCEPT = '.json,.csv,.tsv,.txt,application/json,text/csv,text/plain';

/** Where the data comes from, and the three ways to bring other data: a file, a URL, the bundled set. */
export function DataPanel({ current, busy, onFile, onUrl, onBundled, open }: DataPanelProps) {
  const { t } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <section aria-labelledby="data-panel-title" data-testid="data-panel">
      <h2 id="data-panel-title" className="text-sm font-medium text-muted">
        {t.data.currentSource}
      </h2>
      <input
        ref={fileInput}
        type="file"
        accept={ACCEPT}
        className="sr-only"
        tabIndex={-1}
        // The panel's "open a file" button is the one control people and screen readers use; this
        // input only holds the file, and is always in the page so a file can be given while it is closed.
        aria-hidden="true"
        data-testid="file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
          event.currentTarget.value = '';
        }}
      />
      {open && (
        <LazyBoundary>
          <body.Component
            current={current}
            busy={busy}
            onPickFile={() => fileInput.current?.click()}
            onUrl={onUrl}
            onBundled={onBundled}
          />
        </LazyBoundary>
      )}
    </section>
  );
}
