import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { arenaKey, litellmNative, matchOne, modelsDevEntry, orModel, pricing } from './fixtures.ts';

const GPT4O = ['gpt-4o-2024-05-13', 'gpt-4o-2024-08-06', 'gpt-4o-mini-2024-07-18'];

describe('dates both sides state must agree exactly', () => {
  test('gpt-4o-2024-05-13 is not gpt-4o-2024-08-06', () => {
    const r = matchOne(orModel('openai/gpt-4o-2024-05-13'), GPT4O);
    assert.equal(r.arenaKey, 'gpt-4o-2024-05-13');
    assert.ok(
      r.alternatives.some(
        (a) => a.arenaKey === 'gpt-4o-2024-08-06' && /snapshot dates differ/.test(a.whyRejected),
      ),
    );
  });

  test('gpt-4o-2024-11-20 matches nothing when the arena ranks only 05-13 and 08-06', () => {
    assert.equal(matchOne(orModel('openai/gpt-4o-2024-11-20'), GPT4O).arenaKey, null);
  });

  test('deepseek-r1-0528 is not deepseek-r1, and deepseek-r1 is not deepseek-r1-0528', () => {
    const keys = ['deepseek-r1', 'deepseek-r1-0528'];
    assert.equal(matchOne(orModel('deepseek/deepseek-r1-0528'), keys).arenaKey, 'deepseek-r1-0528');
    assert.equal(
      matchOne(orModel('deepseek/deepseek-r1', { created: '2025-01-20' }), keys).arenaKey,
      'deepseek-r1',
    );
  });

  test('2507, 0905, 03-25 and 2411 are dates that must agree', () => {
    assert.equal(
      matchOne(orModel('qwen/qwen3-30b-a3b-instruct-2507'), ['qwen3-30b-a3b-instruct-2507']).arenaKey,
      'qwen3-30b-a3b-instruct-2507',
    );
    assert.equal(
      matchOne(orModel('moonshotai/kimi-k2-0905'), ['kimi-k2-0711-preview', 'kimi-k2-0905-preview']).arenaKey,
      'kimi-k2-0905-preview',
    );
    assert.equal(
      matchOne(orModel('google/gemini-2.5-pro-exp-03-25'), [
        'gemini-2.5-pro-exp-03-25',
        'gemini-2.5-pro-preview-05-06',
      ]).arenaKey,
      'gemini-2.5-pro-exp-03-25',
    );
    assert.equal(
      matchOne(orModel('mistralai/mistral-large-2411'), ['mistral-large-2407', 'mistral-large-2411'])
        .arenaKey,
      'mistral-large-2411',
    );
  });

  test('dates written different ways agree: 20241022 = 2024-10-22, 08-2024 = 2024-08, 0711 in a display name', () => {
    assert.equal(
      matchOne(orModel('acme/widget-2024-10-22'), ['widget-20241022']).arenaKey,
      'widget-20241022',
    );
    assert.equal(
      matchOne(orModel('cohere/command-r-08-2024'), ['command-r-2024-08', 'command-r']).arenaKey,
      'command-r-2024-08',
    );
    const kimi = orModel('moonshotai/kimi-k2', { name: 'MoonshotAI: Kimi K2 0711' });
    assert.equal(
      matchOne(kimi, ['kimi-k2-0711-preview', 'kimi-k2-0905-preview']).arenaKey,
      'kimi-k2-0711-preview',
    );
  });

  test('an OpenRouter snapshot is not an undated arena key of a model the arena ranks by snapshot', () => {
    const r = matchOne(
      orModel('google/gemini-2.5-pro-preview', { name: 'Google: Gemini 2.5 Pro Preview 06-05' }),
      ['gemini-2.5-pro', arenaKey('gemini-2.5-pro-preview-05-06', { arenas: [] })],
    );
    assert.equal(r.arenaKey, null);
  });

  test('an OpenRouter snapshot may be the only, undated key the arena has for it, at low confidence', () => {
    const r = matchOne(orModel('openai/o1-mini-2024-09-12'), ['o1-mini', 'o1-2024-12-17']);
    assert.equal(r.arenaKey, 'o1-mini');
    assert.equal(r.confidence, 'low');
  });
});

