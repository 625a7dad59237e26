// A real HTTP server standing in for data portals in tests: CORS or not, slow, failing, paged CKAN,
// and a body sent a piece at a time (to watch a download's progress).
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateNational, toCanonicalJson } from '../../scripts/gen-national.mjs';

export interface ApiServer {
  /** Base address without trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close: () => Promise<void>;
  /** Requests (other than CORS preflights) received for a path, query string ignored. */
  hits: (path: string) => number;
}

// Paths, not `new URL(…, import.meta.url)`: under jsdom (component tests) `URL` resolves file: URLs wrongly.
const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, '..', 'fixtures') + sep;
const PUBLIC = join(HERE, '..', '..', 'public') + sep;
const CKAN_FIXTURE = 'batang-2024.json';
const FLAKY_FAILURES = 2;
const MAX_SLOW_MS = 60_000;
const CKAN_DEFAULT_LIMIT = 2;
const CKAN_MAX_LIMIT = 100;
const DRIP_MAX_CHUNKS = 200;
const DRIP_MAX_MS = 2_000;

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

export async function startApiServer(options: { port?: number } = {}): Promise<ApiServer> {
  const hitCounts = new Map<string, number>();
  const flakyCounts = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  /** Runs `task` after `ms` unless the server closes first. */
  const later = (task: () => void, ms: number): NodeJS.Timeout => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      task();
    }, ms);
    timers.add(timer);
    return timer;
  };

  const routes: [RegExp, Handler][] = [
    [/^\/json\/([\w.-]+)$/, (_req, res, url) => serveFixture(res, fixtureName(url))],
    [/^\/no-cors\/json\/([\w.-]+)$/, (_req, res, url) => serveFixture(res, fixtureName(url))],
    // The app's public folder, so the bundled dataset can be loaded with `base` = `<url>/public/`.
    [
      /^\/public\/([\w-]+\/)*[\w.-]+$/,
      (_req, res, url) => serveFile(res, PUBLIC, url.pathname.slice('/public/'.length)),
    ],
    [/^\/ckan\/datastore_search$/, (_req, res, url) => serveCkanPage(res, url, '/ckan/datastore_search', false)],
    [
      /^\/ckan-fail-page2\/datastore_search$/,
      (_req, res, url) => serveCkanPage(res, url, '/ckan-fail-page2/datastore_search', true),
    ],
    [/^\/ckan-false(\/.*)?$/, (_req, res, url) => serveCkanFailure(res, url)],
    [/^\/status\/(\d{3})$/, (_req, res, url) => serveStatus(res, Number(lastSegment(url)))],
    [
      /^\/flaky\/([\w.-]+)$/,
      (_req, res, url) => {
        const id = lastSegment(url);
        const count = (flakyCounts.get(id) ?? 0) + 1;
        flakyCounts.set(id, count);
        if (count <= FLAKY_FAILURES) return sendJson(res, 500, { error: 'flaky', attempt: count });
        return serveFixture(res, CKAN_FIXTURE);
      },
    ],
    [
      /^\/slow\/(\d+)$/,
      (req, res, url) => {
        const ms = Math.min(Number(lastSegment(url)), MAX_SLOW_MS);
        const timer = setTimeout(() => {
          timers.delete(timer);
          void serveFixture(res, CKAN_FIXTURE);
        }, ms);
        timers.add(timer);
        req.on('close', () => {
          if (!res.writableEnded) {
            clearTimeout(timer);
            timers.delete(timer);
          }
        });
      },
    ],
    [
      // `/drip/<fixture or national-<scale>.json>?chunks=20&ms=100&length=none`: the body in `chunks`
      // pieces `ms` apart, with its Content-Length unless `length=none` (then chunked, size unknown).
      /^\/drip\/([\w.-]+)$/,
      async (req, res, url) => {
        const body = await dripBody(lastSegment(url));
        if (body === null) return sendJson(res, 404, { error: 'no such file' });
        const chunks = Math.min(Math.max(positiveInt(url.searchParams.get('chunks')) ?? 20, 1), DRIP_MAX_CHUNKS);
        const ms = Math.min(positiveInt(url.searchParams.get('ms')) ?? 100, DRIP_MAX_MS);
        const headers: Record<string, string | number> = { 'Content-Type': contentTypeOf(lastSegment(url)) };
        if (url.searchParams.get('length') !== 'none') headers['Content-Length'] = body.length;
        res.writeHead(200, headers);
        const size = Math.ceil(body.length / chunks);
        let pending: NodeJS.Timeout | undefined;
        const sendFrom = (offset: number): void => {
          const end = Math.min(offset + size, body.length);
          if (end >= body.length) {
            res.end(body.subarray(offset));
            return;
          }
          res.write(body.subarray(offset, end));
          pending = later(() => sendFrom(end), ms);
        };
        req.on('close', () => {
          if (pending !== undefined && !res.writableEnded) {
            clearTimeout(pending);
            timers.delete(pending);
          }
        });
        sendFrom(0);
      },
    ],
    [
      /^\/html$/,
      (_req, res) =>
        send(
          res,
          200,
          'text/html; charset=utf-8',
          '<!DOCTYPE html>\n<html><head><title>Portal Data</title></head><body><h1>Selamat datang</h1></body></html>\n',
        ),
    ],
    [
      /^\/truncated$/,
      async (_req, res) => {
        // The length of the whole file is announced, half is sent, then the connection drops.
        const body = await readFile(FIXTURES + CKAN_FIXTURE);
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length });
        res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
      },
    ],
  ];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith('/no-cors/')) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', '*');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    hitCounts.set(url.pathname, (hitCounts.get(url.pathname) ?? 0) + 1);
    const route = routes.find(([pattern]) => pattern.test(url.pathname));
    const handle: Handler = route?.[1] ?? ((_q, r) => sendJson(r, 404, { error: 'no such route' }));
    Promise.resolve(handle(req, res, url)).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: String(error) });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    hits: (path) => hitCounts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const nationalBodies = new Map<number, Buffer>();

