import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertHas, fixtureApp, tableRows } from '../test-app.ts';

const { app } = fixtureApp();

describe('GET /methodology', () => {
  test('lists the sources of the snapshot with their dates and links', async () => {
    const res = await app.request('/methodology');
    assert.equal(res.status, 200);
    const html = await res.text();
    assertHas(html, '<a href="https://openrouter.ai/api/v1/models">OpenRouter model catalog</a>');
    assertHas(html, '<code>openrouter/openrouter_models_2025-05-23.json</code>');
    assertHas(html, 'Snapshot 2 represents 2025-05-23');
  });

  test('counts the records at each confidence level and source type', async () => {
    const html = await (await app.request('/methodology')).text();
    const confidence = tableRows(html, 'Records per match confidence');
    assert.deepEqual(
      confidence.map((r) => [r[0]!.split(' — ')[0], r[1], r[2]]),
      [
        ['Exact', '1', '10%'],
        ['High', '2', '20%'],
        ['Medium', '1', '10%'],
        ['Low', '0', '0%'],
        ['Unmatched', '6', '60%'],
      ],
    );
    const types = tableRows(html, 'Records per source type');
    assert.deepEqual(types[0], ['OpenRouter only', '5', '50%']);
  });

  test('explains rank (UB), prices, semantics and limits, and lists the snapshots', async () => {
    const html = await (await app.request('/methodology')).text();
    for (const id of ['sources', 'matching', 'rank', 'prices', 'semantics', 'limits', 'snapshots']) {
      assertHas(html, `id="${id}"`, `the ${id} section`);
    }
    assertHas(html, '<strong>$0.10 / 1M</strong>');
    assertHas(html, 'Usage (tokens per day on OpenRouter) measures adoption and traffic, not quality');
  });
});
