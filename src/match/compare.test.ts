import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { arenaKey, matchOne, orModel } from './fixtures.ts';

describe('names: separators, spelling, order and vendor prefixes', () => {
  test('claude-3.5-haiku-20241022 is the arena key claude-3-5-haiku-20241022, exactly', () => {
    const r = matchOne(orModel('anthropic/claude-3.5-haiku-20241022'), [
      'claude-3-5-haiku-20241022',
      'claude-3-haiku-20240307',
    ]);
    assert.equal(r.arenaKey, 'claude-3-5-haiku-20241022');
    assert.equal(r.confidence, 'exact');
    assert.equal(r.score, 1);
  });

  test('qwen-2.5-72b-instruct is qwen2.5-72b-instruct, not qwen2-72b-instruct', () => {
    const r = matchOne(orModel('qwen/qwen-2.5-72b-instruct'), ['qwen2.5-72b-instruct', 'qwen2-72b-instruct']);
    assert.equal(r.arenaKey, 'qwen2.5-72b-instruct');
    assert.ok(
      r.alternatives.some(
        (a) => a.arenaKey === 'qwen2-72b-instruct' && /versions differ/.test(a.whyRejected),
      ),
    );
  });

  test('nova-pro-v1 is amazon-nova-pro-v1.0: a vendor prefix on the arena side and v1 = v1.0', () => {
    const r = matchOne(orModel('amazon/nova-pro-v1'), ['amazon-nova-pro-v1.0', 'amazon-nova-lite-v1.0']);
    assert.equal(r.arenaKey, 'amazon-nova-pro-v1.0');
  });

  test('nemotron-super-49b is nemotron-49b-super: reordered words, high rather than exact', () => {
    const r = matchOne(orModel('nvidia/llama-3.3-nemotron-super-49b-v1'), [
      'llama-3.3-nemotron-49b-super-v1',
    ]);
    assert.equal(r.arenaKey, 'llama-3.3-nemotron-49b-super-v1');
    assert.equal(r.confidence, 'high');
  });

  test('a vendor prefix on the arena key only (nvidia-llama-…) still matches', () => {
    const r = matchOne(orModel('nvidia/llama-3.3-nemotron-super-49b-v1.5'), [
      'nvidia-llama-3.3-nemotron-super-49b-v1.5',
      'llama-3.3-nemotron-49b-super-v1',
    ]);
    assert.equal(r.arenaKey, 'nvidia-llama-3.3-nemotron-super-49b-v1.5');
  });

  test('a vendor word leading the OpenRouter slug goes too (nvidia-nemotron-nano-9b-v2)', () => {
    const r = matchOne(orModel('nvidia/nvidia-nemotron-nano-9b-v2'), ['nemotron-nano-9b-v2']);
    assert.equal(r.arenaKey, 'nemotron-nano-9b-v2');
    assert.equal(r.confidence, 'exact');
  });

  test('a different family word rejects the key and says which word', () => {
    const r = matchOne(orModel('openai/gpt-4o-search-preview'), ['gpt-4o-2024-08-06']);
    assert.equal(r.arenaKey, null);
    assert.equal(r.confidence, 'unmatched');
    assert.match(r.alternatives[0]!.whyRejected, /adds search/);
  });

  test('the Hugging Face id can name the model when the slug does not (deepseek-chat is DeepSeek-V3)', () => {
    const model = orModel('deepseek/deepseek-chat', {
      huggingFaceId: 'deepseek-ai/DeepSeek-V3',
      created: '2024-12-26',
    });
    const r = matchOne(model, ['deepseek-v3', 'deepseek-v3-0324', 'deepseek-v2.5']);
    assert.equal(r.arenaKey, 'deepseek-v3');
    assert.ok(r.evidence.some((e) => /Hugging Face id deepseek-ai\/DeepSeek-V3/.test(e)));
  });

  test('a canonical slug naming other words is ignored (glm-4.6v is not glm-4.6)', () => {
    const model = orModel('z-ai/glm-4.6v', {
      canonicalSlug: 'z-ai/glm-4.6-20251208',
      huggingFaceId: 'zai-org/GLM-4.6V',
    });
    const r = matchOne(model, ['glm-4.6', 'glm-4.5v']);
    assert.equal(r.arenaKey, null);
    assert.ok(
      r.evidence.some((e) => /canonical slug z-ai\/glm-4.6-20251208 names other words; ignored/.test(e)),
    );
  });
});

