import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';

interface CompareNotesProps {
  legend?: ReactNode;
  sourceLines: readonly string[];
  illustrative: boolean;
}

/** The notes under every card of this view: legend, source lines, illustrative-values note. */
export function CompareNotes({ legend, sourceLines, illustrative }: CompareNotesProps) {
  const { t } = useI18n();
  return (
    <>
      {legend}
      {sourceLines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {illustrative && <p data-testid="illustrative-note">{t.chart.illustrativeNote}</p>}
    </>
  );
}