describe('an undated OpenRouter id is pinned to a dated arena key', () => {
  const SONNET = ['claude-3-5-sonnet-20240620', 'claude-3-5-sonnet-20241022'];

  test('by its listing date: claude-3.5-sonnet listed 2024-10-22 is 20241022, not 20240620', () => {
    const r = matchOne(orModel('anthropic/claude-3.5-sonnet', { created: '2024-10-22' }), SONNET);
    assert.equal(r.arenaKey, 'claude-3-5-sonnet-20241022');
    assert.ok(r.evidence.some((e) => /listing date 2024-10-22 is the snapshot's own date/.test(e)));
    assert.ok(
      r.alternatives.some(
        (a) => a.arenaKey === 'claude-3-5-sonnet-20240620' && /names a later version/.test(a.whyRejected),
      ),
    );
  });

  test('by a dated canonical slug, even a few days off the vendor date (claude-4-sonnet-20250522 → 20250514)', () => {
    const model = orModel('anthropic/claude-sonnet-4', {
      canonicalSlug: 'anthropic/claude-4-sonnet-20250522',
    });
    const r = matchOne(model, ['claude-sonnet-4-20250514', 'claude-sonnet-4-5-20250929']);
    assert.equal(r.arenaKey, 'claude-sonnet-4-20250514');
    assert.equal(r.confidence, 'high');
  });

  test('by a canonical slug written as month and day (grok-4-07-09 → grok-4-0709)', () => {
    const model = orModel('x-ai/grok-4', { canonicalSlug: 'x-ai/grok-4-07-09' });
    assert.equal(matchOne(model, ['grok-4-0709', 'grok-4-fast-reasoning']).arenaKey, 'grok-4-0709');
  });

  test("the slug's own date wins over a canonical slug that names an older snapshot", () => {
    const model = orModel('google/gemini-2.5-pro-preview-05-06', {
      canonicalSlug: 'google/gemini-2.5-pro-preview-03-25',
    });
    const r = matchOne(model, ['gemini-2.5-pro-preview-05-06', 'gemini-2.5-pro-preview-03-25']);
    assert.equal(r.arenaKey, 'gemini-2.5-pro-preview-05-06');
  });

  test('a listing long after the only snapshot means the alias names a later version', () => {
    const r = matchOne(orModel('qwen/qwen-vl-max', { created: '2025-02-01' }), ['qwen-vl-max-1119']);
    assert.equal(r.arenaKey, null);
    assert.match(r.alternatives[0]!.whyRejected, /names another snapshot/);
  });

  test('a models.dev release date pins like a listing date', () => {
    const r = matchOne(
      orModel('anthropic/claude-opus-4'),
      ['claude-opus-4-20250514', 'claude-opus-4-1-20250805'],
      {
        modelsDev: [modelsDevEntry('openrouter', 'anthropic/claude-opus-4', '2025-05-22')],
      },
    );
    assert.equal(r.arenaKey, 'claude-opus-4-20250514');
    assert.ok(r.evidence.some((e) => /models.dev release date 2025-05-22/.test(e)));
    assert.equal(r.bridges.modelsDev, 'openrouter/anthropic/claude-opus-4');
  });

  test('a moving "latest" alias points at the newest snapshot, at medium confidence', () => {
    const r = matchOne(orModel('openai/chatgpt-4o-latest', { created: '2024-08-14' }), [
      'chatgpt-4o-latest-20241120',
      'chatgpt-4o-latest-20250326',
      'chatgpt-4o-latest-20250129',
    ]);
    assert.equal(r.arenaKey, 'chatgpt-4o-latest-20250326');
    assert.equal(r.confidence, 'medium');
  });

  test('a moving "latest" alias is not a fixed, undated key (gemini-pro-latest is not the 2023 gemini-pro)', () => {
    const r = matchOne(orModel('~google/gemini-pro-latest'), ['gemini-pro']);
    assert.equal(r.arenaKey, null);
    assert.match(r.alternatives[0]!.whyRejected, /moving "latest" alias/);
  });

  test('a listing date choosing among several snapshots, unbacked by a price, stays below high', () => {
    const r = matchOne(orModel('openai/gpt-4o', { created: '2024-05-13' }), GPT4O);
    assert.equal(r.arenaKey, 'gpt-4o-2024-05-13');
    assert.equal(r.confidence, 'medium');
  });

  test('two snapshots nothing tells apart leave the id unmatched (gemini-flash-1.5: 001 or 002)', () => {
    const r = matchOne(orModel('google/gemini-flash-1.5'), ['gemini-1.5-flash-001', 'gemini-1.5-flash-002']);
    assert.equal(r.arenaKey, null);
    assert.ok(r.evidence.some((e) => /ambiguous/.test(e)));
  });
});

describe('vendor aliases that moved: list prices as a bridge', () => {
  const gpt4o = orModel('openai/gpt-4o', { created: '2024-05-13', pricing: pricing(2.5, 10) });
  const litellm = [litellmNative('gpt-4o-2024-05-13', 5, 15), litellmNative('gpt-4o-2024-08-06', 2.5, 10)];

  test("a listing-date pin fails when the price is another snapshot's list price (gpt-4o moved to 08-06)", () => {
    const r = matchOne(gpt4o, GPT4O, { litellm });
    assert.equal(r.arenaKey, null);
    assert.ok(
      r.alternatives.some(
        (a) => a.arenaKey === 'gpt-4o-2024-05-13' && /alias has moved on/.test(a.whyRejected),
      ),
    );
  });

  test('without prices the listing date alone would pin 05-13: the bridge is what catches the move', () => {
    assert.equal(matchOne(gpt4o, GPT4O).arenaKey, 'gpt-4o-2024-05-13');
  });

  test('a price that agrees backs the pin and names the LiteLLM id as a bridge', () => {
    const model = orModel('openai/gpt-4o-mini', { created: '2024-07-18', pricing: pricing(0.15, 0.6) });
    const r = matchOne(model, GPT4O, { litellm: [litellmNative('gpt-4o-mini-2024-07-18', 0.15, 0.6)] });
    assert.equal(r.arenaKey, 'gpt-4o-mini-2024-07-18');
    assert.equal(r.bridges.litellm, 'gpt-4o-mini-2024-07-18');
    assert.ok(r.evidence.some((e) => /agrees with LiteLLM's gpt-4o-mini-2024-07-18/.test(e)));
  });

  test("a variant is checked at its base id's price (:extended is priced apart)", () => {
    const extended = orModel('openai/gpt-4o:extended', { created: '2024-05-13', pricing: pricing(6, 18) });
    const r = matchOne(extended, GPT4O, { litellm });
    assert.equal(r.arenaKey, 'gpt-4o-2024-05-13', 'alone, the extended price proves nothing');
  });

  test('one arena key may belong to several OpenRouter ids (gpt-4o-mini and gpt-4o-mini-2024-07-18)', () => {
    const a = matchOne(orModel('openai/gpt-4o-mini', { created: '2024-07-18' }), GPT4O);
    const b = matchOne(orModel('openai/gpt-4o-mini-2024-07-18'), GPT4O);
    assert.equal(a.arenaKey, 'gpt-4o-mini-2024-07-18');
    assert.equal(b.arenaKey, 'gpt-4o-mini-2024-07-18');
  });
});
