import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertHas, fixtureApp, TEST_BASE_URL } from '../test-app.ts';

const { app, ctx } = fixtureApp();

describe('GET /sitemap.xml', () => {
  test('lists the main pages and every model page with absolute URLs', async () => {
    const res = await app.request('/sitemap.xml');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/xml; charset=utf-8');
    const xml = await res.text();
    assert.equal(xml.match(/<url>/g)?.length, ctx.catalog.records.length + 3);
    assertHas(xml, `<loc>${TEST_BASE_URL}/models/z-ai/glm-4-32b</loc><lastmod>2025-05-23</lastmod>`);
    assertHas(xml, `<loc>${TEST_BASE_URL}/models/lmarena:glm-4-plus</loc>`);
  });
});

describe('GET /robots.txt', () => {
  test('points at the sitemap and keeps crawlers off endless filter combinations', async () => {
    const text = await (await app.request('/robots.txt')).text();
    assertHas(text, `Sitemap: ${TEST_BASE_URL}/sitemap.xml`);
    assertHas(text, 'Disallow: /api/');
    assertHas(text, 'Allow: /');
  });
});
