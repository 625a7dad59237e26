import type { ReactNode } from 'react';

interface StatTileProps {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  testId?: string;
}

/** A figure with its label. On a phone three sit in a row, so the value is set small enough for a unit's short name. */
export function StatTile({ label, value, detail, testId }: StatTileProps) {
  return (
    <div data-testid={testId} className="min-w-0 rounded-xl border border-line bg-raised p-3 shadow-sm sm:p-4">
      <dt className="text-xs text-muted sm:text-sm">{label}</dt>
      <dd className="mt-1 text-sm font-semibold break-words text-ink sm:text-xl">{value}</dd>
      {detail && <dd className="mt-1 text-sm text-muted">{detail}</dd>}
    </div>
  );
}
