import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import pino from 'pino';
import { fixtureCatalogData } from '../../test/fixtures/catalog.ts';
import { buildCatalog } from '../catalog/catalog.ts';
import { CONTENT_SECURITY_POLICY } from './middleware/security-headers.ts';
import { startServer } from './server.ts';

describe('startServer', () => {
  test('listens, serves pages over HTTP and closes', async () => {
    const catalog = buildCatalog(fixtureCatalogData());
    const server = await startServer({
      catalog,
      port: 0,
      host: '127.0.0.1',
      baseUrl: 'https://atlas.example',
      warm: false,
    });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${server.url}/models/z-ai/glm-4-32b`, {
        headers: { 'Accept-Encoding': 'br' },
      });
      assert.equal(res.status, 200);
      assert.match(await res.text(), /\$0\.10 \/ 1M/);
      assert.equal(res.headers.get('content-encoding'), 'br', 'the stored brotli variant goes over the wire');
    } finally {
      await server.close();
    }
    await assert.rejects(fetch(`${server.url}/robots.txt`), 'the server no longer answers after close');
  });

  test('explains a port that is already taken', async () => {
    const catalog = buildCatalog(fixtureCatalogData());
    const first = await startServer({ catalog, port: 0, host: '127.0.0.1', warm: false });
    const port = Number(new URL(first.url).port);
    try {
      await assert.rejects(
        startServer({ catalog, port, host: '127.0.0.1', warm: false }),
        /Port \d+ on 127\.0\.0\.1 is already in use; stop the other server or pass --port\./,
      );
    } finally {
      await first.close();
    }
  });

  test('answers repeated requests for a cached page from the edge cache, with the same bytes and headers', async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const catalog = buildCatalog(fixtureCatalogData());
    const server = await startServer({
      catalog,
      port: 0,
      host: '127.0.0.1',
      baseUrl: 'https://atlas.example',
      warm: false,
      log: pino({ level: 'info' }, stream),
    });
    try {
      const url = `${server.url}/models/z-ai/glm-4-32b`;
      const first = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
      const firstBody = await first.text();
      const second = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
      assert.equal(await second.text(), firstBody);
      for (const name of [
        'content-security-policy',
        'etag',
        'cache-control',
        'content-type',
        'vary',
        'x-frame-options',
      ]) {
        assert.equal(second.headers.get(name), first.headers.get(name), name);
      }
      assert.equal(second.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
      assert.equal(second.headers.get('content-encoding'), 'gzip');
      const plain = await fetch(url, { headers: { 'Accept-Encoding': 'identity' } });
      assert.equal(plain.headers.get('content-encoding'), null);
      assert.equal(await plain.text(), firstBody);
      const notModified = await fetch(url, { headers: { 'If-None-Match': first.headers.get('etag')! } });
      assert.equal(notModified.status, 304);
      assert.equal(notModified.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
      const head = await fetch(url, { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal(await head.text(), '');
      const requests = lines.filter((l) => l.msg === 'request');
      assert.equal(requests.length, 5, 'one log line per request, wherever it was answered');
      assert.equal(requests[0]!.edge, undefined, 'the first request went through the app');
      assert.deepEqual(
        requests.slice(1).map((l) => [l.edge, l.status]),
        [
          [true, 200],
          [true, 200],
          [true, 304],
          [true, 200],
        ],
      );
      // A query string always goes to the app, which validates it.
      const bad = await fetch(`${url}?x=1`);
      assert.equal(bad.status, 200);
      const api = await fetch(`${server.url}/api/models?in_max=oops`);
      assert.equal(api.status, 400);
      assert.equal(api.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    } finally {
      await server.close();
    }
  });
});
