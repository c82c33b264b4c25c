// Hostile input over a real socket: a seeded sample of the fuzz stream plus hand-made raw requests
// (backslashes, absolute-form targets, `*`, missing or hostile Host, oversized headers, smuggling
// attempts) sent byte for byte to startServer, to catch what the in-process path normalizes away.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildCatalog, type Catalog } from '../../src/catalog/catalog.ts';
import { type RunningServer, startServer } from '../../src/web/server.ts';
import { fixtureCatalogData } from '../fixtures/catalog.ts';
import { fuzzSeed, MARK } from './fuzz-inputs.ts';
import type { FuzzRequest } from './fuzz-requests.ts';
import { describeFailures, describeRun, fuzzWorld, runFuzz } from './fuzz-run.ts';
import { type RawRequest, sendRaw } from './fuzz-socket.ts';

const SEED = fuzzSeed();
const COUNT = Number(process.env.ATLAS_FUZZ_SOCKET_COUNT ?? 1_000);
const REPLAY = 'node scripts/test.mjs test/robustness/fuzz-socket.test.ts';
/** Over a socket only wall time is measurable; the limit is loose because the machine may be busy. */
const BOUNDS = { cpuMs: Number.POSITIVE_INFINITY, wallMs: 5_000 };

console.log(`\nSocket fuzz seed ${SEED} (replay with ATLAS_FUZZ_SEED=${SEED} ${REPLAY})\n`);

/** Requests no URL parser would let through, each with the status range it must get. */
const SPECIALS: readonly { name: string; req: RawRequest; status: RegExp }[] = [
  {
    name: 'a backslash path',
    req: { method: 'GET', target: '/models\\..\\..\\x', headers: {} },
    status: /^4/,
  },
  {
    name: 'a protocol-relative path',
    req: { method: 'GET', target: '//evil.example/', headers: {} },
    status: /^404$/,
  },
  {
    name: 'an absolute-form target',
    req: { method: 'GET', target: 'http://evil.example/models/z-ai/glm-4-32b', headers: {} },
    status: /^(200|400)$/,
  },
  { name: 'an asterisk target', req: { method: 'OPTIONS', target: '*', headers: {} }, status: /^4/ },
  {
    name: 'raw dot segments',
    req: { method: 'GET', target: '/assets/../../package.json', headers: {} },
    status: /^404$/,
  },
  {
    name: 'encoded dot segments',
    req: { method: 'GET', target: '/assets/..%2f..%2fpackage.json', headers: {} },
    status: /^404$/,
  },
  { name: 'a lone percent', req: { method: 'GET', target: '/%', headers: {} }, status: /^4/ },
  { name: 'a broken escape', req: { method: 'GET', target: '/models/%zz', headers: {} }, status: /^4/ },
  {
    name: 'a lone surrogate',
    req: { method: 'GET', target: '/models/%ED%A0%80', headers: {} },
    status: /^404$/,
  },
  { name: 'a NUL escape', req: { method: 'GET', target: '/api/models/a%00b', headers: {} }, status: /^404$/ },
  {
    name: 'raw markup in the query',
    req: { method: 'GET', target: `/?q=<${MARK}>"'`, headers: {} },
    status: /^(200|302|400)$/,
  },
  {
    name: 'raw UTF-8 in the path',
    req: { method: 'GET', target: '/models/🦙/é', headers: {} },
    status: /^4/,
  },
  { name: 'no Host header', req: { method: 'GET', target: '/', headers: {}, host: null }, status: /^400$/ },
  {
    name: 'a hostile Host',
    req: { method: 'GET', target: '/', headers: {}, host: `evil"><${MARK}>` },
    status: /^400$/,
  },
  {
    name: 'a Host with a path',
    req: { method: 'GET', target: '/', headers: {}, host: 'evil.example/x' },
    status: /^400$/,
  },
  {
    name: 'HTTP/1.0 without Host',
    req: { method: 'GET', target: '/robots.txt', headers: {}, host: null, version: 'HTTP/1.0' },
    status: /^200$/,
  },
  {
    name: 'a 20 KB header',
    req: { method: 'GET', target: '/', headers: { cookie: 'a'.repeat(20_000) } },
    status: /^431$/,
  },
  {
    name: 'a 20 KB path',
    req: { method: 'GET', target: `/models/${'a'.repeat(20_000)}`, headers: {} },
    status: /^(414|431)$/,
  },
  {
    name: 'a 15 KB path',
    req: { method: 'GET', target: `/models/${'%3Cx9f%3E'.repeat(1_600)}`, headers: {} },
    status: /^404$/,
  },
  {
    name: 'a smuggling attempt',
    req: {
      method: 'POST',
      target: '/api/models',
      headers: { 'Transfer-Encoding': 'chunked', 'Content-Length': '4' },
      body: '0\r\n\r\nGET /x HTTP/1.1\r\n\r\n',
    },
    status: /^4/,
  },
  { name: 'an unknown method', req: { method: 'BREW', target: '/', headers: {} }, status: /^4/ },
  {
    name: 'a large POST body',
    req: { method: 'POST', target: '/', headers: {}, body: 'a'.repeat(1_000_000) },
    status: /^40[45]$/,
  },
  { name: 'a TRACE', req: { method: 'TRACE', target: '/', headers: {} }, status: /^40[45]$/ },
];

describe('hostile requests over a socket', () => {
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

  for (const special of SPECIALS) {
    test(`${special.name} gets a clean ${special.status.source.replace(/[\^$()]/g, '')} with the security headers`, async () => {
      const res = await sendRaw(port, special.req);
      assert.match(
        String(res.status),
        special.status,
        `${special.req.method} ${special.req.target.slice(0, 80)}`,
      );
      assert.match(res.headers['content-security-policy'] ?? '', /default-src 'self'/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.ok(
        !Buffer.from(res.body).toString('utf8').includes(`<${MARK}`),
        'markup is reflected unescaped',
      );
    });
  }

  test(`${COUNT} seeded hostile requests sent raw never fail the rules`, async () => {
    const report = await runFuzz({
      seed: SEED,
      count: COUNT,
      world: fuzzWorld(catalog),
      send: (req: FuzzRequest) =>
        sendRaw(port, {
          ...req,
          body: req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH' ? 'a=1' : undefined,
        }),
      bounds: BOUNDS,
      concurrency: 8,
    });
    console.log(describeRun('socket, fixture catalog', report));
    assert.equal(report.failures.length, 0, describeFailures(report, REPLAY));
  });
});
