import type { Dataset } from '../domain/model';

/**
 * A digest of a dataset as validated (SHA-256 of its JSON, hex). The prerendered first screen records
 * the one it was drawn from, so a page whose bundled data was replaced after the build is drawn anew
 * from the new data instead of being hydrated over figures that are no longer there.
 */
export async function datasetFingerprint(dataset: Dataset): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(dataset));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
