import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { confidenceOf } from './decide.ts';
import { arenaKey, matchAll, matchOne, orModel } from './fixtures.ts';

const SONNET_37 = ['claude-3-7-sonnet-20250219', 'claude-3-7-sonnet-20250219-thinking-32k'];

describe('OpenRouter variant suffixes are the same model as the base id', () => {
  test(":free, :beta, :extended and :exacto get the base id's key", () => {
    const ids = ['', ':free', ':beta', ':extended', ':exacto'].map(
      (v) => `meta-llama/llama-3.3-70b-instruct${v}`,
    );
    const results = matchAll(
      ids.map((id) => orModel(id)),
      [arenaKey('llama-3.3-70b-instruct'), arenaKey('llama-3.3-nemotron-49b-super-v1')],
    );
    for (const id of ids) assert.equal(results.get(id)!.arenaKey, 'llama-3.3-70b-instruct', id);
  });

  test(":thinking gets the arena's thinking key, with the base key as a mode of the same model", () => {
    const model = orModel('anthropic/claude-3.7-sonnet:thinking', {
      canonicalSlug: 'anthropic/claude-3-7-sonnet-20250219',
    });
    const r = matchOne(model, SONNET_37);
    assert.equal(r.arenaKey, 'claude-3-7-sonnet-20250219-thinking-32k');
    assert.deepEqual(r.variantKeys, ['claude-3-7-sonnet-20250219']);
  });

  test('the base id gets the plain key, with the thinking key as a mode of the same model', () => {
    const model = orModel('anthropic/claude-3.7-sonnet', {
      canonicalSlug: 'anthropic/claude-3-7-sonnet-20250219',
    });
    const r = matchOne(model, SONNET_37);
    assert.equal(r.arenaKey, 'claude-3-7-sonnet-20250219');
    assert.deepEqual(r.variantKeys, ['claude-3-7-sonnet-20250219-thinking-32k']);
    assert.equal(r.confidence, 'high');
  });

  test(':thinking falls back to the plain key when the arena has no thinking key', () => {
    const r = matchOne(orModel('google/gemini-2.5-flash-preview-05-20:thinking'), [
      'gemini-2.5-flash-preview-05-20',
    ]);
    assert.equal(r.arenaKey, 'gemini-2.5-flash-preview-05-20');
    assert.notEqual(r.confidence, 'exact');
  });
});

describe('arena suffixes are modes of one model', () => {
  test('-no-thinking is the same model with thinking off', () => {
    const r = matchOne(orModel('qwen/qwen3-235b-a22b'), ['qwen3-235b-a22b', 'qwen3-235b-a22b-no-thinking']);
    assert.equal(r.arenaKey, 'qwen3-235b-a22b');
    assert.deepEqual(r.variantKeys, ['qwen3-235b-a22b-no-thinking']);
  });

  test('-high is a reasoning effort: o3-mini-high is o3-mini-high, o3-mini is o3-mini', () => {
    const keys = ['o3-mini', 'o3-mini-high'];
    assert.equal(matchOne(orModel('openai/o3-mini'), keys).arenaKey, 'o3-mini');
    assert.equal(matchOne(orModel('openai/o3-mini-high'), keys).arenaKey, 'o3-mini-high');
  });

  test('a model the arena ranks only at high effort gets that key (gpt-5 → gpt-5-high), not gpt-5-chat', () => {
    const r = matchOne(orModel('openai/gpt-5'), ['gpt-5-high', 'gpt-5-chat', 'gpt-5-mini-high']);
    assert.equal(r.arenaKey, 'gpt-5-high');
    assert.ok(r.evidence.some((e) => /high reasoning effort/.test(e)));
    assert.equal(matchOne(orModel('openai/gpt-5-chat'), ['gpt-5-high', 'gpt-5-chat']).arenaKey, 'gpt-5-chat');
  });

  test("an effort fixed by OpenRouter meets the arena's default at a cost (o4-mini-high → o4-mini)", () => {
    const r = matchOne(orModel('openai/o4-mini-high', { created: '2025-04-16' }), ['o4-mini-2025-04-16']);
    assert.equal(r.arenaKey, 'o4-mini-2025-04-16');
    assert.equal(r.confidence, 'medium');
  });

  test("-bf16 and -fp8 are serving precisions; the arena's undecorated alias names which is primary", () => {
    const keys = [
      arenaKey('llama-3.1-405b-instruct-bf16', { displayNames: ['Meta-Llama-3.1-405B-Instruct-bf16'] }),
      arenaKey('llama-3.1-405b-instruct-fp8', { displayNames: ['Meta-Llama-3.1-405B-Instruct-fp8'] }),
      arenaKey('llama-3.1-405b-instruct', {
        displayNames: ['Meta-Llama-3.1-405B-Instruct-fp8'],
        arenas: [],
        aliases: ['llama-3.1-405b-instruct-fp8'],
      }),
    ];
    const r = matchOne(orModel('meta-llama/llama-3.1-405b-instruct'), keys);
    assert.equal(r.arenaKey, 'llama-3.1-405b-instruct-fp8');
    assert.deepEqual(r.variantKeys, ['llama-3.1-405b-instruct-bf16']);
  });

  test('-reasoning is a thinking mode (grok-4-fast → grok-4-fast-reasoning)', () => {
    assert.equal(
      matchOne(orModel('x-ai/grok-4-fast'), ['grok-4-fast-reasoning', 'grok-4-0709']).arenaKey,
      'grok-4-fast-reasoning',
    );
  });
});

