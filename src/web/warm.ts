// Fills the render cache before traffic needs it: every model page, then the shared pages, a few at
// a time so requests arriving meanwhile are not held up.

import type { Hono } from 'hono';
import type { Catalog } from '../catalog/catalog.ts';
import { modelPath } from './paths.ts';

const SHARED_PATHS = [
  '/methodology',
  '/changes',
  '/changes.atom',
  '/sitemap.xml',
  '/robots.txt',
  '/api/openapi.json',
];

export interface WarmResult {
  pages: number;
  failed: string[];
  ms: number;
}

export async function warmCache(
  app: Hono,
  catalog: Catalog,
  options: { batch?: number } = {},
): Promise<WarmResult> {
  const start = performance.now();
  const paths = [...SHARED_PATHS, ...catalog.records.map((r) => modelPath(r.id))];
  // One page (about 40 ms to render and compress at brotli 10) between yields keeps requests moving.
  const batch = options.batch ?? 1;
  const failed: string[] = [];
  for (let i = 0; i < paths.length; i += batch) {
    for (const path of paths.slice(i, i + batch)) {
      const res = await app.request(path, { headers: { 'Accept-Encoding': 'br, gzip' } });
      if (res.status !== 200) failed.push(`${path} (${res.status})`);
      await res.arrayBuffer();
    }
    // Yield to the event loop between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { pages: paths.length - failed.length, failed, ms: Math.round(performance.now() - start) };
}
