import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureCatalogData } from '../../../test/fixtures/catalog.ts';
import { buildCatalog } from '../../catalog/catalog.ts';
import {
  decodeExplorerData,
  type ExplorerCategoryData,
  type ExplorerData,
  mergeCategory,
} from '../../domain/explorer-rows.ts';
import { applyQuery, parseQuery, QUERY_PARAMS } from '../../domain/query.ts';
import { createApp } from '../app.ts';

const catalog = buildCatalog(fixtureCatalogData());
const app = createApp({ catalog, baseUrl: 'https://atlas.example' });

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers });
  return { res, html: await res.text() };
}

/** Follows the redirect to the canonical URL, as a browser would. */
async function view(path: string) {
  const first = await app.request(path);
  const location = first.status === 302 ? first.headers.get('location') : null;
  const res = location ? await app.request(location) : first;
  return { res, html: await res.text(), location };
}

/** Row header texts (model names) of the results table, in order. */
function rowNames(html: string): string[] {
  const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  return [...body.matchAll(/<th scope="row"><a href="[^"]*">([^<]*)<\/a><\/th>/g)].map((m) => m[1]!);
}

describe('GET /', () => {
  test('renders the first page of results in the HTML with a GET form of every facet', async () => {
    const { res, html } = await get('/');
    assert.equal(res.status, 200);
    assert.equal(rowNames(html).length, catalog.records.length);
    assert.match(html, /<form id="explorer" class="explorer" method="get" action="\/"/);
    for (const param of QUERY_PARAMS) {
      if (param.name === 'page') continue; // paging is links, not a field
      assert.match(html, new RegExp(`name="${param.name}"`), `the form has a control named ${param.name}`);
    }
    assert.match(html, /<p id="result-count" role="status">Showing all 10 models\.<\/p>/);
  });

  test('labels every form control', async () => {
    const { html } = await get('/');
    const ids = [...html.matchAll(/<(?:input|select)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(ids.length > 20);
    for (const id of ids) assert.match(html, new RegExp(`<label for="${id}"`), `label for #${id}`);
    const rowBoxes = [...html.matchAll(/<input type="checkbox" name="ids"[^>]*>/g)].map((m) => m[0]);
    for (const box of rowBoxes) assert.match(box, /aria-label="Select .+ to compare"/);
  });

  test('sorts by the chosen column with aria-sort on its header and unknown prices last', async () => {
    const { html } = await get('/?sort=input');
    assert.match(
      html,
      /<th scope="col" class="num" aria-sort="ascending"><a href="\/\?sort=input&amp;dir=desc"/,
    );
    const names = rowNames(html);
    assert.equal(names[0], 'Meta: Llama 3.1 8B Instruct (free)');
    assert.deepEqual(
      names.slice(-3).sort(),
      ['Auto Router', 'Evil &lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; Model', 'GLM-4-Plus'].sort(),
    );
  });

  test('filters by facets and shows the count', async () => {
    const { html, location } = await view('/?in=image&param=tools&in_max=5');
    assert.equal(location, '/?in=image&in_max=5&param=tools');
    assert.deepEqual(rowNames(html).sort(), ['Google: Gemini 2.5 Pro Preview', 'OpenAI: GPT-4o']);
    assert.match(html, /Showing all 2 models\./);
    assert.match(html, /<input type="checkbox" id="f-in-image" name="in" value="image" checked=""/);
  });

  test('redirects a form submission with blanks and its own order to the canonical URL', async () => {
    const { res } = await get('/?q=&sort=input&dir=asc&in_max=&free=1&source=');
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), '/?free=1&sort=input');
  });

  test('answers a bad parameter with 400, the sentences and the unfiltered table', async () => {
    const { res, html } = await get('/?ctx_min=200000&ctx_max=1000&sort=price');
    assert.equal(res.status, 400);
    assert.match(html, /The range for the context window \(ctx_min, ctx_max\) is empty/);
    assert.match(html, /The sort column &quot;price&quot; does not exist/);
    assert.equal(rowNames(html).length, catalog.records.length);
    assert.match(html, /<meta name="robots" content="noindex"/);
  });

  test('escapes hostile names and never echoes a raw script tag', async () => {
    const { html } = await get('/?q=evil');
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /Evil &lt;script&gt;alert\(&quot;name&quot;\)&lt;\/script&gt; Model/);
    const attack = await get(`/?q=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`);
    assert.doesNotMatch(attack.html, /<img src=x/);
  });

  test('keeps selected models from other pages as hidden fields and pages with links', async () => {
    const { html } = await view('/?ids=openai/gpt-4o&per=2&sort=name');
    assert.match(html, /<input type="hidden" name="ids" value="openai\/gpt-4o"\/>/);
    assert.match(html, /<a href="\/\?ids=openai\/gpt-4o&amp;sort=name&amp;page=2&amp;per=2" rel="next"/);
    assert.match(html, /Showing 1–2 of 10 models\./);
  });

  test('keeps the default view for the snapshot and answers 304 to its ETag', async () => {
    const first = await get('/');
    const etag = first.res.headers.get('etag');
    assert.ok(etag);
    const again = await app.request('/', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  test('shows only the chosen columns, always with the name', async () => {
    const { html } = await view('/?cols=license');
    const head = html.slice(html.indexOf('<thead>'), html.indexOf('</thead>'));
    assert.deepEqual(
      [...head.matchAll(/data-col="([a-z_]+)"/g)].map((m) => m[1]),
      ['name', 'license'],
    );
  });
});

describe('GET /explorer-data.json', () => {
  test('gives compact rows that filter and sort exactly like the full records', async () => {
    const res = await app.request('/explorer-data.json');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    const data = (await res.json()) as ExplorerData;
    assert.equal(data.version, catalog.version);
    const rows = decodeExplorerData(data);
    const cats = await app.request('/explorer-data/text/coding.json');
    mergeCategory(rows, (await cats.json()) as ExplorerCategoryData);
    const queries = [
      '',
      'sort=input',
      'sort=output&dir=desc',
      'sort=score',
      'q=llama',
      'free=1',
      'in=image&param=tools',
      'ctx_min=100000&in_max=3',
      'cat=coding&sort=rank',
      'open=1',
      'open=0&license=proprietary',
      'source=arena_only',
      'confidence=high,exact',
      'author=meta-llama',
      'added_after=2025-01-01',
      'sort=usage',
      'sort=modalities&dir=desc',
      'score_min=1200&rank_max=60',
      'arena=vision',
      'arena=vision&sort=score&dir=asc',
      'sort=votes',
      'popular=1',
      'popular=10&sort=usage',
    ];
    for (const text of queries) {
      const parsed = parseQuery(new URLSearchParams(text));
      assert.ok(parsed.ok, text);
      const server = applyQuery(catalog.records, parsed.query).rows.map((r) => r.id);
      const island = applyQuery(rows, parsed.query).rows.map((r) => r.id);
      assert.deepEqual(island, server, `same rows for "${text}"`);
    }
  });

  test('lets browsers keep the data for good when the URL names the current version', async () => {
    const current = await app.request(`/explorer-data.json?v=${catalog.version}`);
    assert.equal(current.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const stale = await app.request('/explorer-data.json?v=old');
    assert.match(stale.headers.get('cache-control') ?? '', /max-age=300/);
  });

  test('serves a category file only for categories in the snapshot', async () => {
    const ok = await app.request('/explorer-data/text/coding.json');
    const data = (await ok.json()) as ExplorerCategoryData;
    assert.equal(data.cat, 'coding');
    assert.ok(data.rows.some(([id, rank]) => id === 'google/gemini-2.5-pro-preview' && rank === 1));
    const missing = await app.request('/explorer-data/text/astrology.json');
    assert.equal(missing.status, 404);
    assert.match(((await missing.json()) as { error: string }).error, /No arena category by that name/);
  });
});
