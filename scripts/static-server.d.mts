// Types for static-server.mjs, so its test and the browser tests that use it are type-checked.
export declare function contentTypeFor(path: string): string;
export declare function resolveMounted(mounts: Record<string, string>, requestPath: string): string | null;
export declare function serveFolders(options: {
  mounts: Record<string, string>;
  port?: number;
  cors?: boolean;
}): Promise<{ url: string; close: () => Promise<void> }>;
