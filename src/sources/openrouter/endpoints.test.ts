import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PayloadError } from '../source.ts';
import { catalog, ENDPOINTS_INPUT, geminiEndpoints, glm4 } from './fixtures/payloads.ts';
import { openRouterEndpoints } from './index.ts';

const parse = (text: string) => openRouterEndpoints.parse(text, ENDPOINTS_INPUT);

/** The fixture with one endpoint edited. */
function withEndpoint(index: number, edit: (endpoint: Record<string, unknown>) => void): string {
  const payload = geminiEndpoints() as { data: { endpoints: Record<string, unknown>[] } };
  edit(payload.data.endpoints[index]!);
  return JSON.stringify(payload);
}

function payloadError(text: string): PayloadError {
  try {
    parse(text);
  } catch (error) {
    assert.ok(error instanceof PayloadError, `expected a PayloadError, got ${String(error)}`);
    assert.equal(error.source, 'openrouter-endpoints');
    return error;
  }
  assert.fail('expected the payload to be refused');
}

describe('the OpenRouter endpoints parser', () => {
  test('gives one record: the model id and its endpoints, with the raw payload data', () => {
    const parsed = parse(JSON.stringify(geminiEndpoints()));
    assert.equal(parsed.records.length, 1);
    assert.equal(parsed.records[0]?.modelId, 'google/gemini-2.5-pro-preview');
    assert.equal(parsed.records[0]?.endpoints.length, 2);
    assert.deepEqual(parsed.rejections, []);
    assert.deepEqual(parsed.raw, [
      {
        source: 'openrouter-endpoints',
        recordId: 'google/gemini-2.5-pro-preview',
        raw: geminiEndpoints().data,
      },
    ]);
  });

  test('normalizes an endpoint: provider, tag, limits, exact per-1M prices, discount apart', () => {
    const [vertex] = parse(JSON.stringify(geminiEndpoints())).records[0]!.endpoints;
    assert.deepEqual(vertex, {
      name: 'Google | google/gemini-2.5-pro-preview-03-25',
      providerName: 'Google',
      tag: 'google-vertex',
      contextLength: 1048576,
      maxCompletionTokens: 65535,
      maxPromptTokens: null,
      quantization: null,
      pricing: {
        state: 'priced',
        inputPer1M: 1.25,
        outputPer1M: 10,
        extra: {
          request: 0,
          image: 0.00516,
          webSearch: 0,
          internalReasoning: 0,
          cacheRead: 0.31,
          cacheWrite: 1.625,
        },
        otherRaw: {},
      },
      discount: 0,
      supportedParameters: ['max_tokens', 'temperature', 'tools'],
      status: 0,
      upstreamSlug: 'google/gemini-2.5-pro-preview-03-25',
    });
  });

  test('an endpoint without a tag (the 2025-05-12 recording) has tag null', () => {
    const parsed = parse(withEndpoint(0, (e) => delete e.tag));
    assert.equal(parsed.records[0]?.endpoints[0]?.tag, null);
  });

  test('a name without " | " has no upstream slug', () => {
    const parsed = parse(withEndpoint(1, (e) => (e.name = 'Google AI Studio')));
    assert.equal(parsed.records[0]?.endpoints[1]?.upstreamSlug, null);
  });

  test('a missing discount is null, a non-numeric one rejects the endpoint', () => {
    const missing = parse(withEndpoint(0, (e) => delete (e.pricing as Record<string, unknown>).discount));
    assert.equal(missing.records[0]?.endpoints[0]?.discount, null);
    const text = parse(withEndpoint(0, (e) => ((e.pricing as Record<string, unknown>).discount = '10%')));
    assert.equal(text.records[0]?.endpoints.length, 1);
    assert.equal(text.rejections[0]?.field, 'pricing.discount');
  });

  test('a bad endpoint is rejected alone, named by model and position', () => {
    const parsed = parse(
      withEndpoint(1, (e) => ((e.pricing as Record<string, unknown>).prompt = 0.00000125)),
    );
    assert.deepEqual(
      parsed.records[0]?.endpoints.map((e) => e.providerName),
      ['Google'],
    );
    assert.deepEqual(parsed.rejections, [
      {
        source: 'openrouter-endpoints',
        recordId: 'google/gemini-2.5-pro-preview#endpoints.1',
        field: 'pricing.prompt',
        reason:
          'endpoint "Google AI Studio | google/gemini-2.5-pro-preview-03-25": pricing.prompt should be a decimal string in USD per token, got the number 0.00000125',
      },
    ]);
  });

  test('an endpoint without a provider name is rejected', () => {
    const parsed = parse(withEndpoint(0, (e) => delete e.provider_name));
    assert.equal(parsed.rejections[0]?.field, 'provider_name');
    assert.match(parsed.rejections[0]?.reason ?? '', /provider_name is missing/);
  });

  test('an empty endpoints list is a record with no endpoints and a note', () => {
    const payload = geminiEndpoints() as { data: { endpoints: unknown[] } };
    payload.data.endpoints = [];
    const parsed = parse(JSON.stringify(payload));
    assert.deepEqual(parsed.records, [{ modelId: 'google/gemini-2.5-pro-preview', endpoints: [] }]);
    assert.match(parsed.notes[0] ?? '', /lists no endpoints/);
  });

  test('every endpoint rejected refuses the payload', () => {
    const payload = geminiEndpoints() as { data: { endpoints: unknown[] } };
    payload.data.endpoints = [{ name: 'Google | x' }, 7];
    assert.match(payloadError(JSON.stringify(payload)).problem, /none of the 2 endpoints .* is usable/);
  });

  test('refuses payloads that are not an endpoints payload', () => {
    assert.match(payloadError('').problem, /empty/);
    assert.match(payloadError('<html><title>Error</title></html>').problem, /HTML page/);
    assert.match(payloadError(JSON.stringify(geminiEndpoints()).slice(0, 300)).problem, /truncated/);
    assert.match(payloadError(catalog(glm4())).problem, /looks like the \/models catalog/);
    assert.match(payloadError('{"model": {}}').problem, /no "data" field; found fields "model"/);
    assert.match(payloadError('{"data": {"endpoints": []}}').problem, /"data.id" is missing/);
    assert.match(
      payloadError('{"data": {"id": "gemini", "endpoints": []}}').problem,
      /"data.id" should be "author\/slug"/,
    );
    assert.match(payloadError('{"data": {"id": "a/b"}}').problem, /"data.endpoints" is missing/);
    assert.match(
      payloadError('{"data": {"id": "a/b", "endpoints": {}}}').problem,
      /"data.endpoints" should be a list, got an object/,
    );
  });
});
