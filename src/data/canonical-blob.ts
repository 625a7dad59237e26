// The dataset as canonical JSON in a Blob, written a slice of records at a time with a pause between,
// so that saving a national dataset never holds up the page (one JSON.stringify of 120,000 records
// takes a few hundred milliseconds).
import { toCanonicalJson } from '../domain/canonical';
import type { Dataset } from '../domain/model';

/** Records written per slice: a few milliseconds of work. */
export const RECORDS_PER_SLICE = 2000;

export type Pause = () => Promise<void>;

/** A busy page still gets its dataset saved, only later. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Lets the page handle input, render and paint before the next slice: the slice runs when the page is
 * idle (or after a while if it never is), else after a timer.
 */
export const pauseForPage: Pause = () =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });

/** The text of `toCanonicalJson(dataset)`, as JSON.stringify writes it, in a Blob. */
export async function canonicalJsonBlob(
  dataset: Dataset,
  pause: Pause = pauseForPage,
  perSlice = RECORDS_PER_SLICE,
): Promise<Blob> {
  const head = JSON.stringify(toCanonicalJson({ ...dataset, records: [] }));
  const emptyRecords = '"records":[]}';
  // The records come last in the canonical form; should that change, the whole text is written at once.
  if (!head.endsWith(emptyRecords)) return jsonBlob([JSON.stringify(toCanonicalJson(dataset))]);

  const parts: Blob[] = [new Blob([head.slice(0, -2)])];
  const { records } = dataset;
  for (let start = 0; start < records.length; start += perSlice) {
    await pause();
    const slice = toCanonicalJson({
      dimensions: [],
      institutions: [],
      records: records.slice(start, start + perSlice),
    });
    const items = JSON.stringify(slice.records).slice(1, -1);
    // Encoded slice by slice, so that no single step handles the whole text.
    parts.push(new Blob([start === 0 ? items : `,${items}`]));
  }
  parts.push(new Blob([']}']));
  return jsonBlob(parts);
}

function jsonBlob(parts: BlobPart[]): Blob {
  return new Blob(parts, { type: 'application/json' });
}
