// Static assets served under /assets/ with a content hash in the name, so they can be cached
// forever. Every file the site links to is registered here; bytes are read and compressed once.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type CachedBody, makeBody } from '../render-cache.ts';
import { buildClientBundle } from './client-bundle.ts';

export interface AssetEntry {
  /** Logical name pages refer to: `site.css`, `explorer.js`. */
  name: string;
  type: string;
  /** The bytes, read or built synchronously on first use. */
  load(): Uint8Array;
}

const here = (file: string) => () => readFileSync(new URL(file, import.meta.url));

export const ASSET_ENTRIES: AssetEntry[] = [
  { name: 'site.css', type: 'text/css; charset=utf-8', load: here('./site.css') },
  { name: 'favicon.svg', type: 'image/svg+xml', load: here('./favicon.svg') },
  // The explorer's styles and browser island (see src/client).
  { name: 'explorer.css', type: 'text/css; charset=utf-8', load: here('./explorer.css') },
  { name: 'explorer.js', type: 'text/javascript; charset=utf-8', load: () => buildClientBundle('explorer') },
  { name: 'compare.js', type: 'text/javascript; charset=utf-8', load: () => buildClientBundle('compare') },
];

export interface Asset {
  name: string;
  /** Fingerprinted URL path: `/assets/site.3f9a1c2b.css`. */
  path: string;
  body: CachedBody;
}

export interface AssetBundle {
  /** Fingerprinted path of a registered asset; throws for a name nobody registered. */
  url(name: string): string;
  /** The asset served at a fingerprinted path, if any. */
  byPath(path: string): Asset | undefined;
  all(): Asset[];
}

function fingerprint(name: string, bytes: Uint8Array): string {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  const dot = name.lastIndexOf('.');
  return dot < 0 ? `/assets/${name}.${hash}` : `/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
}

export function buildAssetBundle(entries: readonly AssetEntry[]): AssetBundle {
  const byName = new Map<string, Asset>();
  const byPath = new Map<string, Asset>();
  for (const entry of entries) {
    const bytes = entry.load();
    const path = fingerprint(entry.name, bytes);
    const asset = { name: entry.name, path, body: makeBody('asset', entry.type, bytes) };
    byName.set(entry.name, asset);
    byPath.set(path, asset);
  }
  return {
    url(name) {
      const asset = byName.get(name);
      if (!asset) throw new Error(`No asset named "${name}" is registered in src/web/assets/index.ts.`);
      return asset.path;
    },
    byPath: (path) => byPath.get(path),
    all: () => [...byName.values()],
  };
}

let bundle: AssetBundle | null = null;

/** The site's asset bundle, built on first use (assets do not change while the process runs). */
export function siteAssets(): AssetBundle {
  bundle ??= buildAssetBundle(ASSET_ENTRIES);
  return bundle;
}
