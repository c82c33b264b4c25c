import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureCatalogData } from '../../../test/fixtures/catalog.ts';
import { buildCatalog } from '../../catalog/catalog.ts';
import { createApp } from '../app.ts';

const app = createApp({ catalog: buildCatalog(fixtureCatalogData()) });

async function page(path: string) {
  const res = await app.request(path);
  return { res, html: await res.text() };
}

/** The cells of the compare-table row whose header starts with `label`. */
function row(html: string, label: string): string[] {
  const start = html.indexOf(`<th scope="row">${label}`);
  assert.ok(start >= 0, `a row named ${label}`);
  const tr = html.slice(start, html.indexOf('</tr>', start));
  return [...tr.matchAll(/<td( class="best")?>(.*?)<\/td>/g)].map((m) => (m[1] ? `★${m[2]}` : m[2]!));
}

const IDS = 'z-ai/glm-4-32b,anthropic/claude-3.5-sonnet,google/gemini-2.5-pro-preview';

describe('GET /compare', () => {
  test('shows the models side by side and marks the lowest price and the largest context', async () => {
    const { res, html } = await page(`/compare?ids=${IDS}`);
    assert.equal(res.status, 200);
    assert.match(html, /<h1>Compare 3 models<\/h1>/);
    const input = row(html, 'Input / 1M tokens');
    assert.equal(input.length, 3);
    assert.match(input[0]!, /^★\$0\.10/);
    assert.equal(input[1], '$6');
    assert.match(row(html, 'Context window')[2]!, /^★1\.05M/);
    assert.match(html, /best: lowest price/);
    assert.match(row(html, 'Overall rank')[0]!, /— not ranked/);
  });

  test('lists the extra price modes the models have, and says when one is not listed', async () => {
    const { html } = await page(`/compare?ids=${IDS}`);
    const cacheRead = row(html, 'Cache read / 1M tokens');
    assert.deepEqual(
      cacheRead.map((c) => c.replace(/<.*$/, '')),
      ['Not listed', '$0.60', '★$0.31'],
    );
  });

  test('marks nothing in a row where the values are all equal', async () => {
    const { html } = await page(
      '/compare?ids=meta-llama/llama-3.1-8b-instruct,meta-llama/llama-3.1-8b-instruct:free',
    );
    assert.deepEqual(row(html, 'Overall rank'), ['#141 of 212', '#141 of 212']);
  });

  test('computes the monthly cost of the workload exactly, cached input at the cache-read price', async () => {
    const { html } = await page(`/compare?ids=${IDS}&in_tokens=1000000&out_tokens=0&cache_pct=50`);
    const cost = html.slice(html.indexOf('id="cost-table"'));
    // GLM: 1M × $0.10 = $0.10, no cache price so cached half billed as input.
    assert.match(cost, /<td class="num c-input">\$0\.05<\/td><td class="num c-cached">\$0\.05<\/td>/);
    assert.match(cost, /No cache-read price is listed: cached input is billed as input\./);
    // Claude: 0.5M × $6 + 0.5M × $0.60 = $3.30.
    assert.match(cost, /<span class="c-total-text">\$3\.30<\/span>/);
    assert.match(cost, /<td class="num c-total best"><span class="c-total-text">\$0\.10<\/span>/);
  });

  test('says a variable price has no monthly figure, never $0', async () => {
    const { html } = await page('/compare?ids=openrouter/auto,z-ai/glm-4-32b');
    const cost = html.slice(html.indexOf('id="cost-table"'));
    assert.match(cost, /<span class="c-total-text">Variable<\/span>/);
  });

  test('draws the value chart with the blend stated and lists who is left off', async () => {
    const { html } = await page(`/compare?ids=${IDS},meta-llama/llama-3.1-8b-instruct`);
    assert.match(html, /Blended price = \(3 × input \+ output\) \/ 4 per 1M tokens/);
    assert.match(html, /<svg class="value-chart"[^>]*role="img"/);
    assert.match(html, /Not on the chart: Z\.AI: GLM 4 32B \(not ranked in the LMArena text arena\)/);
    assert.match(html, /class="frontier"/);
  });

  test('lists unknown ids with near names to pick instead', async () => {
    const { html } = await page('/compare?ids=z-ai/glm-4-32,openai/gpt-4o');
    assert.match(
      html,
      /No model has the id <code>z-ai\/glm-4-32<\/code>\. Did you mean <a href="\/compare\?ids=z-ai\/glm-4-32b,openai\/gpt-4o">/,
    );
  });

  test('sends an explorer form submission to the canonical compare URL', async () => {
    const { res } = await page('/compare?q=&ids=openai/gpt-4o&ids=z-ai%2Fglm-4-32b&sort=rank&in_max=');
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), '/compare?ids=openai/gpt-4o,z-ai/glm-4-32b');
  });

  test('answers a bad workload with 400 and a sentence', async () => {
    const { res, html } = await page('/compare?ids=openai/gpt-4o&in_tokens=lots&cache_pct=150');
    assert.equal(res.status, 400);
    assert.match(
      html,
      /Input tokens per month must be a number, like 10000000 or 10M; &quot;lots&quot; is not\./,
    );
  });

  test('offers a way to pick models when none are given', async () => {
    const { res, html } = await page('/compare');
    assert.equal(res.status, 200);
    assert.match(html, /<label for="pick-ids">Model ids, separated by commas<\/label>/);
    assert.match(html, /Or start with the top-ranked priced models/);
  });

  test('escapes hostile names', async () => {
    const { html } = await page('/compare?ids=hostile/evil-model,openai/gpt-4o');
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /Evil &lt;script&gt;/);
  });
});
