import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureApp } from '../test-app.ts';

const { app } = fixtureApp();

/** The cells of the compare-table row whose header starts with `label`; ★ marks a best cell. */
function row(html: string, label: string): string[] {
  const start = html.indexOf(`<th scope="row">${label}`);
  assert.ok(start >= 0, `a row named ${label}`);
  const tr = html.slice(start, html.indexOf('</tr>', start));
  return [...tr.matchAll(/<td( class="best")?>(.*?)<\/td>/g)].map((m) => (m[1] ? `★${m[2]}` : m[2]!));
}

describe('GET /compare: the usage rows', () => {
  const ids = 'anthropic/claude-3.5-sonnet,meta-llama/llama-3.1-8b-instruct,openrouter/auto';

  test('show tokens, rank, share and date per model, and "No usage data" where there is none', async () => {
    const html = await (await app.request(`/compare?ids=${ids}`)).text();
    assert.match(html, /Usage on OpenRouter \(adoption, not quality\)/);
    assert.deepEqual(row(html, 'Tokens, last 7 days'), ['448B', '413B', 'No usage data']);
    assert.deepEqual(row(html, 'Rank by tokens, 7 days'), ['#1', '#2', '—']);
    assert.equal(row(html, 'Share of all tokens, 7 days')[2], '—');
    assert.deepEqual(row(html, 'Usage as of'), ['2025-05-23', '2025-05-23', '—']);
  });

  test('never mark a best cell: the most used model is not the best one', async () => {
    const html = await (await app.request(`/compare?ids=${ids}`)).text();
    for (const label of [
      'Tokens, last 7 days',
      'Tokens, last 30 days',
      'Rank by tokens, 7 days',
      'Share of all tokens, 7 days',
    ])
      assert.ok(!row(html, label).some((cell) => cell.startsWith('★')), label);
    assert.match(html, /Tokens, last 7 days<span class="why">adoption, not quality: no best<\/span>/);
  });
});
