import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import pino from 'pino';
import { fixtureCatalogData } from '../../test/fixtures/catalog.ts';
import { buildCatalog } from '../catalog/catalog.ts';
import { createAtlasApp } from './app.ts';
import { CONTENT_SECURITY_POLICY } from './middleware/security-headers.ts';
import { assertHas, assertHasNot, fixtureApp, TEST_BASE_URL } from './test-app.ts';

const { app } = fixtureApp();

function logCollector() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, log: pino({ level: 'info' }, stream) };
}

describe('security headers', () => {
  test('are on every response: pages, API, errors, assets and 304s', async () => {
    const page = await app.request('/models/z-ai/glm-4-32b');
    const paths = [
      '/models/z-ai/glm-4-32b',
      '/methodology',
      '/api/models?in_max=oops',
      '/no/such/page',
      '/robots.txt',
      '/og/z-ai/glm-4-32b.png',
    ];
    const responses = await Promise.all(paths.map((p) => app.request(p)));
    responses.push(
      await app.request('/models/z-ai/glm-4-32b', {
        headers: { 'If-None-Match': page.headers.get('etag')! },
      }),
    );
    for (const [i, res] of responses.entries()) {
      const what = paths[i] ?? '304 response';
      assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, what);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', what);
      assert.equal(res.headers.get('x-frame-options'), 'DENY', what);
      assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', what);
    }
  });

  test('the policy allows no inline script and no foreign origin', () => {
    assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'(;|$)/);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval|\*/);
  });

  test('HSTS is sent only when the public origin is HTTPS', async () => {
    assert.ok((await app.request('/robots.txt')).headers.get('strict-transport-security'));
    const plain = createAtlasApp({
      catalog: buildCatalog(fixtureCatalogData()),
      baseUrl: 'http://127.0.0.1:3000',
    });
    assert.equal((await plain.app.request('/robots.txt')).headers.get('strict-transport-security'), null);
  });
});

describe('pages without inline script', () => {
  test('model, methodology, changes and error pages load scripts only from files or as JSON-LD data', async () => {
    for (const path of ['/models/openai/gpt-4o', '/methodology', '/changes', '/nope']) {
      const html = await (await app.request(path)).text();
      for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        const attrs = m[1]!;
        assert.ok(
          attrs.includes('type="application/ld+json"') || (attrs.includes('src=') && m[2] === ''),
          `${path} has an inline script: ${m[0].slice(0, 80)}`,
        );
      }
      assertHasNot(html, / on[a-z]+="/, `${path} has no inline event handler`);
      assertHasNot(html, / style="/, `${path} has no inline style (the policy blocks it)`);
    }
  });
});

describe('errors', () => {
  test('an unknown route is a 404 page that escapes the path', async () => {
    const res = await app.request('/%3Cscript%3Ealert(1)%3C/script%3E');
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=UTF-8');
    const html = await res.text();
    assertHasNot(html, '<script>alert(1)');
    assertHas(html, 'Search the explorer');
  });

  test('a failure is a friendly 500 that shows nothing of the internals, and is logged', async () => {
    const { lines, log } = logCollector();
    const { app: failing } = createAtlasApp({
      catalog: buildCatalog(fixtureCatalogData()),
      baseUrl: TEST_BASE_URL,
      log,
    });
    failing.get('/boom', () => {
      throw new Error('secret database path /var/lib/atlas.db');
    });
    const res = await failing.request('/boom');
    assert.equal(res.status, 500);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    const html = await res.text();
    assertHas(html, 'Something went wrong on our side');
    assertHasNot(html, 'secret');
    assertHasNot(html, 'at ');
    const logged = lines.find((l) => l.msg === 'request failed' && l.err !== undefined);
    assert.ok(logged, 'the failure was logged');
    assert.match((logged.err as { message: string }).message, /secret database path/);
  });
});

describe('request logging', () => {
  test('writes one line per request with method, path, status and duration', async () => {
    const { lines, log } = logCollector();
    const { app: logged } = createAtlasApp({
      catalog: buildCatalog(fixtureCatalogData()),
      baseUrl: TEST_BASE_URL,
      log,
    });
    await logged.request('/robots.txt', { headers: { 'Accept-Encoding': 'br' } });
    await logged.request('/no/such/page');
    const requests = lines.filter((l) => l.msg === 'request');
    assert.equal(requests.length, 2);
    assert.equal(requests[0]!.method, 'GET');
    assert.equal(requests[0]!.path, '/robots.txt');
    assert.equal(requests[0]!.status, 200);
    assert.equal(typeof requests[0]!.ms, 'number');
    assert.equal(requests[1]!.status, 404);
  });
});

describe('assets and HEAD', () => {
  test('the stylesheet a page links is served fingerprinted and cached for a year', async () => {
    const html = await (await app.request('/methodology')).text();
    const href = html.match(/<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]{10}\.css)"\/>/)![1]!;
    const css = await app.request(href, { headers: { 'Accept-Encoding': 'br' } });
    assert.equal(css.status, 200);
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.equal(css.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(css.headers.get('content-encoding'), 'br');
    assert.equal((await app.request('/assets/site.0000000000.css')).status, 404);
    const icon = await app.request('/favicon.ico');
    assert.equal(icon.status, 301);
    assert.match(icon.headers.get('location')!, /^\/assets\/favicon\.[0-9a-f]{10}\.svg$/);
  });

  test('HEAD answers with the headers and no body', async () => {
    const res = await app.request('/models/z-ai/glm-4-32b', { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.ok(res.headers.get('etag'));
    assert.equal(await res.text(), '');
  });
});
