// What every route receives: the catalog of the snapshot being served, the public base URL, and the
// per-snapshot render cache. Routes are functions of this context, so tests build one from a fixture.

import type { Catalog } from '../catalog/catalog.ts';
import { absoluteUrl } from './paths.ts';
import { type CachedBody, createRenderCache } from './render-cache.ts';

export { absoluteUrl, compareHref, encodeModelId, modelPath, ogImagePath } from './paths.ts';
export type { CachedBody } from './render-cache.ts';
export { sendBody } from './respond.ts';

export const DEFAULT_BASE_URL = 'http://127.0.0.1:3000';

export interface WebContext {
  catalog: Catalog;
  /** Public origin for canonical URLs, feeds and share tags, without a trailing slash. */
  baseUrl: string;
  /**
   * Render once per snapshot: the first call renders, hashes and compresses; later calls return the
   * same bytes. Key it by everything the body depends on (path and canonical query).
   */
  cached(key: string, type: string, render: () => string | Uint8Array): CachedBody;
  /** Absolute URL of a site path. */
  url(path: string): string;
}

export function createWebContext(options: { catalog: Catalog; baseUrl?: string }): WebContext {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const cache = createRenderCache(options.catalog.version);
  return {
    catalog: options.catalog,
    baseUrl,
    cached: (key, type, render) => cache.get(key, type, render),
    url: (path) => absoluteUrl(baseUrl, path),
  };
}
