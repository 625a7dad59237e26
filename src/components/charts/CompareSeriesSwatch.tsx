import { seriesStyle } from './compare-series';

/** A short sample of a series' line in its colour and dash, with its number: the legend key. */
export function CompareSeriesSwatch({ index, number }: { index: number; number: number }) {
  const { colour, dash } = seriesStyle(index);
  return (
    <span aria-hidden className="inline-flex shrink-0 items-center gap-1 align-middle">
      <span
        className="inline-grid h-5 min-w-5 place-items-center rounded-full px-1 text-xs font-bold"
        style={{ background: colour, color: 'var(--rapor-raised)' }}
      >
        {number}
      </span>
      <svg width="28" height="10" viewBox="0 0 28 10" className="overflow-visible">
        <line x1="1" y1="5" x2="27" y2="5" stroke={colour} strokeWidth="2.5" strokeDasharray={dash} />
      </svg>
    </span>
  );
}
