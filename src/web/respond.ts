// Sends a prepared body: answers 304 when the validator matches, and picks the brotli or gzip
// variant the client accepts. Nothing is rendered or compressed here.

import type { Context } from 'hono';
import type { EdgeCache } from './edge-cache.ts';
import type { CachedBody } from './render-cache.ts';

export const CACHE_PAGE = 'public, max-age=300, stale-while-revalidate=3600';
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_SHORT = 'public, max-age=60';

/** True when an If-None-Match header lists this validator (weak comparison) or is `*`. */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  const want = bare(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === want);
}

/** Which of br and gzip an Accept-Encoding header accepts, read from its q-values. */
function acceptedEncodings(header: string): { br: boolean; gzip: boolean } {
  const accepted = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
    accepted.set(name!.trim(), q ? Number(q[1]) : 1);
  }
  const ok = (enc: string) => (accepted.get(enc) ?? accepted.get('*') ?? 0) > 0;
  return { br: ok('br'), gzip: ok('gzip') };
}

// Clients send a handful of distinct Accept-Encoding headers: each is read once, not per request
// (reading it was 6 % of the CPU of serving a cached page). Cleared when full, so odd headers
// cannot grow it.
const ACCEPTED = new Map<string, { br: boolean; gzip: boolean }>();
const ACCEPTED_MAX = 256;

/** Which stored encoding to send for an Accept-Encoding header. */
export function pickEncoding(header: string | undefined, body: CachedBody): 'br' | 'gzip' | null {
  if (!header) return null;
  let accepted = ACCEPTED.get(header);
  if (accepted === undefined) {
    accepted = acceptedEncodings(header);
    if (ACCEPTED.size >= ACCEPTED_MAX) ACCEPTED.clear();
    ACCEPTED.set(header, accepted);
  }
  if (body.br && accepted.br) return 'br';
  if (body.gzip && accepted.gzip) return 'gzip';
  return null;
}

// Responses built by sendBody carry every header already; middleware leaves them alone, which
// keeps them on @hono/node-server's fast path (a plain header record, never a Headers object).
const prepared = new WeakSet<Response>();

export function isPrepared(res: Response): boolean {
  return prepared.has(res);
}

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by the security-headers middleware, so prepared responses carry the headers from the start. */
    securityHeaders: Readonly<Record<string, string>>;
    /** Set by the app when an edge cache sits in front of it (see edge-cache.ts). */
    edgeCache: EdgeCache;
  }
}

/** The still-encoded path of a request URL (Hono's own path is partly decoded). */
export function rawPath(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '/';
  const query = url.indexOf('?', start);
  return query < 0 ? url.slice(start) : url.slice(start, query);
}

type NodeIncoming = { headers: Record<string, string | string[] | undefined> };

/**
 * A request header, read from Node's own header object when the app runs on @hono/node-server:
 * asking the Request for a header builds a Headers object from every raw header, a fifth of the
 * cost of serving a cached page.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: NodeIncoming } | undefined)?.incoming;
  if (incoming?.headers) {
    const value = incoming.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  }
  return c.req.header(name);
}

/**
 * Send a prepared body: 304 when the validator matches, else the stored encoding the client
 * accepts. Use it only for bodies determined by the URL alone: a GET answered 200 for a path with
 * no query string is kept by the edge cache and answered from there afterwards.
 */
export function sendBody(
  c: Context,
  body: CachedBody,
  cacheControl = CACHE_PAGE,
  status = 200,
  more: Readonly<Record<string, string>> = {},
): Response {
  const security = c.get('securityHeaders');
  const headers: Record<string, string> = {
    ...security,
    ...more,
    'Cache-Control': cacheControl,
    ETag: body.etag,
  };
  if (body.gzip || body.br) headers.Vary = 'Accept-Encoding';
  const edge = c.get('edgeCache');
  if (edge && security && status === 200 && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
    const url = c.req.url;
    if (!url.includes('?')) edge.remember(rawPath(url), body, headers);
  }
  let res: Response;
  if (status === 200 && etagMatches(requestHeader(c, 'if-none-match'), body.etag)) {
    res = new Response(null, { status: 304, headers });
  } else {
    const encoding = pickEncoding(requestHeader(c, 'accept-encoding'), body);
    const bytes = encoding === 'br' ? body.br! : encoding === 'gzip' ? body.gzip! : body.identity;
    headers['Content-Type'] = body.type;
    headers['Content-Length'] = String(bytes.byteLength);
    if (encoding) headers['Content-Encoding'] = encoding;
    res = new Response(c.req.method === 'HEAD' ? null : (bytes as Uint8Array<ArrayBuffer>), {
      status,
      headers,
    });
  }
  if (security) prepared.add(res);
  return res;
}
