import type { DataWarning, Problem } from '../../domain/model';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { problemText, warningText } from '../../lib/i18n/problem-text';

const SHOWN = 12;

/** The first problems in full, then a count: a 5,000-row file with a wrong column must stay readable. */
export function ProblemItems({ problems }: { problems: readonly Problem[] }) {
  const { t, fmt } = useFullI18n();
  const rest = problems.length - SHOWN;
  return (
    <ul className="list-disc space-y-0.5 pl-5" data-testid="problem-list">
      {problems.slice(0, SHOWN).map((p, i) => (
        <li key={i}>{problemText(p, t, fmt)}</li>
      ))}
      {rest > 0 && <li>{t.data.errorMore({ count: rest })}</li>}
    </ul>
  );
}

/** How many notes the load notice lists; the Data panel lists them all (up to SHOWN). */
const SHOWN_BRIEFLY = 3;

/**
 * Notes on loaded data. `brief`: the load notice above the views lists the first few and points to
 * the Data panel, so ten notes do not push the charts off the screen.
 */
export function WarningItems({ warnings, brief = false }: { warnings: readonly DataWarning[]; brief?: boolean }) {
  const { t, fmt } = useFullI18n();
  const shown = brief ? SHOWN_BRIEFLY : SHOWN;
  const rest = warnings.length - shown;
  return (
    <ul className="list-disc space-y-0.5 pl-5" data-testid="warning-list">
      {warnings.slice(0, shown).map((w, i) => (
        <li key={i}>{warningText(w, t, fmt)}</li>
      ))}
      {rest > 0 && <li>{brief ? t.data.notesMoreInPanel({ count: rest }) : t.data.notesMore({ count: rest })}</li>}
    </ul>
  );
}
