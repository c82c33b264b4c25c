import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import { fixtureCatalogData } from '../../../test/fixtures/catalog.ts';
import type { CatalogData } from '../../catalog/types.ts';
import type { UsageFacts } from '../../domain/model.ts';
import { assertHas, assertHasNot, fixtureApp } from '../test-app.ts';

async function usageSection(path: string, data?: CatalogData): Promise<string> {
  const { app } = fixtureApp(data);
  const res = await app.request(path);
  assert.equal(res.status, 200);
  const html = await res.text();
  const start = html.indexOf('<section class="section" aria-labelledby="usage-h">');
  assert.ok(start >= 0, `${path} has a usage section`);
  const next = html.indexOf('<section class="section"', start + 1);
  return html.slice(start, next < 0 ? undefined : next);
}

/** The fixture with one record's usage facts changed. */
function withUsage(id: string, change: Partial<UsageFacts> | null): CatalogData {
  const data = fixtureCatalogData();
  return {
    ...data,
    records: data.records.map((r) =>
      r.id !== id ? r : { ...r, usage: change === null ? null : { ...r.usage!, ...change } },
    ),
  };
}

describe('GET /models/<id>: the usage section', () => {
  test('shows 7- and 30-day tokens, rank and share, with the 30-day coverage', async () => {
    const html = await usageSection('/models/anthropic/claude-3.5-sonnet');
    assertHas(html, '<dt>Last 7 days</dt><dd>448B tokens</dd>');
    assertHas(html, '2.02T tokens<span class="muted"> (27 of 30 days have data)</span>');
    assertHas(html, '#1 of the models with usage those days');
    assertHas(html, /<dd>\d+(\.\d+)?% of every token on OpenRouter those days<\/dd>/);
  });

  test('draws the daily sparkline with the gap as a dated break and a text alternative', async () => {
    const html = await usageSection('/models/anthropic/claude-3.5-sonnet');
    assertHas(html, '<svg class="chart spark"');
    assertHas(html, 'role="img" aria-labelledby="usage-spark-title usage-spark-desc"');
    assertHas(
      html,
      '<title id="usage-spark-title">Daily OpenRouter tokens, 2025-04-24 to 2025-05-23</title>',
    );
    assertHas(html, 'No usage data at all on 2025-05-01 to 2025-05-03.');
    assertHas(html, '<title>No usage data from 2025-05-01 to 2025-05-03</title>');
    // The gap splits the line in two: nothing is drawn as a zero.
    assert.equal(html.match(/<polyline class="line-a"/g)?.length, 2);
    assertHas(html, '<summary>Daily tokens (27 days with a figure)</summary>');
    assertHas(
      html,
      '<th scope="row">2025-05-23</th><td class="num">61B <span class="muted">(61,000,000,000)</span>',
    );
  });

  test('says on which days a model is missing from data the platform has', async () => {
    const html = await usageSection('/models/z-ai/glm-4-32b');
    assertHas(html, 'This model is not in the day&#39;s data on 2025-05-20 to 2025-05-21.');
    assert.equal(html.match(/<polyline class="line-a"/g)?.length, 3);
  });

  test('carries the caveat and the citation the licence asks for, dated by the last day of data', async () => {
    const html = await usageSection('/models/meta-llama/llama-3.1-8b-instruct:free');
    assertHas(html, 'Usage measures adoption, not quality.');
    assertHas(html, 'Tokens are counted with each provider&#39;s own tokenizer');
    assertHas(
      html,
      '<a href="https://openrouter.ai/rankings">Source: OpenRouter (openrouter.ai/rankings), as of 2025-05-23</a>, licensed CC BY 4.0.',
    );
    assertHas(html, 'From per-model daily activity.');
  });

  test('a 7-day window with missing days says how many have data', async () => {
    const html = await usageSection(
      '/models/anthropic/claude-3.5-sonnet',
      withUsage('anthropic/claude-3.5-sonnet', { daysCovered7d: 5 }),
    );
    assertHas(html, '448B tokens<span class="muted"> (5 of 7 days have data)</span>');
  });

  test('a model with rows in 30 days but none in the 7 shows no 7-day figure, not 0', async () => {
    const html = await usageSection(
      '/models/anthropic/claude-3.5-sonnet',
      withUsage('anthropic/claude-3.5-sonnet', {
        tokens7d: 0,
        daysCovered7d: 0,
        rank7d: null,
        share7d: null,
      }),
    );
    assertHas(html, '<dt>Last 7 days</dt><dd>No usage data in the 7 days to 2025-05-23</dd>');
    assertHasNot(html, '>0 tokens');
    assertHas(html, '<dt>Rank by tokens, 7 days</dt><dd>—</dd>');
  });

  test('a model without usage rows says "No usage data", never 0, and cites nothing', async () => {
    const html = await usageSection('/models/openrouter/auto');
    assertHas(html, 'No usage data: ');
    assertHasNot(html, '<svg');
    assertHasNot(html, 'Source: OpenRouter');
    assertHasNot(html, /\b0 tokens/);
  });

  test('a catalog without a usage series still shows the figures, without a sparkline', async () => {
    const data = { ...fixtureCatalogData(), usageSeries: null };
    const html = await usageSection('/models/anthropic/claude-3.5-sonnet', data);
    assertHas(html, '448B tokens');
    assertHasNot(html, '<svg');
    assertHas(html, 'Source: OpenRouter (openrouter.ai/rankings), as of 2025-05-23');
  });

  test('the model page with its usage section stays within the 25 KB compressed budget', async () => {
    const { app } = fixtureApp();
    const res = await app.request('/models/anthropic/claude-3.5-sonnet', {
      headers: { 'Accept-Encoding': 'br' },
    });
    const body = new Uint8Array(await res.arrayBuffer());
    assert.equal(res.headers.get('content-encoding'), 'br');
    assert.ok(body.byteLength < 25 * 1024, `${body.byteLength} bytes compressed`);
    assertHas(brotliDecompressSync(body).toString('utf8'), 'usage-spark-title');
  });
});
