// Sends a prepared body: answers 304 when the validator matches, and picks the brotli or gzip
// variant the client accepts. Nothing is rendered or compressed here.

import type { Context } from 'hono';
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

/** Which stored encoding to send for an Accept-Encoding header. */
export function pickEncoding(header: string | undefined, body: CachedBody): 'br' | 'gzip' | null {
  if (!header) return null;
  const accepted = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
    accepted.set(name!.trim(), q ? Number(q[1]) : 1);
  }
  const ok = (enc: string) => (accepted.get(enc) ?? accepted.get('*') ?? 0) > 0;
  if (body.br && ok('br')) return 'br';
  if (body.gzip && ok('gzip')) return 'gzip';
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
  }
}

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
  let res: Response;
  if (status === 200 && etagMatches(c.req.header('If-None-Match'), body.etag)) {
    res = new Response(null, { status: 304, headers });
  } else {
    const encoding = pickEncoding(c.req.header('Accept-Encoding'), body);
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
