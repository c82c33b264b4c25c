import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { fixtureCatalogData } from '../../../test/fixtures/catalog.ts';
import {
  assertHas,
  assertHasNot,
  factValue,
  fixtureApp,
  metaContent,
  TEST_BASE_URL,
  tableRows,
} from '../test-app.ts';

const { app } = fixtureApp();
const page = async (path: string) => {
  const res = await app.request(path);
  return { res, html: await res.text() };
};

describe('GET /models/<id>: prices right to the unit', () => {
  test('0.0000001 USD per token shows as $0.10 / 1M, with context 128K and the canonical slug', async () => {
    const { res, html } = await page('/models/z-ai/glm-4-32b');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(factValue(html, 'Input price'), '$0.10 / 1M');
    assert.equal(factValue(html, 'Output price'), '$0.10 / 1M');
    assert.equal(factValue(html, 'Context window'), '128K');
    assertHasNot(html, '$0.000', 'the seed page bug never appears');
    assertHas(html, '<code>z-ai/glm-4-32b-0414</code>');
  });

  test('a free variant says Free, a router says Variable, a missing price says Unknown', async () => {
    const free = (await page('/models/meta-llama/llama-3.1-8b-instruct:free')).html;
    assert.equal(factValue(free, 'Input price'), 'Free');
    assert.equal(factValue(free, 'Output price'), 'Free');
    const router = (await page('/models/openrouter/auto')).html;
    assert.equal(factValue(router, 'Input price'), 'Variable');
    assertHas(router, /Variable: this is a router/);
    const arenaOnly = (await page('/models/lmarena:glm-4-plus')).html;
    assert.equal(factValue(arenaOnly, 'Input price'), 'Unknown');
    assert.equal(factValue(arenaOnly, 'Output price'), 'Unknown');
  });

  test('precision adapts and a one-sided price keeps the other side Unknown', async () => {
    const { html } = await page('/models/mistralai/mistral-small-3.1-24b-instruct');
    assert.equal(factValue(html, 'Input price'), '$0.075 / 1M');
    assert.equal(factValue(html, 'Output price'), 'Unknown');
  });

  test('every extra price mode shows in its own unit', async () => {
    const gemini = (await page('/models/google/gemini-2.5-pro-preview')).html;
    assert.deepEqual(tableRows(gemini, 'Other price modes'), [
      ['Per request', 'Free'],
      ['Image input', '$0.00516 per image'],
      ['Reasoning tokens', '$10 / 1M'],
      ['Cache read', '$0.31 / 1M'],
      ['Cache write', '$1.625 / 1M'],
    ]);
    const gpt = (await page('/models/openai/gpt-4o')).html;
    assert.deepEqual(tableRows(gpt, 'Other price modes'), [
      ['Per request', '$0.005 per request'],
      ['Web search', '$0.035 per search'],
      ['Cache read', '$1.25 / 1M'],
    ]);
  });

  test('the provider table lists each endpoint with its own prices', async () => {
    const { html } = await page('/models/google/gemini-2.5-pro-preview');
    assert.deepEqual(tableRows(html, 'Providers'), [
      ['Google (google-vertex)', '$1.25 / 1M', '$10 / 1M', '1.05M', '65.5K', 'Unknown'],
      ['Google AI Studio (google-ai-studio)', '$1.3125 / 1M', '$10.50 / 1M', '1.05M', '65.5K', 'Unknown'],
    ]);
  });
});

