// Types for saved-dataset.mjs, for the browser tests that use it.
export declare function savedDatasetSource(): Promise<unknown>;
