import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brokenLinks, internalLinks, linkTarget } from './link-check.ts';

const BASE = 'https://atlas.example';

describe('internal links of a page, feed or sitemap', () => {
  test('keeps site paths with their query, unescapes &amp; and drops fragments', () => {
    const html =
      '<a href="/compare?ids=a,b&amp;in_tokens=5">x</a><a href="#main">skip</a><img src="/og/a/b.png">' +
      '<a href="https://elsewhere.example/x">out</a><a href="//cdn.example/x">cdn</a><a href="/methodology#ranks">m</a>';
    assert.deepEqual(internalLinks(html, BASE), [
      '/compare?ids=a,b&in_tokens=5',
      '/og/a/b.png',
      '/methodology',
    ]);
  });

  test('absolute URLs of the site itself count, as in the sitemap and the feed', () => {
    const xml = `<loc>${BASE}/models/z-ai/glm-4-32b</loc><link href="${BASE}/changes?kind=price&amp;snapshot=2"/>`;
    assert.deepEqual(internalLinks(xml, BASE), ['/models/z-ai/glm-4-32b', '/changes?kind=price&snapshot=2']);
  });
});

describe('which links are broken', () => {
  const files = new Set([
    'index.html',
    'changes/index.html',
    '_variants/changes/kind=price.html',
    'og/a/b.png',
  ]);

  test('a filtered changes link needs its pre-rendered variant', () => {
    assert.equal(linkTarget(files, '/changes?kind=price'), '_variants/changes/kind=price.html');
    assert.equal(linkTarget(files, '/changes?kind=rank'), null);
    assert.equal(linkTarget(files, '/changes'), 'changes/index.html');
  });

  test('lists each broken link with the file it is in', () => {
    const docs = [
      { file: 'index.html', text: '<a href="/og/a/b.png">ok</a><a href="/models/gone">gone</a>' },
    ];
    assert.deepEqual(brokenLinks(files, docs, BASE), [{ from: 'index.html', link: '/models/gone' }]);
  });
});
