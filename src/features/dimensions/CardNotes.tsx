import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';

interface CardNotesProps {
  legend: ReactNode;
  sourceLine: string | null;
  illustrative: boolean;
}

/** The notes under every card of this view: legend, source, and the illustrative-values note. */
export function CardNotes({ legend, sourceLine, illustrative }: CardNotesProps) {
  const { t } = useI18n();
  return (
    <>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">{legend}</div>
      {sourceLine && <p>{sourceLine}</p>}
      {illustrative && <p data-testid="illustrative-note">{t.chart.illustrativeNote}</p>}
    </>
  );
}
