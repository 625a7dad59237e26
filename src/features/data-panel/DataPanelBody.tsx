import { useId, useState, type FormEvent } from 'react';
import type { LoadedDataset } from '../../data/sources';
import { entitiesOf, yearsOf } from '../../domain/aggregate';
import { toCanonicalJson } from '../../domain/canonical';
import { downloadBlob } from '../../lib/export/download';
import { exportFileName } from '../../lib/export/file-name';
import { Notice } from '../../components/ui/Notice';
import { useI18n } from '../../lib/i18n/i18n-context';
import { sourceText } from '../../lib/i18n/source-text';
import { WarningList } from './ProblemList';
import { sourceLabel } from './source-label';

export interface DataPanelBodyProps {
  current: LoadedDataset | null;
  busy: boolean;
  /** Opens the file chooser (the file input lives in DataPanel, always in the page). */
  onPickFile: () => void;
  onUrl: (url: string) => void;
  onBundled: () => void;
}

function downloadDataset(loaded: LoadedDataset): void {
  const json = JSON.stringify(toCanonicalJson(loaded.dataset), null, 2);
  const base =
    loaded.dataset.title ?? (loaded.source.kind === 'file' ? loaded.source.name.replace(/\.\w+$/, '') : 'rapor-data');
  downloadBlob(new Blob([json], { type: 'application/json' }), exportFileName({ chart: base }, 'json'));
}

/** Where the data comes from, and the three ways to bring other data: a file, a URL, the bundled set. */
export function DataPanelBody({ current, busy, onPickFile, onUrl, onBundled }: DataPanelBodyProps) {
  const { t, fmt } = useI18n();
  const urlId = useId();
  const [url, setUrl] = useState(current?.source.kind === 'url' ? current.source.url : '');

  const submitUrl = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = url.trim();
    if (trimmed) onUrl(trimmed);
  };

  const years = current ? yearsOf(current.dataset) : [];
  const yearRange = years.length === 0 ? '—' : years.length === 1 ? String(years[0]) : `${years[0]}–${years.at(-1)}`;
  const source = current ? sourceText(current.dataset.source, t, fmt) : null;

  return (
    <div className="space-y-4" data-testid="data-panel-body">
      <div>
        {current ? (
          <div className="mt-1 space-y-0.5 text-sm">
            <p className="font-semibold text-ink" data-testid="data-source-label">
              {sourceLabel(current.source, t)}
            </p>
            <p className="text-muted">
              {t.data.datasetCounts({
                records: fmt.integer(current.dataset.records.length),
                entities: fmt.integer(entitiesOf(current.dataset).length),
                years: yearRange,
              })}
              {' · '}
              {t.data.loadedAt({ when: fmt.dateTime(current.loadedAt) })}
            </p>
            {source && <p className="text-muted">{source}</p>}
          </div>
        ) : (
          <p className="mt-1 text-sm text-muted">{t.app.noData}</p>
        )}
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          disabled={busy}
          onClick={onPickFile}
          className="rounded-md bg-accent px-3 py-2 text-sm font-medium text-accent-ink hover:opacity-90 disabled:opacity-50"
        >
          {t.data.openFile}
        </button>
        <span className="text-sm text-muted">{t.data.dropHint}</span>
        {current && (
          <button
            type="button"
            onClick={() => downloadDataset(current)}
            title={t.data.downloadJsonHint}
            data-testid="download-json"
            className="rounded-md border border-line px-3 py-2 text-sm text-ink hover:bg-sunken"
          >
            {t.data.downloadJson}
          </button>
        )}
        {current?.source.kind !== 'bundled' && (
          <button
            type="button"
            disabled={busy}
            onClick={onBundled}
            data-testid="back-to-bundled"
            className="rounded-md border border-line px-3 py-2 text-sm text-ink hover:bg-sunken disabled:opacity-50"
          >
            {t.data.backToBundled}
          </button>
        )}
      </div>

      <form onSubmit={submitUrl} className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 basis-64">
          <label htmlFor={urlId} className="block text-sm font-medium text-ink">
            {t.data.urlLabel}
          </label>
          <input
            id={urlId}
            type="url"
            inputMode="url"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            placeholder={t.data.urlPlaceholder}
            className="mt-1 w-full rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink"
          />
        </div>
        <button
          type="submit"
          disabled={busy || !url.trim()}
          className="rounded-md border border-accent px-3 py-2 text-sm font-medium text-accent hover:bg-sunken disabled:opacity-50"
        >
          {t.data.loadUrl}
        </button>
      </form>

      {current && current.warnings.length > 0 && (
        <Notice tone="warn" testId="data-warnings" title={t.data.warningsTitle({ count: current.warnings.length })}>
          <WarningList warnings={current.warnings} />
        </Notice>
      )}
    </div>
  );
}