describe('versions must agree', () => {
  test('llama-3-70b-instruct is not llama-3.1-70b-instruct', () => {
    const r = matchOne(orModel('meta-llama/llama-3-70b-instruct'), [
      'llama-3.1-70b-instruct',
      'llama-3-70b-instruct',
    ]);
    assert.equal(r.arenaKey, 'llama-3-70b-instruct');
  });

  test('a version only one side names is another model (mistral-medium-3 is not mistral-medium)', () => {
    const r = matchOne(orModel('mistralai/mistral-medium-3'), ['mistral-medium']);
    assert.equal(r.arenaKey, null);
    assert.match(r.alternatives[0]!.whyRejected, /names version 3 and the other side none/);
  });

  test('a version only one side names passes when both state the same snapshot date', () => {
    const model = orModel('mistralai/mistral-small-3.2-24b-instruct', {
      huggingFaceId: 'mistralai/Mistral-Small-3.2-24B-Instruct-2506',
    });
    const r = matchOne(model, ['mistral-small-2506', 'mistral-small-3.1-24b-instruct-2503']);
    assert.equal(r.arenaKey, 'mistral-small-2506');
    assert.notEqual(r.confidence, 'exact');
  });

  test('a bare major version names a whole family when the arena ranks 2.0 and 2.1 apart', () => {
    const r = matchOne(orModel('anthropic/claude-2'), ['claude-2.0', 'claude-2.1']);
    assert.equal(r.arenaKey, null);
    assert.ok(r.alternatives.some((a) => /names a whole family/.test(a.whyRejected)));
  });

  test('the arena display name supplies a version its key leaves out: the undated mistral-7b-instruct is v0.1', () => {
    const keys = [
      arenaKey('mistral-7b-instruct', { displayNames: ['Mistral-7B-Instruct-v0.1'] }),
      arenaKey('mistral-7b-instruct-v0.2'),
    ];
    const v01 = matchOne(orModel('mistralai/mistral-7b-instruct-v0.1'), keys);
    assert.equal(v01.arenaKey, 'mistral-7b-instruct');
    const alias = matchOne(
      orModel('mistralai/mistral-7b-instruct', { huggingFaceId: 'mistralai/Mistral-7B-Instruct-v0.3' }),
      keys,
    );
    assert.equal(
      alias.arenaKey,
      null,
      'OpenRouter points its alias at v0.3; the arena key of the same name is v0.1',
    );
  });
});

describe('sizes and architecture tokens must agree', () => {
  test('8b is not 70b', () => {
    const r = matchOne(orModel('meta-llama/llama-3.1-8b-instruct'), [
      'llama-3.1-70b-instruct',
      'llama-3.1-8b-instruct',
    ]);
    assert.equal(r.arenaKey, 'llama-3.1-8b-instruct');
  });

  test('active parameters a22b and a3b differ', () => {
    const r = matchOne(orModel('qwen/qwen3-30b-a3b'), ['qwen3-235b-a22b', 'qwen3-30b-a3b']);
    assert.equal(r.arenaKey, 'qwen3-30b-a3b');
  });

  test('8x7b is not 8x22b', () => {
    const r = matchOne(orModel('mistralai/mixtral-8x7b-instruct'), ['mixtral-8x22b-instruct-v0.1']);
    assert.equal(r.arenaKey, null);
  });

  test('Gemma 3n e4b is not Gemma 3 4b', () => {
    const r = matchOne(orModel('google/gemma-3n-e4b-it'), ['gemma-3-4b-it', 'gemma-3n-e4b-it']);
    assert.equal(r.arenaKey, 'gemma-3n-e4b-it');
    const e2b = matchOne(orModel('google/gemma-3n-e2b-it'), [
      'gemma-3-4b-it',
      'gemma-3n-e4b-it',
      'gemma-2-2b-it',
    ]);
    assert.equal(e2b.arenaKey, null);
  });

  test('a size only OpenRouter names is another model when the arena ranks that size apart (Flash 8B is not Flash)', () => {
    const r = matchOne(orModel('google/gemini-flash-1.5-8b'), [
      'gemini-1.5-flash-001',
      'gemini-1.5-flash-8b-001',
    ]);
    assert.equal(r.arenaKey, 'gemini-1.5-flash-8b-001');
  });

  test('sizes only the arena key writes are fine (llama-4-maverick is llama-4-maverick-17b-128e-instruct)', () => {
    const model = orModel('meta-llama/llama-4-maverick', {
      huggingFaceId: 'meta-llama/Llama-4-Maverick-17B-128E-Instruct',
    });
    const r = matchOne(model, ['llama-4-maverick-17b-128e-instruct', 'llama-4-maverick-03-26-experimental']);
    assert.equal(r.arenaKey, 'llama-4-maverick-17b-128e-instruct');
  });

  test('context variants are separate checkpoints (phi-3-mini-128k is not phi-3-mini-4k)', () => {
    const r = matchOne(orModel('microsoft/phi-3-medium-128k-instruct'), ['phi-3-medium-4k-instruct']);
    assert.equal(r.arenaKey, null);
    assert.match(r.alternatives[0]!.whyRejected, /context variants differ/);
  });
});

