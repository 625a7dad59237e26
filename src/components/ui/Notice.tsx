import type { ReactNode } from 'react';

const TONE = {
  info: 'border-line bg-sunken text-ink',
  warn: 'border-flag bg-warn-soft text-ink',
  error: 'border-danger bg-danger-soft text-ink',
} as const;

interface NoticeProps {
  tone: keyof typeof TONE;
  title?: ReactNode;
  children?: ReactNode;
  onDismiss?: () => void;
  dismissLabel?: string;
  testId?: string;
}

/** A message block; errors are announced to screen readers as they appear. */
export function Notice({ tone, title, children, onDismiss, dismissLabel, testId }: NoticeProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
      className={`rounded-lg border-l-4 px-4 py-3 text-sm ${TONE[tone]}`}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          {title && <p className="font-semibold">{title}</p>}
          {children}
        </div>
        {onDismiss && (
          <button type="button" onClick={onDismiss} className="shrink-0 rounded px-2 py-0.5 text-muted hover:bg-raised">
            {dismissLabel}
          </button>
        )}
      </div>
    </div>
  );
}