describe('GET /models/<id>: arena, match and provenance', () => {
  test('a matched model shows rank, score, interval, votes, style control and categories', async () => {
    const { html } = await page('/models/anthropic/claude-3.5-sonnet');
    assert.equal(factValue(html, 'Arena overall rank'), '#5 of 212');
    assertHas(html, /<dt>95% interval<\/dt><dd>\+5 \/ −4 \(1,279–1,288\)<\/dd>/);
    assertHas(html, /<dt>Votes<\/dt><dd>51,234/);
    assertHas(html, '#3 of 205, score 1,290 (+5 / −5)');
    assert.deepEqual(tableRows(html, 'Category ranks')[0], ['Coding', '#2 of 198', '1,322', '+8 / −8']);
    assert.deepEqual(tableRows(html, 'Other arenas')[0], [
      'vision',
      '#6 of 41',
      '1,213',
      '+9 / −9',
      '2025-05-21',
    ]);
  });

  test('an unmatched model shows a dash and says why', async () => {
    const { html } = await page('/models/z-ai/glm-4-32b');
    assert.equal(factValue(html, 'Arena overall rank'), '—');
    assertHas(
      html,
      /Not ranked: no LMArena model was accepted as this model \(match confidence: Unmatched\)/,
    );
  });

  test('the match evidence, override and rejected candidates sit one click away', async () => {
    const { html } = await page('/models/anthropic/claude-3.5-sonnet');
    assertHas(html, /<details><summary>Match evidence: Exact \(score 1.00\)<\/summary>/);
    assertHas(html, 'Date token &quot;20241022&quot; agrees');
    assertHas(html, 'OpenRouter serves the October 2024 release under the undated id.');
    assertHas(html, '<code>claude-3-5-sonnet-20240620</code> (score 0.88)');
  });

  test('identifiers carry their snapshot date and a link to the source', async () => {
    const { html } = await page('/models/meta-llama/llama-3.1-8b-instruct');
    const ids = html.slice(html.indexOf('id="ids-h"'));
    assertHas(
      ids,
      /Hugging Face id<\/th><td><code>meta-llama\/Meta-Llama-3.1-8B-Instruct<\/code><\/td><td>2025-05-23<\/td><td><a href="https:\/\/huggingface.co\/meta-llama\/Meta-Llama-3.1-8B-Instruct">/,
    );
    assertHas(ids, /Arena key<\/th><td><code>llama-3.1-8b-instruct<\/code><\/td><td>2025-05-24<\/td>/);
    assertHas(
      ids,
      /LiteLLM id<\/th><td><code>openrouter\/meta-llama\/llama-3.1-8b-instruct<\/code><\/td><td>2025-05-13<\/td>/,
    );
    assertHas(ids, /<summary>Where each field came from \(10 fields\)<\/summary>/);
  });

  test('the raw fields snapshot shows every source record, collapsed', async () => {
    const { html } = await page('/models/google/gemini-2.5-pro-preview');
    const raw = html.slice(html.indexOf('id="raw-h"'));
    assert.equal(raw.match(/<details>/g)?.length, 3);
    assertHas(raw, '&quot;canonical_slug&quot;: &quot;google/gemini-2.5-pro-preview-03-25&quot;');
  });

  test('the history chart has dated points and a text alternative', async () => {
    const { html } = await page('/models/anthropic/claude-3.5-sonnet');
    assertHas(
      html,
      /<svg class="chart" viewBox="0 0 480 200" role="img" aria-labelledby="price-chart-title price-chart-desc"/,
    );
    assertHas(html, 'Input: $3 on 2025-05-12, $6 on 2025-05-23.');
    assertHas(html, '<title>Output, 2025-05-23: $30</title>');
  });

  test('compare links point at similar models and the other variants', async () => {
    const { html } = await page('/models/meta-llama/llama-3.1-8b-instruct');
    assertHas(
      html,
      'href="/compare?ids=meta-llama%2Fllama-3.1-8b-instruct,meta-llama%2Fllama-3.1-8b-instruct%3Afree"',
    );
    assertHas(html, 'href="/models/meta-llama/llama-3.1-8b-instruct:free"');
  });

  test('descriptions render links safely and resolve the source site relative ones', async () => {
    const auto = (await page('/models/openrouter/auto')).html;
    assertHas(
      auto,
      '<a href="https://openrouter.ai/activity" rel="nofollow noopener noreferrer">Activity</a>',
    );
    const llama = (await page('/models/meta-llama/llama-3.1-8b-instruct')).html;
    assertHas(llama, 'href="https://ai.meta.com/blog/meta-llama-3-1/"');
    assertHas(auto, /href="\/methodology"/, 'the methodology link is on every model page');
  });
});

