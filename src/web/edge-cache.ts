// The response cache in front of the app. Once the app has answered a GET for a path without a
// query string with a prepared body, later requests for that path are answered from here, straight
// on Node's http objects, with header records built once: no routing, no middleware, no Request
// or Response objects. That is what lets a model page be served at a good fraction of nginx's rate.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CachedBody } from './render-cache.ts';
import { etagMatches, pickEncoding } from './respond.ts';

interface Variant {
  headers: Record<string, string>;
  bytes: Uint8Array;
}

interface EdgeEntry {
  body: CachedBody;
  identity: Variant;
  gzip: Variant | null;
  br: Variant | null;
  notModified: Record<string, string>;
}

export interface EdgeServed {
  status: 200 | 304;
  bytes: number;
  encoding: 'br' | 'gzip' | null;
}

export interface EdgeCache {
  /** Keep a body the app sent for a path (no query string) with its full header record. */
  remember(path: string, body: CachedBody, headers: Readonly<Record<string, string>>): void;
  /** Answer the request from the cache; null when the app has to. */
  serve(req: IncomingMessage, res: ServerResponse): EdgeServed | null;
  readonly size: number;
}

function variant(
  headers: Readonly<Record<string, string>>,
  body: CachedBody,
  encoding: 'br' | 'gzip' | null,
): Variant {
  const bytes = encoding === 'br' ? body.br! : encoding === 'gzip' ? body.gzip! : body.identity;
  const out: Record<string, string> = {
    ...headers,
    'Content-Type': body.type,
    'Content-Length': String(bytes.byteLength),
  };
  if (encoding) out['Content-Encoding'] = encoding;
  return { headers: out, bytes };
}

export function createEdgeCache(maxEntries = 20_000): EdgeCache {
  const entries = new Map<string, EdgeEntry>();
  return {
    remember(path, body, headers) {
      if (path.includes('?') || entries.has(path)) return;
      entries.set(path, {
        body,
        identity: variant(headers, body, null),
        gzip: body.gzip ? variant(headers, body, 'gzip') : null,
        br: body.br ? variant(headers, body, 'br') : null,
        notModified: { ...headers },
      });
      // Oldest first out; the render cache behind it keeps the bytes anyway.
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
    serve(req, res) {
      const method = req.method;
      if (method !== 'GET' && method !== 'HEAD') return null;
      const entry = req.url === undefined ? undefined : entries.get(req.url);
      if (!entry) return null;
      const inm = req.headers['if-none-match'];
      if (inm && etagMatches(inm, entry.body.etag)) {
        res.writeHead(304, entry.notModified);
        res.end();
        return { status: 304, bytes: 0, encoding: null };
      }
      const accept = req.headers['accept-encoding'];
      const encoding = pickEncoding(Array.isArray(accept) ? accept.join(', ') : accept, entry.body);
      const v = encoding === 'br' ? entry.br! : encoding === 'gzip' ? entry.gzip! : entry.identity;
      res.writeHead(200, v.headers);
      res.end(method === 'HEAD' ? undefined : v.bytes);
      return { status: 200, bytes: v.bytes.byteLength, encoding };
    },
    get size() {
      return entries.size;
    },
  };
}
