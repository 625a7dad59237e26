import { FLAG_MARK } from '../../components/charts/flag-mark';
import type { Score } from '../../domain/model';
import { useFullI18n } from '../../lib/i18n/i18n-context';

/** A score as text, "▼ 78,50" when below the mean (said in words to screen readers), "—" when unknown. */
export function ScoreWithMark({ value, belowMean }: { value: Score; belowMean: boolean }) {
  const { t, fmt } = useFullI18n();
  if (value === null) {
    return (
      <>
        <span aria-hidden>{fmt.score(null)}</span>
        <span className="sr-only">{t.dimensions.unknownHidden}</span>
      </>
    );
  }
  return (
    <>
      {belowMean && <span aria-hidden>{FLAG_MARK} </span>}
      {fmt.score(value)}
      {belowMean && <span className="sr-only"> {t.dimensions.belowMeanHidden}</span>}
    </>
  );
}
