// The built app served from one folder for the browser tests, through the project's one static
// server (scripts/static-server.mjs, shared with the benchmark), so the tests need no extra dependency.
import { contentTypeFor, resolveMounted, serveFolders } from '../../../scripts/static-server.mjs';

export { contentTypeFor };

export interface StaticServerOptions {
  root: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** Send `Access-Control-Allow-Origin: *`, as open-data portals do. */
  cors?: boolean;
}

export interface StaticServer {
  /** Ends with a slash: `new URL('assets/app.js', url)` stays inside the root. */
  url: string;
  close: () => Promise<void>;
}

/**
 * The file a request path names inside `root`, or null when it would leave `root`
 * (`..`, encoded `%2e%2e`, backslashes, NUL bytes) or cannot be decoded.
 */
export function resolveInsideRoot(root: string, requestPath: string): string | null {
  return resolveMounted({ '/': root }, requestPath);
}

export async function startStaticServer({ root, port = 0, cors = false }: StaticServerOptions): Promise<StaticServer> {
  const server = await serveFolders({ mounts: { '/': root }, port, cors });
  return { url: `${server.url}/`, close: server.close };
}
