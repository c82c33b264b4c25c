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

export function sendBody(c: Context, body: CachedBody, cacheControl = CACHE_PAGE, status = 200): Response {
  const headers = new Headers({ 'Cache-Control': cacheControl, ETag: body.etag });
  if (body.gzip || body.br) headers.set('Vary', 'Accept-Encoding');
  if (status === 200 && etagMatches(c.req.header('If-None-Match'), body.etag)) {
    return new Response(null, { status: 304, headers });
  }
  const encoding = pickEncoding(c.req.header('Accept-Encoding'), body);
  const bytes = encoding === 'br' ? body.br! : encoding === 'gzip' ? body.gzip! : body.identity;
  headers.set('Content-Type', body.type);
  headers.set('Content-Length', String(bytes.byteLength));
  if (encoding) headers.set('Content-Encoding', encoding);
  return new Response(c.req.method === 'HEAD' ? null : (bytes as Uint8Array<ArrayBuffer>), {
    status,
    headers,
  });
}
