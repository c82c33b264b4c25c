import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createRenderCache, makeBody } from './render-cache.ts';
import { etagMatches, pickEncoding } from './respond.ts';

describe('etagMatches', () => {
  const etag = 'W/"v1-abc"';
  test('matches weakly, in a list, or with *', () => {
    assert.ok(etagMatches('W/"v1-abc"', etag));
    assert.ok(etagMatches('"v1-abc"', etag));
    assert.ok(etagMatches('"other", W/"v1-abc"', etag));
    assert.ok(etagMatches('*', etag));
  });
  test('does not match another validator or a missing header', () => {
    assert.ok(!etagMatches('W/"v2-abc"', etag));
    assert.ok(!etagMatches(undefined, etag));
  });
});

describe('pickEncoding', () => {
  const body = makeBody('v', 'text/html', 'x'.repeat(2000));
  test('prefers brotli, then gzip, honouring q=0', () => {
    assert.equal(pickEncoding('gzip, deflate, br', body), 'br');
    assert.equal(pickEncoding('gzip', body), 'gzip');
    assert.equal(pickEncoding('br;q=0, gzip', body), 'gzip');
    assert.equal(pickEncoding('*', body), 'br');
    assert.equal(pickEncoding('identity', body), null);
    assert.equal(pickEncoding(undefined, body), null);
  });
  test('sends small bodies and images as they are', () => {
    assert.equal(pickEncoding('br', makeBody('v', 'text/html', 'tiny')), null);
    assert.equal(pickEncoding('br', makeBody('v', 'image/png', new Uint8Array(5000))), null);
  });
  test('answers a header it has read before the same way, for each body, after a flood of odd headers', () => {
    const small = makeBody('v', 'text/html', 'tiny');
    assert.equal(pickEncoding('gzip', body), 'gzip');
    assert.equal(pickEncoding('gzip', small), null);
    for (let i = 0; i < 1000; i++) assert.equal(pickEncoding(`x-${i}, gzip;q=0`, body), null);
    assert.equal(pickEncoding('gzip', body), 'gzip');
    assert.equal(pickEncoding('br;q=0, gzip', body), 'gzip');
    assert.equal(pickEncoding('gzip, deflate, br', body), 'br');
  });
});

describe('the render cache', () => {
  test('renders a key once and returns the same bytes after', () => {
    const cache = createRenderCache('v1');
    let renders = 0;
    const render = () => {
      renders++;
      return '<p>hello</p>';
    };
    const a = cache.get('k', 'text/html', render);
    const b = cache.get('k', 'text/html', render);
    assert.equal(renders, 1);
    assert.equal(a, b);
    assert.match(a.etag, /^W\/"v1-[\w-]{16}"$/);
  });
  test('drops the least recently used body past its bound', () => {
    const cache = createRenderCache('v1', 2);
    let renders = 0;
    const render = () => String(++renders);
    cache.get('a', 't', render);
    cache.get('b', 't', render);
    cache.get('a', 't', render);
    cache.get('c', 't', render);
    assert.equal(cache.size, 2);
    cache.get('a', 't', render);
    assert.equal(renders, 3, '"a" was used recently, so it stayed');
    cache.get('b', 't', render);
    assert.equal(renders, 4, '"b" was the least recently used, so it was rendered again');
  });
});
