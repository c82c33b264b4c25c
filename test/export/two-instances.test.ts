// Stateless serving: two instances over one database file, each with its own catalog build, one
// in this process (startServer) and one a separate `model-atlas serve` process, as two machines
// behind a load balancer would be. Every route must answer with the same bytes and validators.

import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildCatalog } from '../../src/catalog/catalog.ts';
import { createProgress } from '../../src/cli/progress.ts';
import { readRecordedData, replayRecorded } from '../../src/pipeline/ingest.ts';
import { openStore } from '../../src/store/index.ts';
import { type RunningServer, startServer } from '../../src/web/server.ts';
import { writeMiniData } from '../fixtures/mini-data.ts';
import { explain, startCli } from '../robustness/run-cli.ts';
import { freePort } from './nginx.ts';
import { type RawResponse, rawGet } from './static-site.ts';

const BASE_URL = 'https://atlas.example';
let temp: string;
let data: string;
let first: RunningServer;
let second: { url: string; stop(): Promise<void> };
let version: string;

before(async () => {
  temp = await mkdtemp(join(tmpdir(), 'atlas-two-'));
  data = await writeMiniData();
  const db = join(temp, 'atlas.db');
  const store = await openStore(db);
  await replayRecorded(await readRecordedData(data), {
    store,
    overrides: null,
    progress: createProgress(process.stderr, true),
  });
  await store.close();

  const readOnly = await openStore(db, { readonly: true });
  const catalogData = await readOnly.loadCatalogData((await readOnly.latestSnapshot())!.id);
  await readOnly.close();
  const catalog = buildCatalog(catalogData);
  version = catalog.version;
  first = await startServer({ catalog, port: 0, host: '127.0.0.1', baseUrl: BASE_URL, warm: false });

  const port = await freePort();
  const started = startCli(['serve', '--db', db, '--port', String(port)], { BASE_URL });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await rawGet(`${url}/robots.txt`);
      break;
    } catch {
      if (started.child.exitCode !== null) assert.fail(explain(await started.done));
      if (Date.now() > deadline) assert.fail('The second instance did not answer within 60 s.');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  second = {
    url,
    async stop() {
      started.child.kill('SIGTERM');
      await started.done;
    },
  };
});
after(async () => {
  await first?.close();
  await second?.stop();
  await rm(temp, { recursive: true, force: true });
  await rm(data, { recursive: true, force: true });
});

/** Paths of every kind of response: cached pages, pages built per request, API, images, errors. */
function routes(): string[] {
  return [
    '/',
    '/?sort=name&per=4&page=2',
    '/?q=glm',
    '/models/z-ai/glm-4-32b',
    '/models/lmarena:glm-4-plus',
    '/models/meta-llama/llama-3.1-8b-instruct:free',
    '/compare?ids=z-ai/glm-4-32b,openrouter/auto,openai/gpt-4o-2024-08-06',
    '/compare',
    '/changes',
    '/changes?kind=price',
    '/changes.atom',
    '/methodology',
    '/sitemap.xml',
    '/robots.txt',
    '/api/models',
    '/api/models?q=glm&sort=name',
    '/api/models.csv',
    '/api/models.csv?free=1',
    '/api/models/z-ai/glm-4-32b',
    '/api/changes',
    '/api/openapi.json',
    '/og/z-ai/glm-4-32b.png',
    `/explorer-data.json?v=${version}`,
    '/models/nobody/no-such-model',
    '/api/models?per=lots',
    '/favicon.ico',
  ];
}

/** Everything a client or cache sees except the moment it was sent. */
function visible(r: RawResponse): Record<string, string> {
  const { date: _date, connection: _c, 'keep-alive': _k, ...headers } = r.headers;
  return { status: String(r.status), ...headers, body: r.body.toString('base64') };
}

describe('two instances over the same database', () => {
  test('answer every route with identical bodies, ETags and headers, in every encoding', async () => {
    const home = await rawGet(`${first.url}/`);
    const assets = [...home.body.toString('utf8').matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map(
      (m) => m[1]!,
    );
    assert.ok(assets.length >= 4, 'the explorer links its stylesheets, icon and script');
    const differences: string[] = [];
    for (const path of [...routes(), ...new Set(assets)]) {
      for (const encoding of [undefined, 'gzip', 'br']) {
        const headers: Record<string, string> = encoding ? { 'Accept-Encoding': encoding } : {};
        const [a, b] = await Promise.all([
          rawGet(first.url + path, headers),
          rawGet(second.url + path, headers),
        ]);
        const [va, vb] = [visible(a), visible(b)];
        for (const key of new Set([...Object.keys(va), ...Object.keys(vb)]))
          if (va[key] !== vb[key]) differences.push(`${path} (${encoding ?? 'identity'}) ${key} differs`);
      }
    }
    assert.deepEqual(differences, []);
  });

  test('a validator from one instance is honored by the other', async () => {
    for (const path of [
      '/',
      '/models/z-ai/glm-4-32b',
      '/api/models.csv',
      '/og/z-ai/glm-4-32b.png',
      '/?q=glm',
    ]) {
      const fromFirst = await rawGet(first.url + path);
      assert.ok(fromFirst.headers.etag, `${path} has an ETag`);
      assert.match(
        fromFirst.headers.etag!,
        new RegExp(`^W/"${version}-`),
        'the ETag starts with the catalog version',
      );
      const fromSecond = await rawGet(second.url + path, { 'If-None-Match': fromFirst.headers.etag! });
      assert.equal(fromSecond.status, 304, path);
    }
  });
});
