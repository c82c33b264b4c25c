// What the fuzzing found, one test each: near-name suggestions for a huge id cost seconds of CPU;
// every explorer page × size × sort was kept rendered (unbounded memory); over a real socket
// HEAD answers lost the security headers, filtered API answers lost their CORS header, and
// repeated API answers from the edge cache lost CORS and the CSV's attachment name.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildCatalog, type Catalog } from '../../src/catalog/catalog.ts';
import type { CatalogData } from '../../src/catalog/types.ts';
import { explorerHref } from '../../src/domain/explorer-view.ts';
import { parseQuery } from '../../src/domain/query.ts';
import { createApp, createAtlasApp } from '../../src/web/app.ts';
import { type RunningServer, startServer } from '../../src/web/server.ts';
import { fixtureCatalogData } from '../fixtures/catalog.ts';
import { sendRaw } from './fuzz-socket.ts';

/** The fixture's records copied under new ids up to a real catalog's size (585 models). */
function largeCatalogData(size: number): CatalogData {
  const data = fixtureCatalogData();
  const records = [...data.records];
  for (let i = 0; records.length < size; i++) {
    const base = data.records[i % data.records.length]!;
    records.push({ ...base, id: `${base.id}-copy-${i}`, name: `${base.name} copy ${i}` });
  }
  return { ...data, records };
}

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('near names for a huge id', () => {
  const catalog = buildCatalog(largeCatalogData(600));

  test('a 50 KB text costs milliseconds, not seconds, over 600 records', () => {
    catalog.suggest('warm', 6);
    // Before the fix this took 22 s of CPU on the real 585-model catalog.
    const ms = cpuMs(() => catalog.suggest('<x9f>'.repeat(10_000), 6));
    assert.ok(ms < 200, `suggest took ${ms.toFixed(1)} ms of CPU`);
  });

  test('suggestions for a near id are the same as before', () => {
    assert.equal(catalog.suggest('z-ai/glm-4-32', 1)[0]?.id, 'z-ai/glm-4-32b');
    assert.equal(catalog.suggest('Claude 3.5 Sonnet', 1)[0]?.id, 'anthropic/claude-3.5-sonnet');
  });

  test('a 50 KB model path is a quick 404 that still suggests near names', async () => {
    const app = createApp({ catalog, baseUrl: 'https://atlas.example' });
    const start = process.cpuUsage();
    const res = await app.request(`/models/z-ai/glm-4-32${'b'.repeat(50_000)}`);
    const html = await res.text();
    const used = process.cpuUsage(start);
    assert.equal(res.status, 404);
    assert.match(html, /href="\/models\/z-ai\/glm-4-32b"/);
    assert.ok((used.user + used.system) / 1000 < 500, 'the 404 took more than 500 ms of CPU');
  });
});

/** The explorer's own spelling of a query, so the request is answered, not redirected. */
function canonical(query: string): string {
  const parsed = parseQuery(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.errors.join(' '));
  return explorerHref(parsed.query);
}

describe('explorer views kept rendered for the snapshot', () => {
  const { app, ctx } = createAtlasApp({
    catalog: buildCatalog(fixtureCatalogData()),
    baseUrl: 'https://x.example',
  });
  const kept: string[] = [];
  const cached = ctx.cached;
  ctx.cached = (key, type, render) => {
    if (key.startsWith('explorer:')) kept.push(key);
    return cached(key, type, render);
  };

  test('the first pages at the offered page sizes are kept', async () => {
    kept.length = 0;
    for (const query of ['', 'page=2&per=25', 'sort=input&dir=desc&page=3&per=100']) {
      const path = canonical(query);
      const res = await app.request(path);
      assert.equal(res.status, 200, path);
    }
    assert.equal(kept.length, 3);
  });

  test('later pages and other page sizes are rendered per request, not kept', async () => {
    kept.length = 0;
    for (const query of ['page=7&per=1', 'per=37', 'page=4', 'page=99999&per=200', 'sort=input&per=500']) {
      const path = canonical(query);
      const res = await app.request(path);
      assert.equal(res.status, 200, path);
      assert.ok(res.headers.get('etag'), `${path} still has a validator`);
    }
    assert.deepEqual(kept, []);
  });
});

describe('answers over a real socket keep every header', () => {
  let server: RunningServer;
  let port: number;
  let catalog: Catalog;
  before(async () => {
    catalog = buildCatalog(fixtureCatalogData());
    server = await startServer({ catalog, port: 0, host: '127.0.0.1', warm: false });
    port = Number(new URL(server.url).port);
  });
  after(async () => {
    await server?.close();
  });

  for (const target of [
    '/og/no/such-model.png',
    '/explorer-data/text/nothing.json',
    '/api/models?q=glm',
    '/',
  ]) {
    test(`HEAD ${target} carries the security headers`, async () => {
      const res = await sendRaw(port, { method: 'HEAD', target, headers: {} });
      assert.match(res.headers['content-security-policy'] ?? '', /default-src 'self'/);
      assert.equal(res.headers['x-frame-options'], 'DENY');
      assert.equal(res.body.byteLength, 0);
    });
  }

  for (const method of ['GET', 'HEAD']) {
    for (const target of [
      '/api/models?q=glm',
      '/api/models',
      '/api/models/z-ai/glm-4-32b',
      '/api/models.csv?free=1',
    ]) {
      test(`${method} ${target} allows any origin`, async () => {
        const res = await sendRaw(port, { method, target, headers: { 'accept-encoding': 'gzip' } });
        assert.equal(res.status, 200);
        assert.equal(res.headers['access-control-allow-origin'], '*');
      });
    }
  }

  test('repeated API answers, served from the edge cache, keep CORS and the CSV attachment name', async () => {
    for (const target of ['/api/models', '/api/models.csv', '/api/openapi.json', '/api/changes']) {
      for (const round of [1, 2, 3]) {
        const res = await sendRaw(port, { method: 'GET', target, headers: {} });
        assert.equal(res.headers['access-control-allow-origin'], '*', `${target}, request ${round}`);
        if (target.endsWith('.csv'))
          assert.match(res.headers['content-disposition'] ?? '', /^attachment; filename="model-atlas-/);
      }
    }
  });

  test('HEAD answers with the status and length of GET', async () => {
    const get = await sendRaw(port, { method: 'GET', target: '/models/z-ai/glm-4-32b', headers: {} });
    const head = await sendRaw(port, { method: 'HEAD', target: '/models/z-ai/glm-4-32b', headers: {} });
    assert.equal(head.status, get.status);
    assert.equal(head.headers['content-length'], get.headers['content-length']);
    assert.equal(head.headers.etag, get.headers.etag);
  });
});
