import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureCatalogData } from '../../test/fixtures/catalog.ts';
import { buildCatalog } from '../catalog/catalog.ts';
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
});
