import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { auto, catalog, claudeBeta2025, glm4, llamaFree, MODELS_INPUT } from './fixtures/payloads.ts';
import { openRouterModels } from './index.ts';

const parse = (text: string, input = MODELS_INPUT) => openRouterModels.parse(text, input);

describe('the OpenRouter catalog parser rejects bad records one by one', () => {
  test('a record without an id is rejected by its position, the others are kept', () => {
    const { id: _id, ...noId } = glm4();
    const parsed = parse(catalog(auto(), noId));
    assert.deepEqual(
      parsed.records.map((m) => m.id),
      ['openrouter/auto'],
    );
    assert.equal(parsed.rejections.length, 1);
    const [rejection] = parsed.rejections;
    assert.equal(rejection?.source, 'openrouter');
    assert.equal(rejection?.recordId, '#1');
    assert.equal(rejection?.field, 'id');
    assert.match(rejection?.reason ?? '', /no usable id.*id is missing/);
    assert.equal(parsed.raw.length, 1, 'a record without an id has no raw entry to key');
  });

  test('a numeric price is a wrong type: the record is rejected with the price field named', () => {
    const bad = glm4();
    bad.pricing = { prompt: 0.0000001, completion: '0.0000001' };
    const parsed = parse(catalog(bad, auto()));
    assert.equal(parsed.records.length, 1);
    const [rejection] = parsed.rejections;
    assert.equal(rejection?.recordId, 'z-ai/glm-4-32b');
    assert.equal(rejection?.field, 'pricing.prompt');
    assert.match(rejection?.reason ?? '', /should be a decimal string in USD per token, got the number 1e-7/);
    assert.ok(
      parsed.raw.some((r) => r.recordId === 'z-ai/glm-4-32b'),
      'a rejected record with an id keeps its raw form for review',
    );
  });

  test('a price string that is not a number is rejected too, in an extra mode as well', () => {
    const bad = glm4();
    bad.pricing = { prompt: '0.0000001', completion: '0.0000001', image: 'ask us' };
    const [rejection] = parse(catalog(bad, auto())).rejections;
    assert.equal(rejection?.field, 'pricing.image');
    assert.match(rejection?.reason ?? '', /is not a decimal number: the string "ask us"/);
  });

  test('wrong types in required and optional fields name each field', () => {
    const bad = { ...glm4(), context_length: '128000', supported_parameters: 'tools' };
    const [rejection] = parse(catalog(bad, auto())).rejections;
    assert.equal(rejection?.field, 'context_length');
    assert.match(rejection?.reason ?? '', /context_length should be a number, got the string "128000"/);
    assert.match(rejection?.reason ?? '', /supported_parameters should be a list, got the string "tools"/);
  });

  test('missing pricing, a null pricing, a blank name and a missing context_length are each rejected', () => {
    const noPricing: Record<string, unknown> = { ...glm4(), id: 'a/no-pricing' };
    delete noPricing.pricing;
    const nullPricing = { ...glm4(), id: 'a/null-pricing', pricing: null };
    const blankName = { ...glm4(), id: 'a/blank-name', name: '   ' };
    const noContext: Record<string, unknown> = { ...glm4(), id: 'a/no-context' };
    delete noContext.context_length;
    const parsed = parse(catalog(auto(), noPricing, nullPricing, blankName, noContext));
    assert.deepEqual(
      parsed.rejections.map((r) => [r.recordId, r.field, r.reason]),
      [
        ['a/no-pricing', 'pricing', 'pricing is missing'],
        ['a/null-pricing', 'pricing', 'pricing should be an object, got null'],
        ['a/blank-name', 'name', 'name is empty'],
        ['a/no-context', 'context_length', 'context_length is missing'],
      ],
    );
  });

  test('an id that is not "author/slug" is rejected', () => {
    const parsed = parse(catalog(auto(), { ...glm4(), id: 'glm-4-32b' }, { ...glm4(), id: 'z-ai/glm:' }));
    assert.deepEqual(
      parsed.rejections.map((r) => [r.recordId, r.field]),
      [
        ['glm-4-32b', 'id'],
        ['z-ai/glm:', 'id'],
      ],
    );
    assert.match(parsed.rejections[0]?.reason ?? '', /should be "author\/slug"/);
  });

  test('a record that is not an object is rejected by position', () => {
    const parsed = parse(catalog(auto(), 'z-ai/glm-4-32b', null));
    assert.deepEqual(
      parsed.rejections.map((r) => [r.recordId, r.field]),
      [
        ['#1', null],
        ['#2', null],
      ],
    );
    assert.match(parsed.rejections[0]?.reason ?? '', /the record should be an object, got the string/);
  });

  test('a duplicate id keeps the first record and rejects the rest, saying whether they differ', () => {
    const cheaper = glm4();
    cheaper.pricing = { prompt: '0.00000005', completion: '0.00000005' };
    const parsed = parse(catalog(glm4(), auto(), cheaper, glm4()));
    assert.equal(parsed.records.length, 2);
    assert.equal(parsed.records[0]?.pricing.inputPer1M, 0.1, 'the first listing wins');
    assert.deepEqual(
      parsed.rejections.map((r) => [r.recordId, r.field, r.reason]),
      [
        [
          'z-ai/glm-4-32b',
          'id',
          'duplicate id: record #2 repeats the id of record #0 with different values; the first is kept',
        ],
        [
          'z-ai/glm-4-32b',
          'id',
          'duplicate id: record #3 repeats the id of record #0 (identical); the first is kept',
        ],
      ],
    );
    assert.equal(parsed.raw.filter((r) => r.recordId === 'z-ai/glm-4-32b').length, 1);
  });
});

