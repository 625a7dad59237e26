// Types for bench-server.mjs, so its test is type-checked.
export declare function contentTypeFor(path: string): string;
export declare function resolveMounted(mounts: Record<string, string>, requestPath: string): string | null;
export declare function startBenchServer(options: {
  mounts: Record<string, string>;
  port?: number;
}): Promise<{ url: string; close: () => Promise<void> }>;