describe('release stages', () => {
  test('an experimental build is never a release (gemini-2.0-flash-exp is not gemini-2.0-flash-001)', () => {
    const r = matchOne(orModel('google/gemini-2.0-flash-exp:free'), ['gemini-2.0-flash-001']);
    assert.equal(r.arenaKey, null);
    assert.match(r.alternatives[0]!.whyRejected, /exp build/);
  });

  test('a preview may be ranked under its plain name (gemini-3-pro-preview → gemini-3-pro)', () => {
    const r = matchOne(orModel('google/gemini-3-pro-preview'), ['gemini-3-pro', 'gemini-2.5-pro']);
    assert.equal(r.arenaKey, 'gemini-3-pro');
    assert.notEqual(r.confidence, 'exact');
  });

  test('a preview is not a dated or revised release', () => {
    assert.equal(matchOne(orModel('acme/widget-2-preview'), ['widget-2-001']).arenaKey, null);
  });

  test("a release is not the arena's preview build (gemini-2.0-flash-lite-001 vs the 02-05 preview)", () => {
    const r = matchOne(orModel('google/gemini-2.0-flash-lite-001'), ['gemini-2.0-flash-lite-preview-02-05']);
    assert.equal(r.arenaKey, null);
  });

  test("the arena's stage passes when both state the same date (kimi-k2-0905 → kimi-k2-0905-preview)", () => {
    assert.equal(
      matchOne(orModel('moonshotai/kimi-k2-0905'), ['kimi-k2-0905-preview']).arenaKey,
      'kimi-k2-0905-preview',
    );
  });

  test('differing stages conflict (grok-3-beta is not grok-3-preview-02-24)', () => {
    assert.equal(
      matchOne(orModel('x-ai/grok-3-beta'), ['grok-3-preview-02-24', 'early-grok-3']).arenaKey,
      null,
    );
  });

  test('an unmarked key of a model the arena also ranks as a beta build is a weak match', () => {
    const r = matchOne(orModel('x-ai/grok-3-mini'), ['grok-3-mini-beta', 'grok-3-mini-high']);
    assert.equal(r.arenaKey, 'grok-3-mini-high');
    assert.equal(r.confidence, 'low');
    assert.ok(r.evidence.some((e) => /also ranks grok-3-mini-beta, a beta build/.test(e)));
  });
});

describe('decisions and confidence', () => {
  test('keys ranked in no arena file are never linked, and the evidence says so', () => {
    const r = matchOne(orModel('google/gemini-2.0-flash-exp'), [
      arenaKey('gemini-2.0-flash-exp', { arenas: [] }),
    ]);
    assert.equal(r.arenaKey, null);
    assert.ok(r.evidence.some((e) => /ranks it nowhere in this snapshot/.test(e)));
  });

  test('a key made from a leaderboard display name counts for less than an arena id', () => {
    const real = matchOne(orModel('google/gemini-2.0-flash-lite-001'), ['gemini-2.0-flash-lite']);
    const made = matchOne(orModel('google/gemini-2.0-flash-lite-001'), [
      arenaKey('gemini-2.0-flash-lite', { keySynthesized: true }),
    ]);
    assert.equal(made.arenaKey, 'gemini-2.0-flash-lite');
    assert.ok(made.score < real.score);
    assert.ok(made.evidence.some((e) => /made from a leaderboard display name/.test(e)));
  });

  test('a model no arena key names is unmatched with a sentence saying so', () => {
    const r = matchOne(orModel('arcee-ai/spotlight'), ['claude-3-opus-20240229']);
    assert.equal(r.arenaKey, null);
    assert.equal(r.score, 0);
    assert.deepEqual(r.evidence, ['no arena key shares a name word with this model']);
  });

  test('the alternatives name at most four near misses, nearest first, each with why', () => {
    const keys = ['glm-4-0116', 'glm-4-0520', 'glm-4-plus', 'glm-4-plus-0111', 'glm-4.5', 'glm-4.6'];
    const r = matchOne(orModel('z-ai/glm-4-32b', { canonicalSlug: 'z-ai/glm-4-32b-0414' }), keys);
    assert.equal(r.arenaKey, null);
    assert.equal(r.alternatives.length, 4);
    for (const a of r.alternatives) assert.ok(a.whyRejected.length > 10, a.arenaKey);
    assert.ok(r.alternatives.some((a) => a.arenaKey === 'glm-4-0520' && /04-14/.test(a.whyRejected)));
  });

  test('confidence follows the score: exact needs an identical id', () => {
    assert.equal(confidenceOf(1, true), 'exact');
    assert.equal(confidenceOf(1, false), 'high');
    assert.equal(confidenceOf(0.85, false), 'high');
    assert.equal(confidenceOf(0.7, false), 'medium');
    assert.equal(confidenceOf(0.5, false), 'low');
    assert.equal(confidenceOf(0.3, false), 'unmatched');
  });

  test('scores fall with every unstated difference: identical > reordered > pinned > moving alias', () => {
    const exact = matchOne(orModel('qwen/qwq-32b'), ['qwq-32b']).score;
    const reordered = matchOne(orModel('nvidia/llama-3.3-nemotron-super-49b-v1'), [
      'llama-3.3-nemotron-49b-super-v1',
    ]).score;
    const pinned = matchOne(orModel('anthropic/claude-3-haiku', { created: '2024-03-13' }), [
      'claude-3-haiku-20240307',
    ]).score;
    const latest = matchOne(orModel('openai/chatgpt-4o-latest'), ['chatgpt-4o-latest-20250326']).score;
    assert.ok(
      exact > reordered && reordered > pinned && pinned > latest,
      `${exact} ${reordered} ${pinned} ${latest}`,
    );
  });
});