test('raw holds one entry per id: a rejected record sharing an accepted id adds none', () => {
  const badFirst = { ...glm4(), pricing: { prompt: 1 } };
  const parsed = parse(catalog(badFirst, glm4(), { ...auto(), context_length: -5 }));
  assert.deepEqual(
    parsed.records.map((m) => m.id),
    ['z-ai/glm-4-32b'],
  );
  assert.equal(parsed.rejections.length, 2);
  assert.deepEqual(
    parsed.raw.map((r) => r.recordId),
    ['z-ai/glm-4-32b', 'openrouter/auto'],
  );
  assert.deepEqual(parsed.raw[0]?.raw, glm4(), 'the accepted record is the raw one');
  assert.match(parsed.rejections[1]?.reason ?? '', /context_length should be 0 or more, got the number -5/);
});

describe('the OpenRouter catalog parser normalizes every quirk', () => {
  const parsed = parse(catalog(glm4(), auto(), llamaFree(), claudeBeta2025()));
  const byId = (id: string) => {
    const model = parsed.records.find((m) => m.id === id);
    assert.ok(model, `${id} should be parsed`);
    return model;
  };

  test('all four fixture records are accepted, each with its raw record', () => {
    assert.equal(parsed.records.length, 4);
    assert.deepEqual(parsed.rejections, []);
    assert.deepEqual(parsed.notes, []);
    assert.deepEqual(
      parsed.raw.map((r) => r.recordId),
      parsed.records.map((m) => m.id),
    );
    assert.deepEqual(
      parsed.raw[0]?.raw,
      glm4(),
      'raw is the upstream record verbatim, trailing space included',
    );
  });

  test('a trailing space in the name is trimmed, an empty HF id is null, created is a UTC date', () => {
    const model = byId('z-ai/glm-4-32b');
    assert.equal(model.name, 'Z.AI: GLM 4 32B');
    assert.equal(model.huggingFaceId, null);
    assert.equal(model.canonicalSlug, 'z-ai/glm-4-32b-0414');
    assert.equal(model.created, '2025-07-24');
    assert.equal(model.createdUnix, 1753376617);
    assert.equal(model.author, 'z-ai');
    assert.equal(model.slug, 'glm-4-32b');
    assert.equal(model.baseId, 'z-ai/glm-4-32b');
    assert.equal(model.variant, null);
  });

  test('per-token price strings become exact per-1M figures', () => {
    const { pricing } = byId('z-ai/glm-4-32b');
    assert.equal(pricing.state, 'priced');
    assert.equal(pricing.inputPer1M, 0.1);
    assert.equal(pricing.outputPer1M, 0.1);
    const claude = byId('anthropic/claude-3.5-sonnet:beta').pricing;
    assert.equal(claude.inputPer1M, 3);
    assert.equal(claude.outputPer1M, 15);
    assert.equal(claude.extra.cacheRead, 0.3);
    assert.equal(claude.extra.cacheWrite, 3.75);
    assert.equal(claude.extra.image, 0.0048);
  });

  test('"-1" prices make the router variable, never $0', () => {
    const { pricing } = byId('openrouter/auto');
    assert.equal(pricing.state, 'variable');
    assert.equal(pricing.inputPer1M, null);
    assert.equal(pricing.outputPer1M, null);
  });

  test('a :free variant with "0" prices is free and keeps its base id', () => {
    const model = byId('meta-llama/llama-3.1-8b-instruct:free');
    assert.equal(model.pricing.state, 'free');
    assert.equal(model.pricing.inputPer1M, 0);
    assert.equal(model.variant, 'free');
    assert.equal(model.baseId, 'meta-llama/llama-3.1-8b-instruct');
    assert.equal(model.slug, 'llama-3.1-8b-instruct');
    assert.equal(model.huggingFaceId, 'meta-llama/Meta-Llama-3.1-8B-Instruct');
    assert.equal(model.instructType, 'llama3');
    assert.equal(model.maxCompletionTokens, 4096);
    assert.equal(model.defaultParameters, null);
  });

  test('a 2025-04-style record without the later fields reads them as absent, not empty', () => {
    const model = byId('anthropic/claude-3.5-sonnet:beta');
    assert.equal(model.variant, 'beta');
    assert.equal(model.canonicalSlug, null);
    assert.equal(model.huggingFaceId, null);
    assert.equal(model.supportedParameters, null);
    assert.equal(model.defaultParameters, null);
    assert.equal(model.expirationDate, null);
    assert.equal(model.knowledgeCutoff, null);
    assert.deepEqual(model.inputModalities, ['text', 'image']);
  });

  test('missing price keys are unknown, never zero', () => {
    const onlyPrompt = { ...glm4(), id: 'a/only-prompt', pricing: { prompt: '0.000002' } };
    const none = { ...glm4(), id: 'a/no-prices', pricing: {} };
    const models = parse(catalog(onlyPrompt, none)).records;
    assert.equal(models[0]?.pricing.state, 'priced');
    assert.equal(models[0]?.pricing.inputPer1M, 2);
    assert.equal(models[0]?.pricing.outputPer1M, null);
    assert.deepEqual(models[0]?.pricing.extra, {});
    assert.equal(models[1]?.pricing.state, 'unknown');
    assert.equal(models[1]?.pricing.inputPer1M, null);
  });

  test('modalities fall back to parsing "modality" when the lists are missing', () => {
    const record = glm4();
    record.architecture = { modality: 'text+image->text+image', tokenizer: 'Gemini' };
    const [model] = parse(catalog(record)).records;
    assert.deepEqual(model?.inputModalities, ['text', 'image']);
    assert.deepEqual(model?.outputModalities, ['text', 'image']);
    assert.equal(model?.modality, 'text+image->text+image');
  });

  test('2026 fields and unknown variants are read', () => {
    const record = {
      ...glm4(),
      id: 'z-ai/glm-4-32b:turbo',
      knowledge_cutoff: '2024-06-30',
      expiration_date: '2026-06-01',
      supported_voices: null,
      links: { details: '/api/v1/models/z-ai/glm-4-32b-0414/endpoints' },
      some_future_field: { anything: true },
    };
    const [model] = parse(catalog(record)).records;
    assert.equal(model?.variant, 'turbo');
    assert.equal(model?.knowledgeCutoff, '2024-06-30');
    assert.equal(model?.expirationDate, '2026-06-01');
  });
});

describe('a partial catalog', () => {
  test('is parsed, with a note saying it is not the full catalog', () => {
    const input = {
      ...MODELS_INPUT,
      partial: true,
      meta: { note: 'fetched with ?supported_parameters=tools' },
    };
    const parsed = parse(catalog(glm4()), input);
    assert.equal(parsed.records.length, 1);
    assert.equal(parsed.notes.length, 1);
    assert.match(parsed.notes[0] ?? '', /Partial catalog \(fetched with \?supported_parameters=tools\)/);
    assert.match(parsed.notes[0] ?? '', /never used as the main catalog/);
  });
});
