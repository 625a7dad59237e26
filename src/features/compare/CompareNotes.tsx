import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';

interface CompareNotesProps {
  legend?: ReactNode;
  /** A change of assessment method between the compared years, said first. */
  methodNotes: readonly string[];
  sourceLines: readonly string[];
  illustrative: boolean;
}

/** The notes under every card of this view: legend, change of method, source lines, illustrative-values note. */
export function CompareNotes({ legend, methodNotes, sourceLines, illustrative }: CompareNotesProps) {
  const { t } = useI18n();
  return (
    <>
      {legend}
      {methodNotes.map((line) => (
        <p key={line} data-testid="compare-method-note">
          {line}
        </p>
      ))}
      {sourceLines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {illustrative && <p data-testid="illustrative-note">{t.chart.illustrativeNote}</p>}
    </>
  );
}