describe('GET /models/<id>: hostile upstream strings', () => {
  test('a name or description with markup shows as text and never runs', async () => {
    const { html } = await page('/models/hostile/evil-model');
    assertHasNot(html, '<script>alert');
    assertHasNot(html, '<img src=x');
    assertHasNot(html, /href="javascript:/i);
    assertHas(html, 'Evil &lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; Model');
    assertHas(html, '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    assertHas(html, '[a link](javascript:alert(2))', 'an unsafe link stays as plain text');
  });

  test('JSON-LD escapes < so no string can close the script element', async () => {
    const { html } = await page('/models/hostile/evil-model');
    const blocks = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(blocks.length, 1, 'the only script element is the JSON-LD data block');
    assert.equal(blocks[0]![1], ' type="application/ld+json"');
    const json = blocks[0]![2]!;
    assert.ok(!json.includes('<'));
    const data = JSON.parse(json) as { '@graph': { '@type': string; name?: string }[] };
    assert.equal(data['@graph'][1]?.name, 'Evil <script>alert("name")</script> Model');
  });
});

describe('GET /models/<id>: search and share metadata', () => {
  test('title, description, canonical, OpenGraph and Twitter tags are absolute and complete', async () => {
    const { html } = await page('/models/z-ai/glm-4-32b');
    assertHas(html, /<title>Z.AI: GLM 4 32B: price, context window and arena rank · Model Atlas<\/title>/);
    assertHas(html, `<link rel="canonical" href="${TEST_BASE_URL}/models/z-ai/glm-4-32b"/>`);
    const description = metaContent(html, 'description')!;
    assert.equal(
      description,
      'Z.AI: GLM 4 32B (z-ai/glm-4-32b): 128K token context; input $0.10 / 1M tokens, output $0.10 / 1M tokens; not ranked on LMArena. Data as of 2025-05-23.',
    );
    const arenaOnly = (await page('/models/lmarena:glm-4-plus')).html;
    assert.equal(
      metaContent(arenaOnly, 'description'),
      'GLM-4-Plus (lmarena:glm-4-plus): context window unknown; price unknown; LMArena text rank #52 of 212 (score 1,275). Data as of 2025-05-23.',
    );
    assert.match(metaContent((await page('/models/openrouter/auto')).html, 'description')!, /variable price/);
    assert.match(
      metaContent((await page('/models/mistralai/mistral-small-3.1-24b-instruct')).html, 'description')!,
      /input \$0\.075 \/ 1M tokens, output price unknown/,
    );
    assert.equal(metaContent(html, 'og:url'), `${TEST_BASE_URL}/models/z-ai/glm-4-32b`);
    assert.equal(metaContent(html, 'og:image'), `${TEST_BASE_URL}/og/z-ai/glm-4-32b.png`);
    assert.equal(metaContent(html, 'og:image:width'), '1200');
    assert.equal(metaContent(html, 'og:image:height'), '630');
    assert.equal(metaContent(html, 'og:title'), 'Z.AI: GLM 4 32B: price, context window and arena rank');
    assert.equal(metaContent(html, 'twitter:card'), 'summary_large_image');
    assert.equal(metaContent(html, 'twitter:image'), `${TEST_BASE_URL}/og/z-ai/glm-4-32b.png`);
  });

  test('JSON-LD describes the model with its prices', async () => {
    const { html } = await page('/models/z-ai/glm-4-32b');
    const json = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!;
    const app = (JSON.parse(json) as { '@graph': Record<string, unknown>[] })['@graph'][1]!;
    assert.equal(app['@type'], 'SoftwareApplication');
    assert.equal(app.identifier, 'z-ai/glm-4-32b');
    assert.deepEqual(
      (app.offers as { price: number; priceSpecification: { unitText: string } }[]).map((o) => [
        o.price,
        o.priceSpecification.unitText,
      ]),
      [
        [0.1, '1M input tokens'],
        [0.1, '1M output tokens'],
      ],
    );
  });
});

describe('GET /models/<id>: routing of ids', () => {
  test('an encoded colon or a trailing slash redirects to the canonical URL', async () => {
    const res = await app.request('/models/meta-llama/llama-3.1-8b-instruct%3Afree');
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), '/models/meta-llama/llama-3.1-8b-instruct:free');
    const slash = await app.request('/models/z-ai/glm-4-32b/');
    assert.equal(slash.status, 301);
    assert.equal(slash.headers.get('location'), '/models/z-ai/glm-4-32b');
  });

  test('ids holding % and ? are reachable at their encoded path and linked encoded', async () => {
    const data = fixtureCatalogData();
    const odd = structuredClone(data.records[0]!);
    odd.id = 'odd/50%-off?v=1';
    data.records.push(odd);
    const { app: oddApp } = fixtureApp(data);
    const res = await oddApp.request('/models/odd/50%25-off%3Fv%3D1');
    assert.equal(res.status, 200);
    const html = await res.text();
    assertHas(html, `<link rel="canonical" href="${TEST_BASE_URL}/models/odd/50%25-off%3Fv%3D1"/>`);
    const sitemap = await (await oddApp.request('/sitemap.xml')).text();
    assertHas(sitemap, '/models/odd/50%25-off%3Fv%3D1</loc>');
  });

  test('an unknown id is a 404 that suggests near names, with the id escaped', async () => {
    const res = await app.request('/models/z-ai/glm-4-23b');
    assert.equal(res.status, 404);
    const html = await res.text();
    assertHas(html, /<h2>Did you mean<\/h2>/);
    assertHas(html, '<a href="/models/z-ai/glm-4-32b">Z.AI: GLM 4 32B</a>');
    assertHas(html, '<meta name="robots" content="noindex"/>');
    const hostile = await (await app.request('/models/%3Cscript%3Ealert(1)%3C%2Fscript%3E')).text();
    assertHasNot(hostile, '<script>alert(1)');
    assertHas(hostile, '<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>');
  });
});

