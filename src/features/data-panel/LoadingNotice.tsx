import { useEffect, useState } from 'react';
import type { ReadStage } from '../../data/read-input';
import type { DataSource } from '../../data/sources';
import type { Formatters } from '../../lib/format';
import type { Messages } from '../../lib/i18n/messages';
import { useI18n } from '../../lib/i18n/i18n-context';
import { sourceLabel } from './source-label';
import './load-progress.css';

/** How far a load has come. */
export interface LoadingProgress {
  stage: ReadStage;
  /** Bytes downloaded so far; absent where they are not counted (a file is read whole). */
  received?: number;
  /** The size in bytes when known: a download's Content-Length, a file's size. */
  total?: number;
}

/** A load quicker than this shows no notice: a flash of "loading" would only distract. */
export const LOADING_NOTICE_DELAY_MS = 300;

/** Byte counts below this read "0 MB": they are left out, the bar says enough. */
const MIN_BYTES_SHOWN = 50_000;

/**
 * What a load is doing (downloading, reading, parsing, checking) and, while bytes come in, how many.
 * The stage is said politely to screen readers when it changes; the byte count, which changes many
 * times a second, sits outside the live region (the progress bar carries it for those who ask).
 */
export function LoadingNotice({ source, progress }: { source: DataSource; progress: LoadingProgress | undefined }) {
  const { t, fmt } = useI18n();
  const shown = useShownAfter(LOADING_NOTICE_DELAY_MS);
  const stage = progress?.stage;
  const counted = progress?.stage === 'reading' && progress.received !== undefined ? progress.received : undefined;
  const total = progress?.stage === 'reading' ? progress.total : undefined;
  const determinate = counted !== undefined && total !== undefined && total > 0;
  const bytes = progress ? bytesText(progress, t, fmt) : null;

  // The live region is in the page from the start, empty until the delay is over: a region that
  // appears together with its text is not announced by every screen reader. Not atomic, so a new
  // stage is said without the (often long) source again.
  return (
    <div
      data-testid={shown ? 'load-status' : undefined}
      data-stage={shown ? stage : undefined}
      className={shown ? 'rounded-lg border-l-4 border-accent bg-sunken px-4 py-3 text-sm text-ink' : undefined}
    >
      <div className="flex items-end justify-between gap-4">
        <div role="status" aria-atomic="false" className="min-w-0">
          {shown && (
            <>
              <p className="font-medium wrap-anywhere">{t.data.loadingFrom({ source: sourceLabel(source, t) })}</p>
              {stage && <p className="text-muted">{stageText(stage, source, t)}</p>}
            </>
          )}
        </div>
        {shown && bytes && (
          <span data-testid="load-bytes" className="shrink-0 text-muted tabular-nums">
            {bytes}
          </span>
        )}
      </div>
      {shown && (
        <progress
          aria-label={t.data.loadProgress}
          className="rapor-progress mt-2.5 w-full"
          {...(determinate ? { value: Math.min(counted, total), max: total } : {})}
        />
      )}
    </div>
  );
}

function stageText(stage: ReadStage, source: DataSource, t: Messages): string {
  switch (stage) {
    case 'reading':
      return source.kind === 'file' ? t.data.stageReadingFile : t.data.stageDownloading;
    case 'parsing':
      return t.data.stageParsing;
    case 'validating':
      return t.data.stageValidating;
  }
}

/** "12,4 MB dari 48 MB" while downloading, "12,4 MB diterima" without a known size, a file's size. */
function bytesText(progress: LoadingProgress, t: Messages, fmt: Formatters): string | null {
  const { stage, received, total } = progress;
  if (stage !== 'reading' || Math.max(received ?? 0, total ?? 0) < MIN_BYTES_SHOWN) return null;
  if (received === undefined) return total === undefined ? null : fmt.megabytes(total);
  if (total === undefined) return t.data.bytesReceived({ received: fmt.megabytes(received) });
  return t.data.bytesOf({ received: fmt.megabytes(received), total: fmt.megabytes(total) });
}

/** False until `delayMs` has passed since the first render. */
function useShownAfter(delayMs: number): boolean {
  const [shown, setShown] = useState(delayMs <= 0);
  useEffect(() => {
    if (shown) return;
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs, shown]);
  return shown;
}
