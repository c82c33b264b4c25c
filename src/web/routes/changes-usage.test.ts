import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureCatalogData } from '../../../test/fixtures/catalog.ts';
import type { CatalogData } from '../../catalog/types.ts';
import { assertHas, assertHasNot, fixtureApp, tableRows } from '../test-app.ts';

const get = async (path: string, data?: CatalogData) => {
  const { app } = fixtureApp(data);
  const res = await app.request(path);
  assert.equal(res.status, 200, path);
  return res.text();
};

describe('usage risers and fallers on /changes', () => {
  test('name the window, the risers and fallers with before → after and the change', async () => {
    const html = await get('/changes');
    assertHas(html, '<h2 id="usage-movers-h">Usage risers and fallers, week over week</h2>');
    assertHas(html, 'OpenRouter tokens over 2025-05-17 to 2025-05-23 against 2025-05-10 to 2025-05-16.');
    assertHas(html, 'Usage measures adoption, not quality.');
    assert.deepEqual(tableRows(html, 'Biggest risers'), [
      ['Meta: Llama 3.1 8B Instruct', '340B', '413B', '+73.5B (+21.6%)'],
    ]);
    assert.deepEqual(tableRows(html, 'Biggest fallers'), [
      ['Anthropic: Claude 3.5 Sonnet', '497B', '448B', '−49B (−9.86%)'],
    ]);
    assertHas(html, 'Source: OpenRouter (openrouter.ai/rankings), as of 2025-05-23.');
  });

  test('leave out a model missing from some days rather than show it falling', async () => {
    const html = await get('/changes');
    const section = html.slice(html.indexOf('usage-movers-h'));
    assertHasNot(section.slice(0, section.indexOf('</section></div>')), 'GLM');
    assertHas(html, 'compared (3 models)');
  });

  test('are left out of a page filtered by kind or by an older snapshot', async () => {
    assertHasNot(await get('/changes?kind=price'), 'usage-movers-h');
  });

  test('say why when a week lacks a day of data', async () => {
    const data = fixtureCatalogData();
    const usage = data.usageSeries!;
    const gappy = {
      ...data,
      usageSeries: { ...usage, covered: usage.covered.filter((d) => d !== '2025-05-12') },
    };
    const html = await get('/changes', gappy);
    assertHas(
      html,
      'The weeks cannot be compared: the 7 days to 2025-05-23 have usage data on 7 days and the 7 days before on 6; both need all 7.',
    );
    assert.deepEqual(tableRows(html, 'Biggest risers'), []);
  });

  test('are absent when the snapshot has no daily usage', async () => {
    const html = await get('/changes', { ...fixtureCatalogData(), usageSeries: null });
    assertHasNot(html, 'usage-movers-h');
  });
});

describe('usage movers in the API and the feed', () => {
  test('/api/changes carries them with model names', async () => {
    const body = JSON.parse(await get('/api/changes')) as {
      usageMovers: {
        comparable: boolean;
        risers: { id: string; name: string; change: number }[];
        fallers: unknown[];
      };
    };
    assert.equal(body.usageMovers.comparable, true);
    assert.deepEqual(
      body.usageMovers.risers.map((m) => [m.id, m.name, m.change]),
      [['meta-llama/llama-3.1-8b-instruct', 'Meta: Llama 3.1 8B Instruct', 73_500_000_000]],
    );
    assert.equal(body.usageMovers.fallers.length, 1);
    const none = JSON.parse(await get('/api/changes', { ...fixtureCatalogData(), usageSeries: null })) as {
      usageMovers: unknown;
    };
    assert.equal(none.usageMovers, null);
  });

  test('the OpenAPI document describes them', async () => {
    const doc = JSON.parse(await get('/api/openapi.json')) as {
      components: { schemas: Record<string, unknown> };
    };
    assert.ok(doc.components.schemas.UsageMovers);
  });

  test('the Atom feed has one usage entry for the latest snapshot, cited, and none when filtered by kind', async () => {
    const feed = await get('/changes.atom');
    assert.equal(feed.match(/<category term="usage"\/>/g)?.length, 1);
    assertHas(feed, '<title>Usage movers, week to 2025-05-23</title>');
    assertHas(feed, 'Risers: Meta: Llama 3.1 8B Instruct +73.5B tokens (+21.6%): 340B → 413B.');
    assertHas(feed, 'Source: OpenRouter (openrouter.ai/rankings), as of 2025-05-23.');
    assertHasNot(await get('/changes.atom?kind=rank'), 'term="usage"');
  });
});
