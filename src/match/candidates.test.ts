import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { indexArena } from './candidates.ts';
import { arenaKey, litellmNative, modelsDevEntry, orModel } from './fixtures.ts';
import { orView } from './views.ts';

describe('the arena index', () => {
  const keys = [
    'claude-3-5-sonnet-20241022',
    'claude-3-5-sonnet-20240620',
    'gpt-4o-2024-08-06',
    'llama-3.1-8b-instruct',
    'qwen2.5-72b-instruct',
  ].map((k) => arenaKey(k));
  const index = indexArena(
    keys,
    [litellmNative('gpt-4o-2024-08-06', 2.5, 10)],
    [
      modelsDevEntry('openrouter', 'anthropic/claude-3.5-sonnet', '2024-10-22'),
      modelsDevEntry('anthropic', 'claude-3-5-sonnet-20241022', '2024-10-22'),
    ],
  );

  test('a model is compared only with keys that share a family word, never with every key', () => {
    const found = index
      .candidatesFor(orView(orModel('anthropic/claude-3.5-sonnet')))
      .map((v) => v.candidate.key);
    assert.deepEqual(found.sort(), ['claude-3-5-sonnet-20240620', 'claude-3-5-sonnet-20241022']);
    assert.deepEqual(index.candidatesFor(orView(orModel('acme/unheard-of'))), []);
  });

  test('the Hugging Face name finds candidates the slug alone would not', () => {
    const model = orModel('acme/house-chat', { huggingFaceId: 'Qwen/Qwen2.5-72B-Instruct' });
    assert.deepEqual(
      index.candidatesFor(orView(model)).map((v) => v.candidate.key),
      ['qwen2.5-72b-instruct'],
    );
  });

  test('snapshots of one model are siblings; modes and other models are not', () => {
    const view = index.byKey.get('claude-3-5-sonnet-20241022')!;
    assert.deepEqual(
      index.datedSiblings(view).map((v) => v.candidate.key),
      ['claude-3-5-sonnet-20240620'],
    );
  });

  test('bridges name the vendor-native LiteLLM and models.dev ids of the chosen key, else the OpenRouter ones', () => {
    assert.deepEqual(index.bridges(orModel('openai/gpt-4o'), 'gpt-4o-2024-08-06'), {
      litellm: 'gpt-4o-2024-08-06',
      modelsDev: null,
    });
    assert.deepEqual(index.bridges(orModel('anthropic/claude-3.5-sonnet'), 'claude-3-5-sonnet-20241022'), {
      litellm: null,
      modelsDev: 'anthropic/claude-3-5-sonnet-20241022',
    });
    assert.deepEqual(index.releaseDate(orModel('anthropic/claude-3.5-sonnet:beta')), {
      date: '2024-10-22',
      from: 'models.dev release date',
    });
  });
});
