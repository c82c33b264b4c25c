// Writes the whole site of one snapshot as static files: the app is built over the catalog and
// every URL the site links to is requested in-process (app.request, no socket); each body is
// written where a static server finds it, beside its .gz and .br variants. Then the files that
// only a static site needs: the whole catalog as /api/models, a 404 page, the compare island, an
// nginx config, and a manifest. Every internal link is checked against the files written.

import { resolve } from 'node:path';
import type { Catalog } from '../catalog/catalog.ts';
import { applyQuery, defaultQuery, queryString } from '../domain/query.ts';
import { createAtlasApp } from '../web/app.ts';
import { siteAssets } from '../web/assets/index.ts';
import { makeBody } from '../web/render-cache.ts';
import { type Body, MANIFEST_FILE, openExportDir } from './export-dir.ts';
import { type BrokenLink, internalLinks, linkTarget } from './link-check.ts';
import { type NginxOptions, nginxConfig } from './nginx-config.ts';
import { renderStaticNotFound } from './not-found-page.tsx';
import { siteTargets } from './site-targets.ts';
import { staticCompareAsset, withStaticCompare } from './static-compare-bundle.ts';

export interface ExportOptions {
  catalog: Catalog;
  /** The export directory: created, or replaced when it holds an earlier export. */
  out: string;
  /** Public origin the site will be served from (canonical links, share tags, sitemap, feed). */
  baseUrl: string;
  /** Called after each URL is written. */
  onProgress?: (done: number, total: number, url: string) => void;
}

export interface ExportSummary {
  out: string;
  /** Files written, compressed variants included. */
  files: number;
  bytes: number;
  /** URLs of the site written (each with its variants). */
  urls: number;
  models: number;
  /** Models left out because their id cannot be a file path. */
  skipped: { id: string; reason: string }[];
  /** Assets of the previous build kept for pages cached before the switch. */
  keptAssets: string[];
  brokenLinks: BrokenLink[];
  ms: number;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** The whole catalog in the API's envelope: a static host cannot page or filter by query. */
function allModelsJson(catalog: Catalog): string {
  const query = defaultQuery();
  const result = applyQuery(catalog.records, query, { paged: false });
  return JSON.stringify({
    snapshot: { id: catalog.snapshot.id, asOf: catalog.snapshot.asOf, version: catalog.version },
    query: queryString(query),
    total: result.total,
    page: 1,
    per: result.total,
    pages: 1,
    models: result.rows,
  });
}

const API_NOT_FOUND = JSON.stringify({
  error: {
    status: 404,
    message:
      'There is no such API file in this static copy of Model Atlas: /api/models is the whole catalog, /api/models/<id> one model; the files are listed in /export-manifest.json.',
    details: [],
  },
});

/** The nginx config of an export of this catalog (written into it as nginx.conf.example). */
export function siteNginxConfig(
  options: { catalog: Catalog; root: string; baseUrl: string } & Partial<NginxOptions>,
): string {
  const { catalog, ...rest } = options;
  return nginxConfig({
    listen: '8080',
    version: catalog.version,
    faviconPath: siteAssets().url('favicon.svg'),
    csvFilename: `model-atlas-${catalog.snapshot.asOf}.csv`,
    snapshotLabel: `snapshot #${catalog.snapshot.id} as of ${catalog.snapshot.asOf}`,
    ...rest,
  });
}

export async function exportSite(options: ExportOptions): Promise<ExportSummary> {
  const start = performance.now();
  const { catalog, baseUrl } = options;
  const { app, ctx } = createAtlasApp({ catalog, baseUrl });
  const compareAsset = staticCompareAsset();
  const assets = siteAssets().all();
  const assetPaths = [...assets.map((a) => a.path), compareAsset.path];
  const { targets, skipped } = siteTargets(
    catalog,
    assets.map((a) => a.path),
  );
  const dir = await openExportDir(options.out);
  const links = new Map<string, string[]>();
  let bytes = 0;

  const fetchBody = async (url: string): Promise<{ type: string; body: Body }> => {
    const res = await app.request(url);
    if (res.status !== 200)
      throw new Error(`${url} answered ${res.status} while building the static site: ${await res.text()}`);
    const type = res.headers.get('Content-Type') ?? 'application/octet-stream';
    const identity = new Uint8Array(await res.arrayBuffer());
    // The server's own compressed bytes, so the static site sends what the server would.
    const variant = async (encoding: 'gzip' | 'br') => {
      const r = await app.request(url, { headers: { 'Accept-Encoding': encoding } });
      return r.headers.get('Content-Encoding') === encoding ? new Uint8Array(await r.arrayBuffer()) : null;
    };
    const vary = res.headers.get('Vary')?.includes('Accept-Encoding') ?? false;
    return {
      type,
      body: { identity, gzip: vary ? await variant('gzip') : null, br: vary ? await variant('br') : null },
    };
  };

  const remember = (file: string, type: string, text: () => string) => {
    if (/^(text\/html|application\/(atom\+)?xml)/.test(type))
      links.set(file, internalLinks(text(), ctx.baseUrl));
  };

  try {
    let done = 0;
    for (const target of targets) {
      const { type, body } = await fetchBody(target.url);
      if (target.url === '/compare') {
        const html = withStaticCompare(Buffer.from(body.identity).toString('utf8'), compareAsset.path);
        bytes += await dir.write(target.file, makeBody(catalog.version, type, html));
        remember(target.file, type, () => html);
      } else {
        bytes += await dir.write(target.file, body);
        remember(target.file, type, () => Buffer.from(body.identity).toString('utf8'));
      }
      options.onProgress?.(++done, targets.length, target.url);
    }

    bytes += await dir.write(compareAsset.path.slice(1), compareAsset.body);
    bytes += await dir.write('api/models.json', makeBody(catalog.version, JSON_TYPE, allModelsJson(catalog)));
    bytes += await dir.write('api/404.json', makeBody(catalog.version, JSON_TYPE, API_NOT_FOUND));
    const notFound = renderStaticNotFound(ctx);
    bytes += await dir.write('404.html', makeBody(catalog.version, 'text/html; charset=utf-8', notFound));
    remember('404.html', 'text/html', () => notFound);
    const keptAssets = await dir.keepPreviousAssets(assetPaths);
    const config = siteNginxConfig({ catalog, root: resolve(options.out), baseUrl: ctx.baseUrl });
    bytes += await dir.write('nginx.conf.example', { identity: Buffer.from(config), gzip: null, br: null });

    const files = new Set([...dir.written, MANIFEST_FILE]);
    const broken: BrokenLink[] = [];
    for (const [from, list] of links)
      for (const link of list) if (linkTarget(files, link) === null) broken.push({ from, link });

    await dir.commit({
      snapshot: {
        id: catalog.snapshot.id,
        asOf: catalog.snapshot.asOf,
        createdAt: catalog.snapshot.createdAt,
      },
      version: catalog.version,
      baseUrl: ctx.baseUrl,
      assets: assetPaths,
    });
    return {
      out: options.out,
      files: Object.keys(dir.files).length + 1,
      bytes,
      urls: targets.length,
      models: catalog.records.length - skipped.length,
      skipped,
      keptAssets,
      brokenLinks: broken,
      ms: Math.round(performance.now() - start),
    };
  } catch (error) {
    await dir.abandon();
    throw error;
  }
}
