import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';

interface LazyBoundaryProps {
  children: ReactNode;
  /** Shown while the part's code or words are fetched; a short "loading" line unless given. */
  fallback?: ReactNode;
}

/**
 * Around a part of the page whose code or words are fetched when first needed: "loading" while they
 * come, and if they cannot (offline before the app was cached, a new version deployed meanwhile) a
 * plain sentence with a reload button in its place — the rest of the page keeps working.
 */
export function LazyBoundary({ children, fallback }: LazyBoundaryProps) {
  const { t } = useI18n();
  return (
    <FailedPartBoundary message={t.app.partFailed} reloadLabel={t.app.reload}>
      <Suspense fallback={fallback ?? <p className="text-sm text-muted">{t.app.loadingPart}</p>}>{children}</Suspense>
    </FailedPartBoundary>
  );
}

interface FailedPartBoundaryProps {
  message: string;
  reloadLabel: string;
  children: ReactNode;
}

// Error boundaries are still class components in React 19.
class FailedPartBoundary extends Component<FailedPartBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever investigates; the person sees the sentence below.
    console.warn('Rapor: a part of the page failed to load', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="rounded-lg border border-line bg-raised p-3 text-sm" data-testid="part-failed">
        <p>{this.props.message}</p>
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="mt-2 rounded-md border border-line px-2.5 py-1 text-ink hover:bg-sunken"
        >
          {this.props.reloadLabel}
        </button>
      </div>
    );
  }
}
