import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { siteTargets } from '../../src/export/site-targets.ts';
import { siteAssets } from '../../src/web/assets/index.ts';
import { securityHeaderRecord } from '../../src/web/middleware/security-headers.ts';
import { modelPath, ogImagePath } from '../../src/web/paths.ts';
import { CACHE_IMMUTABLE, CACHE_PAGE, CACHE_SHORT } from '../../src/web/respond.ts';
import { exportFixtureData, rawGet, type StaticSite, startStaticSite } from './static-site.ts';

let site: StaticSite;

before(async () => {
  site = await startStaticSite(exportFixtureData);
});
after(async () => {
  await site?.close();
});

const SECURITY = Object.keys(securityHeaderRecord({ https: false })).map((h) => h.toLowerCase());

describe('the static export, served by nginx', () => {
  test('holds every model and every link of every page, feed and sitemap leads to a file', () => {
    assert.deepEqual(site.summary.skipped, []);
    assert.deepEqual(site.summary.brokenLinks, []);
    assert.equal(site.summary.models, site.catalog.records.length);
    assert.ok(site.summary.files > site.summary.urls, 'compressed variants are written beside the files');
  });

  test('answers every URL with the server’s bytes, content type, cache lifetime and security headers', async () => {
    const { targets } = siteTargets(
      site.catalog,
      siteAssets()
        .all()
        .map((a) => a.path),
    );
    assert.ok(targets.length > 80);
    const differences: string[] = [];
    for (const { url } of targets) {
      const [fromNginx, fromNode] = await Promise.all([rawGet(site.url + url), rawGet(site.nodeUrl + url)]);
      const same = (what: string, a: unknown, b: unknown) => {
        if (a !== b)
          differences.push(`${url} ${what}: nginx ${JSON.stringify(a)}, server ${JSON.stringify(b)}`);
      };
      same('status', fromNginx.status, 200);
      same('status', fromNode.status, 200);
      // Charset names are case-insensitive (Hono's c.html says UTF-8).
      const type = (r: typeof fromNode) => r.headers['content-type']?.toLowerCase();
      same('content-type', type(fromNginx), type(fromNode));
      same('cache-control', fromNginx.headers['cache-control'], fromNode.headers['cache-control']);
      same(
        'cors',
        fromNginx.headers['access-control-allow-origin'],
        fromNode.headers['access-control-allow-origin'],
      );
      same('disposition', fromNginx.headers['content-disposition'], fromNode.headers['content-disposition']);
      for (const name of SECURITY) same(name, fromNginx.headers[name], fromNode.headers[name]);
      // The compare page carries the static compare island; everything else is byte for byte the server's.
      if (url !== '/compare') same('body', fromNginx.body.equals(fromNode.body), true);
    }
    assert.deepEqual(differences, []);
  });

  test('feed, sitemap, CSV, share images and API files have their content types', async () => {
    const type = async (path: string) => (await rawGet(site.url + path)).headers['content-type'];
    assert.equal(await type('/changes.atom'), 'application/atom+xml; charset=utf-8');
    assert.equal(await type('/sitemap.xml'), 'application/xml; charset=utf-8');
    assert.equal(await type('/robots.txt'), 'text/plain; charset=utf-8');
    assert.equal(await type('/api/models.csv'), 'text/csv; charset=utf-8');
    assert.equal(await type(ogImagePath('z-ai/glm-4-32b')), 'image/png');
    assert.equal(await type('/api/models'), 'application/json; charset=utf-8');
    assert.equal(await type('/api/models/z-ai/glm-4-32b'), 'application/json; charset=utf-8');
    assert.equal(await type('/api/openapi.json'), 'application/json; charset=utf-8');
    assert.equal(await type(siteAssets().url('explorer.js')), 'text/javascript; charset=utf-8');
    const csv = await rawGet(`${site.url}/api/models.csv`);
    assert.match(
      csv.headers['content-disposition'] ?? '',
      /^attachment; filename="model-atlas-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
  });

  test('sends the precompressed gzip bytes the server would send, with Vary', async () => {
    for (const path of ['/', modelPath('z-ai/glm-4-32b'), '/api/models.csv', '/changes.atom']) {
      const plain = await rawGet(site.url + path);
      const zipped = await rawGet(site.url + path, { 'Accept-Encoding': 'gzip' });
      const fromNode = await rawGet(site.nodeUrl + path, { 'Accept-Encoding': 'gzip' });
      assert.equal(zipped.headers['content-encoding'], 'gzip', path);
      assert.match(zipped.headers.vary ?? '', /Accept-Encoding/, path);
      assert.ok(gunzipSync(zipped.body).equals(plain.body), `${path} unzips to the plain file`);
      assert.ok(zipped.body.equals(fromNode.body), `${path} is the server's own gzip`);
      assert.ok(zipped.body.length < plain.body.length / 2, path);
    }
    assert.equal(
      (await rawGet(`${site.url}/`, { 'Accept-Encoding': 'br' })).headers['content-encoding'],
      undefined,
    );
  });

  test('the explorer data asked for with the catalog version is cacheable for good, as on the server', async () => {
    const url = `/explorer-data.json?v=${site.catalog.version}`;
    const [fromNginx, fromNode] = await Promise.all([rawGet(site.url + url), rawGet(site.nodeUrl + url)]);
    assert.equal(fromNginx.headers['cache-control'], CACHE_IMMUTABLE);
    assert.equal(fromNode.headers['cache-control'], CACHE_IMMUTABLE);
    assert.equal(
      (await rawGet(`${site.url}/explorer-data.json?v=older`)).headers['cache-control'],
      CACHE_PAGE,
    );
  });

  test('revalidates with ETag: 304 keeps the cache and security headers', async () => {
    const path = modelPath('z-ai/glm-4-32b');
    const first = await rawGet(site.url + path);
    const etag = first.headers.etag;
    assert.ok(etag);
    const again = await rawGet(site.url + path, { 'If-None-Match': etag });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    assert.equal(again.headers['cache-control'], CACHE_PAGE);
    assert.ok(again.headers['content-security-policy']);
  });

  test('ids with spaces, a leading tilde, a question mark and a percent sign are found', async () => {
    for (const id of [
      'lmarena:gemini-2.5-flash-image-preview (nano-banana)',
      '~anthropic/claude-sonnet-latest',
      'odd/what?100%',
    ]) {
      for (const path of [
        modelPath(id),
        ogImagePath(id),
        `/api/models/${modelPath(id).slice('/models/'.length)}`,
      ]) {
        const [fromNginx, fromNode] = await Promise.all([
          rawGet(site.url + path),
          rawGet(site.nodeUrl + path),
        ]);
        assert.equal(fromNginx.status, 200, path);
        assert.ok(fromNginx.body.equals(fromNode.body), path);
      }
    }
  });

  test('changes filters the site links to are served from their pre-rendered files', async () => {
    for (const path of [
      '/changes?kind=price',
      '/changes?kind=added&snapshot=2',
      '/changes.atom?kind=removed',
      '/api/changes?kind=price',
    ]) {
      const [fromNginx, fromNode] = await Promise.all([rawGet(site.url + path), rawGet(site.nodeUrl + path)]);
      assert.equal(fromNginx.status, 200, path);
      assert.equal(fromNginx.headers['content-type'], fromNode.headers['content-type'], path);
      assert.ok(fromNginx.body.equals(fromNode.body), `${path} is the server's filtered body`);
    }
    // What a static host cannot do: a query it has no file for gets the unfiltered page, not a 400.
    const bogus = await rawGet(`${site.url}/changes?kind=nonsense`);
    assert.equal(bogus.status, 200);
    assert.ok(bogus.body.equals((await rawGet(`${site.url}/changes`)).body));
  });

  test('/api/models is the whole catalog in one response, since a static host cannot page', async () => {
    const body = JSON.parse((await rawGet(`${site.url}/api/models`)).body.toString('utf8')) as {
      total: number;
      pages: number;
      models: { id: string }[];
      snapshot: { version: string };
    };
    assert.equal(body.total, site.catalog.records.length);
    assert.equal(body.models.length, site.catalog.records.length);
    assert.equal(body.pages, 1);
    assert.equal(body.snapshot.version, site.catalog.version);
    assert.deepEqual(new Set(body.models.map((m) => m.id)), new Set(site.catalog.records.map((r) => r.id)));
  });

  test('an unknown page is a 404 page, an unknown API path a JSON 404, both briefly cached', async () => {
    const page = await rawGet(`${site.url}/models/nobody/no-such-model`);
    assert.equal(page.status, 404);
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(page.headers['cache-control'], CACHE_SHORT);
    assert.ok(page.headers['content-security-policy']);
    assert.match(page.body.toString('utf8'), /<h1>Not found<\/h1>/);
    const api = await rawGet(`${site.url}/api/models/nobody/no-such-model`);
    assert.equal(api.status, 404);
    assert.equal(api.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(api.headers['access-control-allow-origin'], '*');
    assert.equal((JSON.parse(api.body.toString('utf8')) as { error: { status: number } }).error.status, 404);
  });

  test('redirects /favicon.ico to the fingerprinted icon and keeps the config and variants private', async () => {
    const icon = await rawGet(`${site.url}/favicon.ico`);
    assert.equal(icon.status, 301);
    assert.match(
      icon.headers.location ?? '',
      new RegExp(`${siteAssets().url('favicon.svg').replace(/\./g, '\\.')}$`),
    );
    assert.equal((await rawGet(`${site.url}/nginx.conf.example`)).status, 404);
    assert.equal((await rawGet(`${site.url}/_variants/changes/kind=price.html`)).status, 404);
    const example = await readFile(join(site.out, 'nginx.conf.example'), 'utf8');
    assert.match(example, new RegExp(`root "${site.out}";`));
  });

  test('nginx logged no error while serving', async () => {
    assert.doesNotMatch(await site.nginx.errors(), /\[(error|crit|alert|emerg)\]/);
  });
});