/** A fixture, or `national-<scale>.json`: the generated national dataset (scale 1 ≈ 2.9 MB), made once. */
async function dripBody(name: string): Promise<Buffer | null> {
  const national = /^national-(\d+(?:\.\d+)?)\.json$/.exec(name);
  if (national) {
    const scale = Math.min(Number(national[1]), 10);
    let body = nationalBodies.get(scale);
    if (body === undefined) {
      body = Buffer.from(toCanonicalJson(generateNational({ scale })), 'utf8');
      nationalBodies.set(scale, body);
    }
    return body;
  }
  try {
    return await readFile(FIXTURES + name);
  } catch {
    return null;
  }
}

function serveFixture(res: ServerResponse, name: string): Promise<void> {
  return serveFile(res, FIXTURES, name);
}

/** `name` has passed a route pattern without `..`, so it stays inside `folder`. */
async function serveFile(res: ServerResponse, folder: string, name: string): Promise<void> {
  let body: Buffer;
  try {
    body = await readFile(folder + name);
  } catch {
    sendJson(res, 404, { error: 'no such file', name });
    return;
  }
  send(res, 200, contentTypeOf(name), body);
}

/** The fixture's records as CKAN datastore rows, paged like `datastore_search` with `offset`/`limit`. */
async function serveCkanPage(res: ServerResponse, url: URL, path: string, failPageTwo: boolean): Promise<void> {
  const limit =
    Math.min(positiveInt(url.searchParams.get('limit')) ?? CKAN_DEFAULT_LIMIT, CKAN_MAX_LIMIT) || CKAN_DEFAULT_LIMIT;
  const offset = positiveInt(url.searchParams.get('offset')) ?? 0;
  if (failPageTwo && offset >= limit && offset < 2 * limit) {
    sendJson(res, 500, { error: 'Internal Server Error' });
    return;
  }
  const rows = await ckanRows();
  const next = new URLSearchParams({ offset: String(offset + limit), limit: String(limit) });
  const resourceId = url.searchParams.get('resource_id');
  if (resourceId !== null) next.set('resource_id', resourceId);
  sendJson(res, 200, {
    help: 'http://127.0.0.1/api/3/action/help_show?name=datastore_search',
    success: true,
    result: {
      resource_id: resourceId ?? 'batang-2024',
      fields: [
        { id: '_id', type: 'int' },
        { id: 'Tahun', type: 'int' },
        { id: 'Instansi', type: 'text' },
        { id: 'Unit Layanan', type: 'text' },
        { id: 'Singkatan', type: 'text' },
        { id: 'Nilai', type: 'numeric' },
      ],
      records: rows.slice(offset, offset + limit),
      limit,
      offset,
      total: rows.length,
      // Like CKAN, `next` is given on every page, the last one included.
      _links: { start: `${path}?limit=${limit}`, next: `${path}?${next.toString()}` },
    },
  });
}

async function ckanRows(): Promise<Record<string, unknown>[]> {
  const dataset = JSON.parse(await readFile(FIXTURES + CKAN_FIXTURE, 'utf8')) as { records: Record<string, unknown>[] };
  return dataset.records.map((r, i) => ({
    _id: i + 1,
    Tahun: r.year,
    Instansi: r.institution,
    'Unit Layanan': r.unit,
    Singkatan: r.unitShort ?? null,
    Nilai: r.total,
    _full_text: `'${String(r.unit)}'`,
  }));
}

/** CKAN reports failures in the body; real portals pair them with 404/409/403 (`?status=`), here 200 by default. */
function serveCkanFailure(res: ServerResponse, url: URL): void {
  const status = Number(url.searchParams.get('status') ?? 200);
  sendJson(res, status >= 200 && status <= 599 ? status : 200, {
    help: 'http://127.0.0.1/api/3/action/help_show?name=datastore_search',
    success: false,
    error: { message: 'Not found: Resource was not found.', __type: 'Not Found Error' },
  });
}

function serveStatus(res: ServerResponse, status: number): void {
  if (status < 200 || status > 599) {
    sendJson(res, 400, { error: 'status must be 200–599' });
    return;
  }
  if (status === 204 || status === 304) {
    res.writeHead(status).end();
    return;
  }
  sendJson(res, status, { status });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': bytes.length });
  res.end(bytes);
}

function contentTypeOf(name: string): string {
  if (name.endsWith('.json')) return 'application/json; charset=utf-8';
  if (name.endsWith('.csv')) return 'text/csv; charset=utf-8';
  if (name.endsWith('.tsv')) return 'text/tab-separated-values; charset=utf-8';
  return 'text/plain; charset=utf-8';
}

function fixtureName(url: URL): string {
  return lastSegment(url);
}

function lastSegment(url: URL): string {
  return url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}
