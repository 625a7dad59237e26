import { useId, useState, type ChangeEvent } from 'react';
import type { CoachingRule } from '../../domain/coaching-rule';
import { useFullI18n } from '../../lib/i18n/i18n-context';
import { DEFAULT_LOWEST_N, decimalText, parseLowestN, parseTarget, sameRule } from './coaching-rule-param';

interface RuleControlsProps {
  rule: CoachingRule;
  /** The target the box offers before one is typed: the year's own (78 from 2025) or a fallback. */
  defaultTarget: number;
  /** `typing` marks changes made while editing a number, which should not pile up in the history. */
  onChange: (rule: CoachingRule, typing: boolean) => void;
}

/**
 * The three rules as a radio group; the target and the count are typed next to their rule, and
 * typing a valid number there selects that rule. What is typed stays in the box while the rule
 * (and the URL) keep the last valid value, so "90," mid-typing never resets the input.
 */
export function RuleControls({ rule, defaultTarget, onChange }: RuleControlsProps) {
  const { t, lang } = useFullI18n();
  const mark = lang === 'id' ? ',' : '.';
  const name = useId();
  const targetErrorId = useId();
  const lowestErrorId = useId();
  const [targetText, setTargetText] = useState(() =>
    decimalText(rule.kind === 'belowTarget' ? rule.target : defaultTarget, mark),
  );
  const [lowestText, setLowestText] = useState(() => String(rule.kind === 'lowestN' ? rule.n : DEFAULT_LOWEST_N));
  const [seenRule, setSeenRule] = useState(rule);
  const [seenDefaultTarget, setSeenDefaultTarget] = useState(defaultTarget);

  // The rule changed from outside (back button, a pasted link): show its value in the box.
  if (!sameRule(seenRule, rule)) {
    setSeenRule(rule);
    if (rule.kind === 'belowTarget' && parseTarget(targetText) !== rule.target) {
      setTargetText(decimalText(rule.target, mark));
    }
    if (rule.kind === 'lowestN' && parseLowestN(lowestText) !== rule.n) setLowestText(String(rule.n));
  }
  // Another year starts from another target (78 from 2025): offer it unless a target rule is in use.
  if (seenDefaultTarget !== defaultTarget) {
    setSeenDefaultTarget(defaultTarget);
    if (rule.kind !== 'belowTarget') setTargetText(decimalText(defaultTarget, mark));
  }

  const target = parseTarget(targetText);
  const lowest = parseLowestN(lowestText);

  const onTargetText = (e: ChangeEvent<HTMLInputElement>) => {
    setTargetText(e.target.value);
    const value = parseTarget(e.target.value);
    if (value !== null) onChange({ kind: 'belowTarget', target: value }, true);
  };
  const onLowestText = (e: ChangeEvent<HTMLInputElement>) => {
    setLowestText(e.target.value);
    const value = parseLowestN(e.target.value);
    if (value !== null) onChange({ kind: 'lowestN', n: value }, true);
  };

  const radioClass = 'h-4 w-4 shrink-0 accent-accent';
  const optionClass =
    'flex min-h-11 items-center gap-2 rounded-lg border border-line px-3 py-2 text-sm text-ink has-[input[type=radio]:checked]:border-accent has-[input[type=radio]:checked]:bg-sunken';
  const numberClass =
    'rounded-md border border-line bg-raised px-2 py-1 text-right text-sm text-ink tabular-nums aria-invalid:border-danger';

  return (
    <fieldset data-testid="coaching-rule">
      <legend className="mb-2 text-sm font-semibold text-ink">{t.coaching.ruleLegend}</legend>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <label className={optionClass}>
          <input
            type="radio"
            name={name}
            className={radioClass}
            checked={rule.kind === 'belowMean'}
            onChange={() => onChange({ kind: 'belowMean' }, false)}
          />
          {t.coaching.ruleMean}
        </label>

        <div className={optionClass}>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name={name}
              className={radioClass}
              checked={rule.kind === 'belowTarget'}
              onChange={() => onChange({ kind: 'belowTarget', target: target ?? defaultTarget }, false)}
            />
            {t.coaching.ruleTarget}
          </label>
          <input
            type="text"
            inputMode="decimal"
            aria-label={t.coaching.targetInput}
            aria-invalid={target === null}
            aria-describedby={target === null ? targetErrorId : undefined}
            className={`${numberClass} w-20`}
            value={targetText}
            onChange={onTargetText}
          />
        </div>

        <div className={optionClass}>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name={name}
              className={radioClass}
              checked={rule.kind === 'lowestN'}
              onChange={() => onChange({ kind: 'lowestN', n: lowest ?? DEFAULT_LOWEST_N }, false)}
            />
            {t.coaching.ruleLowest}
          </label>
          <input
            type="text"
            inputMode="numeric"
            aria-label={t.coaching.lowestInput}
            aria-invalid={lowest === null}
            aria-describedby={lowest === null ? lowestErrorId : undefined}
            className={`${numberClass} w-14`}
            value={lowestText}
            onChange={onLowestText}
          />
        </div>
      </div>
      <div aria-live="polite" className="text-sm text-danger">
        {target === null && (
          <p id={targetErrorId} className="mt-2">
            {t.coaching.targetInvalid}
          </p>
        )}
        {lowest === null && (
          <p id={lowestErrorId} className="mt-2">
            {t.coaching.lowestInvalid}
          </p>
        )}
      </div>
    </fieldset>
  );
}
