// Validators and compression for responses a route built on the fly (filtered API results, explorer
// views): ETag from the snapshot version and the bytes, 304 on a match, gzip or brotli on request.
// Responses from the render cache already carry an ETag and pass through untouched.

import type { MiddlewareHandler } from 'hono';
import { makeBody } from '../render-cache.ts';
import { CACHE_PAGE, isPrepared, sendBody } from '../respond.ts';

export function conditional(version: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (isPrepared(res)) return;
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || res.status !== 200) return;
    // Headers first: reading the body of @hono/node-server's lightweight Response rebuilds it from
    // the headers it was created with, dropping those set since (the API's CORS header).
    const headers = new Headers(res.headers);
    if (headers.has('ETag') || headers.has('Content-Encoding') || !res.body) return;
    const type = headers.get('Content-Type') ?? 'application/octet-stream';
    const bytes = new Uint8Array(await res.arrayBuffer());
    const body = makeBody(version, type, bytes, 'fast');
    const sent = sendBody(c, body, headers.get('Cache-Control') ?? CACHE_PAGE);
    for (const [name, value] of headers) {
      const lower = name.toLowerCase();
      if (!sent.headers.has(name) && lower !== 'content-length') sent.headers.set(name, value);
    }
    // Clear first: assigning over a response merges the old headers back in.
    c.res = undefined;
    c.res = sent;
  };
}
