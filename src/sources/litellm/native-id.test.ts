import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { litellmIds, segmentNamesProvider } from './native-id.ts';

const PROVIDERS = new Set([
  'openai',
  'anthropic',
  'gemini',
  'zai',
  'bedrock',
  'azure',
  'azure_text',
  'amazon_nova',
  'vertex_ai-anthropic_models',
  'vertex_ai-language-models',
  'deepinfra',
  'fireworks_ai',
  'openrouter',
]);
const ids = (key: string, provider: string | null) => litellmIds(key, provider, PROVIDERS);

describe('LiteLLM keys become native ids', () => {
  test('an openrouter/ key gives the OpenRouter id, variant suffix kept', () => {
    assert.deepEqual(ids('openrouter/z-ai/glm-4.6', 'openrouter'), {
      nativeId: 'z-ai/glm-4.6',
      openrouterId: 'z-ai/glm-4.6',
    });
    assert.deepEqual(ids('openrouter/meta-llama/llama-3-8b-instruct:free', 'openrouter'), {
      nativeId: 'meta-llama/llama-3-8b-instruct:free',
      openrouterId: 'meta-llama/llama-3-8b-instruct:free',
    });
  });

  test('an openrouter-provider key without the prefix is an OpenRouter id as it stands', () => {
    assert.equal(
      ids('mistralai/mistral-small-3.1-24b-instruct', 'openrouter').openrouterId,
      'mistralai/mistral-small-3.1-24b-instruct',
    );
  });

  test('bare OpenAI and Anthropic keys stay unchanged', () => {
    assert.deepEqual(ids('claude-3-5-sonnet-20241022', 'anthropic'), {
      nativeId: 'claude-3-5-sonnet-20241022',
      openrouterId: null,
    });
    assert.equal(ids('gpt-4o-2024-08-06', 'openai').nativeId, 'gpt-4o-2024-08-06');
  });

  test('the provider prefix goes, once', () => {
    assert.equal(ids('gemini/gemini-2.5-pro', 'gemini').nativeId, 'gemini-2.5-pro');
    assert.equal(ids('zai/glm-4.6', 'zai').nativeId, 'glm-4.6');
    assert.equal(ids('deepinfra/deepinfra/mixtral', 'deepinfra').nativeId, 'deepinfra/mixtral');
    assert.equal(
      ids('deepinfra/meta-llama/Llama-2-70b-chat-hf', 'deepinfra').nativeId,
      'meta-llama/Llama-2-70b-chat-hf',
    );
  });

  test('a provider family or another listed provider counts as a prefix', () => {
    assert.equal(
      ids('vertex_ai/claude-3-5-haiku', 'vertex_ai-anthropic_models').nativeId,
      'claude-3-5-haiku',
    );
    // `azure` is not azure_text's family, but it is another provider the file lists.
    assert.equal(
      ids('azure/gpt-3.5-turbo-instruct-0914', 'azure_text').nativeId,
      'gpt-3.5-turbo-instruct-0914',
    );
    assert.equal(
      litellmIds('azure/gpt-3.5-turbo-instruct-0914', 'azure_text', new Set(['azure_text'])).nativeId,
      'azure/gpt-3.5-turbo-instruct-0914',
    );
    assert.equal(ids('amazon-nova/nova-micro-v1', 'amazon_nova').nativeId, 'nova-micro-v1');
    assert.equal(
      ids('gemini/gemini-2.5-flash-image', 'vertex_ai-language-models').nativeId,
      'gemini-2.5-flash-image',
    );
  });

  test('a first segment that is not a provider is part of the id', () => {
    assert.equal(
      ids('accounts/fireworks/models/llama-v3p2-90b-vision-instruct', 'fireworks_ai').nativeId,
      'accounts/fireworks/models/llama-v3p2-90b-vision-instruct',
    );
  });

  test('image size, step and quality prefixes go', () => {
    assert.equal(
      ids('1024-x-1024/50-steps/bedrock/amazon.nova-canvas-v1:0', 'bedrock').nativeId,
      'amazon.nova-canvas-v1:0',
    );
    assert.equal(
      ids('max-x-max/max-steps/stability.stable-diffusion-xl-v0', 'bedrock').nativeId,
      'stability.stable-diffusion-xl-v0',
    );
    assert.equal(ids('hd/1024-x-1792/dall-e-3', 'openai').nativeId, 'dall-e-3');
    assert.equal(ids('azure/high/1024-x-1024/gpt-image-1', 'azure').nativeId, 'gpt-image-1');
  });

  test('regions, commitment tiers and data zones after the provider go', () => {
    assert.equal(
      ids('bedrock/us-east-1/1-month-commitment/anthropic.claude-v2:1', 'bedrock').nativeId,
      'anthropic.claude-v2:1',
    );
    assert.equal(
      ids('bedrock/us-gov-west-1/amazon.nova-pro-v1:0', 'bedrock').nativeId,
      'amazon.nova-pro-v1:0',
    );
    assert.equal(
      ids('bedrock/*/6-month-commitment/cohere.command-text-v14', 'bedrock').nativeId,
      'cohere.command-text-v14',
    );
    assert.equal(ids('azure/eu/gpt-4o-2024-08-06', 'azure').nativeId, 'gpt-4o-2024-08-06');
    assert.equal(ids('azure/global-standard/gpt-4o-mini', 'azure').nativeId, 'gpt-4o-mini');
  });

  test('a key is never reduced to nothing', () => {
    assert.equal(ids('gemini', 'gemini').nativeId, 'gemini');
    assert.equal(ids('1024-x-1024', 'openai').nativeId, '1024-x-1024');
  });

  test('provider names compare with - and _ as equals, families by prefix', () => {
    assert.ok(segmentNamesProvider('vertex_ai', 'vertex_ai-llama_models'));
    assert.ok(segmentNamesProvider('amazon-nova', 'amazon_nova'));
    assert.ok(!segmentNamesProvider('vertex', 'vertex_ai-llama_models'));
    assert.ok(!segmentNamesProvider('azure', 'azure_text'));
  });
});