describe('tuning: base, instruct, distills, fine-tunes and merges', () => {
  test('a base model is not its instruct model (llama-3.1-405b base)', () => {
    const model = orModel('meta-llama/llama-3.1-405b', {
      name: 'Meta: Llama 3.1 405B (base)',
      huggingFaceId: 'meta-llama/llama-3.1-405B',
    });
    const r = matchOne(model, ['llama-3.1-405b-instruct-fp8', 'llama-3.1-405b-instruct-bf16']);
    assert.equal(r.arenaKey, null);
    assert.ok(r.alternatives.some((a) => /base \(pretrained\) model/.test(a.whyRejected)));
  });

  test('deepseek-v3-base is not deepseek-v3', () => {
    assert.equal(matchOne(orModel('deepseek/deepseek-v3-base:free'), ['deepseek-v3']).arenaKey, null);
  });

  test('instruct written on one side only still matches, at a cost', () => {
    const r = matchOne(orModel('meta-llama/llama-4-scout'), ['llama-4-scout-17b-16e-instruct']);
    assert.equal(r.arenaKey, 'llama-4-scout-17b-16e-instruct');
    assert.ok(r.evidence.some((e) => /"instruct" is written on the arena side only/.test(e)));
  });

  test('the Hugging Face id supplies a version the slug leaves out (deepseek-coder is DeepSeek-Coder-V2)', () => {
    assert.equal(matchOne(orModel('deepseek/deepseek-coder'), ['deepseek-coder-v2']).arenaKey, null);
    const withHf = orModel('deepseek/deepseek-coder', {
      huggingFaceId: 'deepseek-ai/DeepSeek-Coder-V2-Instruct',
    });
    assert.equal(matchOne(withHf, ['deepseek-coder-v2']).arenaKey, 'deepseek-coder-v2');
  });

  test('distills are not the model they are named after', () => {
    const keys = ['deepseek-r1', 'llama-3.3-70b-instruct', 'llama-3.1-70b-instruct'];
    assert.equal(matchOne(orModel('deepseek/deepseek-r1-distill-llama-70b'), keys).arenaKey, null);
    assert.equal(
      matchOne(orModel('deepseek/deepseek-r1-0528-qwen3-8b'), ['deepseek-r1-0528', 'qwen3-8b']).arenaKey,
      null,
    );
  });

  test('fine-tunes and merges are not their base (hermes-3-llama-3.1-405b, deepseek-r1t-chimera)', () => {
    assert.equal(
      matchOne(orModel('nousresearch/hermes-3-llama-3.1-405b'), ['llama-3.1-405b-instruct-fp8']).arenaKey,
      null,
    );
    assert.equal(
      matchOne(orModel('tngtech/deepseek-r1t-chimera'), ['deepseek-r1', 'deepseek-v3']).arenaKey,
      null,
    );
  });

  test('an instruct model is not the thinking model of the same size (Qwen3 2507)', () => {
    const model = orModel('qwen/qwen3-235b-a22b-2507', {
      huggingFaceId: 'Qwen/Qwen3-235B-A22B-Instruct-2507',
    });
    const r = matchOne(model, [
      'qwen3-235b-a22b-thinking-2507',
      'qwen3-235b-a22b-instruct-2507',
      'qwen3-235b-a22b',
    ]);
    assert.equal(r.arenaKey, 'qwen3-235b-a22b-instruct-2507');
  });

  test('a thinking model named so is not the instruct model (kimi-k2-thinking is not kimi-k2-0711-preview)', () => {
    assert.equal(matchOne(orModel('moonshotai/kimi-k2-thinking'), ['kimi-k2-0711-preview']).arenaKey, null);
  });
});
