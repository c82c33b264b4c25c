import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InputMeta } from '../source.ts';
import { PayloadError } from '../source.ts';
import { modelsDev } from './index.ts';

const INPUT: InputMeta = {
  kind: 'modelsdev.api',
  location: 'models.dev/api.json',
  date: '2026-01-30',
  partial: false,
  meta: {},
};

const API = {
  anthropic: {
    id: 'anthropic',
    name: 'Anthropic',
    env: ['ANTHROPIC_API_KEY'],
    npm: '@ai-sdk/anthropic',
    doc: 'https://docs.anthropic.com/en/docs/about-claude/models',
    models: {
      'claude-3-5-haiku-20241022': {
        id: 'claude-3-5-haiku-20241022',
        name: 'Claude Haiku 3.5',
        family: 'claude-haiku',
        release_date: '2024-10-22',
        last_updated: '2024-10-22',
        knowledge: '2024-07',
        attachment: true,
        reasoning: false,
        tool_call: true,
        open_weights: false,
        cost: { input: 0.8, output: 4, cache_read: 0.08, cache_write: 1 },
        limit: { context: 200000, output: 8192 },
        modalities: { input: ['text', 'image', 'pdf'], output: ['text'] },
      },
      'claude-bad-cost': { id: 'claude-bad-cost', cost: { input: '0.8' } },
      'claude-bad-limit': { id: 'claude-bad-limit', limit: { context: -5 } },
    },
  },
  openrouter: {
    id: 'openrouter',
    name: 'OpenRouter',
    env: ['OPENROUTER_API_KEY'],
    npm: '@openrouter/ai-sdk-provider',
    api: 'https://openrouter.ai/api/v1',
    doc: 'https://openrouter.ai/models',
    models: {
      'z-ai/glm-4.6': {
        id: 'z-ai/glm-4.6',
        name: 'GLM 4.6',
        release_date: '2025-09-30',
        last_updated: '2025-09-30',
        open_weights: true,
        cost: { input: 0.6, output: 2.2, cache_read: 0.11, context_over_200k: { input: 1, output: 3 } },
        limit: { context: 200000, output: 128000 },
        modalities: { input: ['text'], output: ['text'] },
      },
      'qwen/qwen3-coder': { id: 'qwen/qwen3-coder:free', name: 'Qwen3 Coder', cost: { input: 0, output: 0 } },
      'not-a-model': 42,
    },
  },
  broken: { id: 'broken', name: 'No models here' },
  'not-a-provider': 'x',
};

const parsed = modelsDev.parse(JSON.stringify(API), INPUT);
const byId = new Map(parsed.records.map((r) => [`${r.providerId}/${r.modelId}`, r]));

describe('models.dev parsing', () => {
  test('one record per provider and model, with per-1M costs as given', () => {
    const haiku = byId.get('anthropic/claude-3-5-haiku-20241022')!;
    assert.deepEqual(haiku, {
      providerId: 'anthropic',
      modelId: 'claude-3-5-haiku-20241022',
      name: 'Claude Haiku 3.5',
      family: 'claude-haiku',
      releaseDate: '2024-10-22',
      lastUpdated: '2024-10-22',
      knowledge: '2024-07',
      openWeights: false,
      reasoning: false,
      toolCall: true,
      inputPer1M: 0.8,
      outputPer1M: 4,
      cacheReadPer1M: 0.08,
      cacheWritePer1M: 1,
      contextLimit: 200000,
      outputLimit: 8192,
      inputModalities: ['text', 'image', 'pdf'],
      outputModalities: ['text'],
    });
  });

  test('models under openrouter keep OpenRouter ids as their model ids', () => {
    const glm = byId.get('openrouter/z-ai/glm-4.6')!;
    assert.equal(glm.modelId, 'z-ai/glm-4.6');
    assert.equal(glm.cacheWritePer1M, null);
    assert.equal(glm.family, null);
  });

  test('the map key is the model id even when the inner id disagrees, and the disagreement is noted', () => {
    const coder = byId.get('openrouter/qwen/qwen3-coder')!;
    assert.equal(coder.modelId, 'qwen/qwen3-coder');
    assert.equal(coder.inputPer1M, 0);
    assert.deepEqual(coder.inputModalities, []);
    assert.ok(parsed.notes.some((n) => n.includes('openrouter/qwen/qwen3-coder (id qwen/qwen3-coder:free)')));
  });

  test('bad models and providers are rejected alone', () => {
    const why = new Map(parsed.rejections.map((r) => [r.recordId, r]));
    assert.equal(why.get('anthropic/claude-bad-cost')!.field, 'cost.input');
    assert.equal(why.get('anthropic/claude-bad-limit')!.field, 'limit.context');
    assert.equal(why.get('openrouter/not-a-model')!.field, null);
    assert.equal(why.get('broken')!.field, 'models');
    assert.match(why.get('not-a-provider')!.reason, /a string, not an object/);
    assert.equal(parsed.rejections.length, 5);
    assert.equal(parsed.records.length, 3);
  });

  test('raw models are kept under provider/model ids', () => {
    const raw = new Map(parsed.raw.map((r) => [r.recordId, r.raw]));
    assert.deepEqual(raw.get('openrouter/z-ai/glm-4.6'), API.openrouter.models['z-ai/glm-4.6']);
    assert.equal(raw.get('openrouter/not-a-model'), 42);
  });
});

describe('a models.dev payload that is not a provider map stops the ingest', () => {
  const cases: [string, string, RegExp][] = [
    ['truncated JSON', '{"anthropic": {"models": {', /not valid JSON/],
    ['an HTML page', '<html><head><title>502 Bad Gateway</title></head></html>', /HTML page/],
    ['a JSON string', '"models"', /expected a JSON object of providers/],
    ['an object without any provider', '{"broken": {"name": "x"}}', /no provider/],
  ];
  for (const [what, text, message] of cases) {
    test(`${what} is a PayloadError`, () => {
      assert.throws(
        () => modelsDev.parse(text, INPUT),
        (error: unknown) => error instanceof PayloadError && message.test(error.message),
      );
    });
  }
});
