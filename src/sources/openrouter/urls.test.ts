import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { endpointsUrl, modelsUrl, OPENROUTER_BASE_URL } from './urls.ts';

describe('OpenRouter URLs', () => {
  test('the catalog URL defaults to the public API', () => {
    assert.equal(OPENROUTER_BASE_URL, 'https://openrouter.ai/api/v1');
    assert.equal(modelsUrl(), 'https://openrouter.ai/api/v1/models');
  });

  test('a base URL with a trailing slash gives the same URLs', () => {
    assert.equal(modelsUrl('http://127.0.0.1:8080/api/v1/'), 'http://127.0.0.1:8080/api/v1/models');
    assert.equal(
      endpointsUrl('http://127.0.0.1:8080/api/v1/', 'google/gemini-2.5-pro-preview'),
      'http://127.0.0.1:8080/api/v1/models/google/gemini-2.5-pro-preview/endpoints',
    );
  });

  test('a variant id keeps its colon readable, other unsafe characters are escaped', () => {
    assert.equal(
      endpointsUrl(OPENROUTER_BASE_URL, 'meta-llama/llama-3.1-8b-instruct:free'),
      'https://openrouter.ai/api/v1/models/meta-llama/llama-3.1-8b-instruct:free/endpoints',
    );
    assert.equal(
      endpointsUrl(OPENROUTER_BASE_URL, 'a/b c?'),
      'https://openrouter.ai/api/v1/models/a/b%20c%3F/endpoints',
    );
  });

  test('an id that is not "author/slug" is refused', () => {
    assert.throws(() => endpointsUrl(OPENROUTER_BASE_URL, 'glm-4'), /"author\/slug"/);
    assert.throws(() => endpointsUrl(OPENROUTER_BASE_URL, 'z-ai/'), /"author\/slug"/);
  });
});
