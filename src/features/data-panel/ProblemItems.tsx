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

export function WarningItems({ warnings }: { warnings: readonly DataWarning[] }) {
  const { t, fmt } = useFullI18n();
  const rest = warnings.length - SHOWN;
  return (
    <ul className="list-disc space-y-0.5 pl-5" data-testid="warning-list">
      {warnings.slice(0, SHOWN).map((w, i) => (
        <li key={i}>{warningText(w, t, fmt)}</li>
      ))}
      {rest > 0 && <li>{t.data.errorMore({ count: rest })}</li>}
    </ul>
  );
}
