// What the app keeps for the next visit (IndexedDB `rapor`/`datasets`, key `last-dataset`), read by
// the benchmark (scripts/bench.mjs) and the browser tests. Passed to Playwright's page.evaluate, so it
// runs in the page and uses nothing from outside itself.
/* global indexedDB */

/** The kept dataset's source ({ kind, … }), or null when nothing is kept. */
export async function savedDatasetSource() {
  // Opening a database that does not exist yet would create it empty, and the app's own open
  // (idb-keyval) would then find no object store: look before opening.
  if (!(await indexedDB.databases()).some((db) => db.name === 'rapor')) return null;
  return new Promise((done) => {
    const request = indexedDB.open('rapor');
    request.onerror = () => done(null);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('datasets')) {
        db.close();
        done(null);
        return;
      }
      const get = db.transaction('datasets').objectStore('datasets').get('last-dataset');
      get.onsuccess = () => {
        db.close();
        done(get.result?.source ?? null);
      };
      get.onerror = () => {
        db.close();
        done(null);
      };
    };
  });
}
