import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InputMeta } from '../source.ts';
import { PayloadError } from '../source.ts';
import { litellmPrices } from './index.ts';

const INPUT: InputMeta = {
  kind: 'litellm.prices',
  location: 'litellm/prices.json',
  date: '2025-12-19',
  partial: false,
  meta: {},
};

const MAP = {
  sample_spec: {
    max_tokens: 'LEGACY parameter.',
    input_cost_per_token: 0.0,
    litellm_provider: 'one of https://docs.litellm.ai/docs/providers',
    mode: 'one of: chat, embedding',
  },
  'claude-3-5-sonnet-20241022': {
    max_input_tokens: 200000,
    max_output_tokens: 8192,
    input_cost_per_token: 3e-6,
    output_cost_per_token: 1.5e-5,
    cache_read_input_token_cost: 3e-7,
    litellm_provider: 'anthropic',
    mode: 'chat',
    supports_vision: true,
    supports_function_calling: true,
    supports_web_search: false,
    deprecation_date: '2025-10-01',
  },
  'openrouter/z-ai/glm-4.6': {
    input_cost_per_token: 4e-7,
    output_cost_per_token: 1.75e-6,
    litellm_provider: 'openrouter',
    mode: 'chat',
  },
  'gemini/gemini-2.5-pro': {
    input_cost_per_token: 1.25e-6,
    output_cost_per_token: 1e-5,
    max_input_tokens: 1048576.0,
    litellm_provider: 'gemini',
  },
  'text-embedding-3-small': {
    input_cost_per_token: 2e-8,
    output_cost_per_token: 0,
    litellm_provider: 'openai',
  },
  'gpt-4.1-nano': { input_cost_per_token: 1e-7, output_cost_per_token: 4e-7, litellm_provider: 'openai' },
  'string-cost': { input_cost_per_token: '2.5e-06', litellm_provider: 'openai' },
  'negative-tokens': { input_cost_per_token: 1e-6, max_output_tokens: -1, litellm_provider: 'openai' },
  'negative-cost': { output_cost_per_token: -1e-6, litellm_provider: 'openai' },
  'not-an-object': 'gpt-4o',
  'bad-flag': { supports_vision: 'yes', litellm_provider: 'openai' },
  'bad-date': { deprecation_date: 'soon', litellm_provider: 'openai' },
  last_updated: '2025-12-19T19:07:03.858803+00:00',
};

const parsed = litellmPrices.parse(JSON.stringify(MAP), INPUT);
const byKey = new Map(parsed.records.map((r) => [r.key, r]));

describe('LiteLLM price map parsing', () => {
  test('sample_spec and last_updated are not models; last_updated becomes a note', () => {
    assert.ok(!byKey.has('sample_spec') && !byKey.has('last_updated'));
    assert.ok(parsed.notes.some((n) => n.includes('2025-12-19T19:07:03')));
    assert.equal(parsed.records.length + parsed.rejections.length, 11);
  });

  test('per-token numbers become exact per-1M figures', () => {
    const claude = byKey.get('claude-3-5-sonnet-20241022')!;
    assert.equal(claude.inputPer1M, 3);
    assert.equal(claude.outputPer1M, 15);
    assert.equal(claude.cacheReadPer1M, 0.3);
    assert.equal(byKey.get('gpt-4.1-nano')!.inputPer1M, 0.1); // 1e-7 * 1e6 is 0.09999999999999999
    assert.equal(byKey.get('openrouter/z-ai/glm-4.6')!.outputPer1M, 1.75);
    assert.equal(byKey.get('gemini/gemini-2.5-pro')!.inputPer1M, 1.25);
    assert.equal(byKey.get('text-embedding-3-small')!.inputPer1M, 0.02);
    assert.equal(byKey.get('text-embedding-3-small')!.outputPer1M, 0);
    assert.equal(byKey.get('openrouter/z-ai/glm-4.6')!.cacheReadPer1M, null);
  });

  test('ids, limits, flags and dates are read', () => {
    const claude = byKey.get('claude-3-5-sonnet-20241022')!;
    assert.deepEqual(claude.supports, { vision: true, function_calling: true, web_search: false });
    assert.equal(claude.maxInputTokens, 200000);
    assert.equal(claude.maxOutputTokens, 8192);
    assert.equal(claude.deprecationDate, '2025-10-01');
    assert.equal(claude.provider, 'anthropic');
    assert.equal(claude.mode, 'chat');
    assert.equal(claude.nativeId, 'claude-3-5-sonnet-20241022');
    assert.equal(byKey.get('openrouter/z-ai/glm-4.6')!.openrouterId, 'z-ai/glm-4.6');
    const gemini = byKey.get('gemini/gemini-2.5-pro')!;
    assert.equal(gemini.nativeId, 'gemini-2.5-pro');
    assert.equal(gemini.openrouterId, null);
    assert.equal(gemini.maxInputTokens, 1048576);
    assert.equal(gemini.mode, null);
  });

  test('each bad entry is rejected alone, naming its key and field', () => {
    const why = new Map(parsed.rejections.map((r) => [r.recordId, r]));
    assert.equal(why.get('string-cost')!.field, 'input_cost_per_token');
    assert.equal(why.get('negative-tokens')!.field, 'max_output_tokens');
    assert.equal(why.get('negative-cost')!.field, 'output_cost_per_token');
    assert.equal(why.get('not-an-object')!.field, null);
    assert.match(why.get('not-an-object')!.reason, /a string, not an object/);
    assert.equal(why.get('bad-flag')!.field, 'supports_vision');
    assert.equal(why.get('bad-date')!.field, 'deprecation_date');
    for (const r of parsed.rejections) assert.equal(r.source, 'litellm');
    assert.equal(parsed.rejections.length, 6);
  });

  test('the raw entry is kept per key, rejected ones included', () => {
    const raw = new Map(parsed.raw.map((r) => [r.recordId, r.raw]));
    assert.deepEqual(raw.get('openrouter/z-ai/glm-4.6'), MAP['openrouter/z-ai/glm-4.6']);
    assert.equal(raw.get('not-an-object'), 'gpt-4o');
    assert.ok(!raw.has('sample_spec'));
  });
});

describe('a LiteLLM payload that is not a price map stops the ingest', () => {
  const cases: [string, string, RegExp][] = [
    ['truncated JSON', '{"gpt-4o": {"input_cost_per_token": 2.5e-6,', /not valid JSON/],
    ['an HTML page', '<!DOCTYPE html><html><body>Rate limited</body></html>', /HTML page/],
    ['an empty body', '  \n', /empty/],
    ['a JSON array', '[{"gpt-4o": {}}]', /expected a JSON object/],
    [
      'only the documentation keys',
      JSON.stringify({ sample_spec: {}, last_updated: 'x' }),
      /no model entries/,
    ],
  ];
  for (const [what, text, message] of cases) {
    test(`${what} is a PayloadError`, () => {
      assert.throws(
        () => litellmPrices.parse(text, INPUT),
        (error: unknown) =>
          error instanceof PayloadError && message.test(error.message) && error.source === 'litellm',
      );
    });
  }
});