describe('GET /models/<id>: caching and headers', () => {
  test('sends an ETag from the snapshot and answers 304 when it matches', async () => {
    const first = await app.request('/models/z-ai/glm-4-32b');
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^W\/"[\w-]{12}-[\w-]{16}"$/);
    assert.match(first.headers.get('cache-control')!, /public, max-age=\d+/);
    const again = await app.request('/models/z-ai/glm-4-32b', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('etag'), etag);
  });

  test('sends the stored brotli or gzip variant the client accepts, with the same content', async () => {
    const plain = new Uint8Array(await (await app.request('/models/z-ai/glm-4-32b')).arrayBuffer());
    const br = await app.request('/models/z-ai/glm-4-32b', { headers: { 'Accept-Encoding': 'gzip, br' } });
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.equal(br.headers.get('vary'), 'Accept-Encoding');
    assert.deepEqual(new Uint8Array(brotliDecompressSync(new Uint8Array(await br.arrayBuffer()))), plain);
    const gz = await app.request('/models/z-ai/glm-4-32b', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.deepEqual(new Uint8Array(gunzipSync(new Uint8Array(await gz.arrayBuffer()))), plain);
  });

  test('every model page fits the 25 KB compressed budget', async () => {
    for (const record of fixtureCatalogData().records) {
      const path = `/models/${record.id.split('/').map(encodeURIComponent).join('/').replace(/%3A/g, ':')}`;
      const res = await app.request(path, { headers: { 'Accept-Encoding': 'br' } });
      assert.equal(res.status, 200, path);
      const bytes = (await res.arrayBuffer()).byteLength;
      assert.ok(bytes <= 25 * 1024, `${path} is ${bytes} bytes compressed`);
    }
  });
});
