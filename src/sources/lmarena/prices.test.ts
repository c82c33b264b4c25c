import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PayloadError } from '../source.ts';
import { inputFor } from './fixtures/input.ts';
import { arenaPrices, readPer1M } from './prices.ts';

const input = inputFor(
  'lmarena.catalog.prices',
  'lmarena/arenacatalog_scatterplot_price_2025-12-17.json',
  {},
  '2025-12-17',
);

const item = (overrides: Record<string, unknown> = {}) => ({
  name: 'GPT-4o',
  model_api_name: 'chatgpt-4o-latest-20241120',
  input_token_price: '2.5',
  output_token_price: '10',
  organization: 'OpenAI',
  license: 'Proprietary',
  price_source: 'https://openai.com/api/pricing/',
  model_source: 'https://help.openai.com/en/articles/9624314-model-release-notes',
  ...overrides,
});

describe('arenaPrices', () => {
  test('reads string prices as USD per 1M tokens, unscaled', () => {
    const { records, rejections, raw } = arenaPrices.parse(JSON.stringify([item()]), input);
    assert.deepEqual(rejections, []);
    assert.deepEqual(records[0], {
      key: 'chatgpt-4o-latest-20241120',
      name: 'GPT-4o',
      organization: 'OpenAI',
      license: 'Proprietary',
      inputPer1M: 2.5,
      outputPer1M: 10,
      priceSource: 'https://openai.com/api/pricing/',
      modelSource: 'https://help.openai.com/en/articles/9624314-model-release-notes',
      hidden: false,
    });
    assert.deepEqual(raw[0], {
      source: 'lmarena-prices',
      recordId: 'chatgpt-4o-latest-20241120',
      raw: item(),
    });
  });

  test('accepts number prices too, as this upstream mixes them', () => {
    const text = JSON.stringify([
      item({
        name: 'GPT-5 nano (high)',
        model_api_name: 'gpt-5-nano-high',
        input_token_price: 0.05,
        output_token_price: 0.4,
      }),
    ]);
    const [entry] = arenaPrices.parse(text, input).records;
    assert.deepEqual([entry!.inputPer1M, entry!.outputPer1M], [0.05, 0.4]);
  });

  test('reads decimal strings exactly', () => {
    assert.deepEqual(readPer1M('0.075'), { ok: true, value: 0.075 });
    assert.deepEqual(readPer1M('2.50'), { ok: true, value: 2.5 });
    assert.deepEqual(readPer1M('1.5e-1'), { ok: true, value: 0.15 });
    assert.deepEqual(readPer1M('0'), { ok: true, value: 0 });
  });

  test('reads hidden, and missing or empty prices as unknown', () => {
    const text = JSON.stringify([
      item({ model_api_name: 'a', hidden: true }),
      item({ model_api_name: 'b', input_token_price: '', output_token_price: null }),
      item({ model_api_name: 'c', input_token_price: undefined }),
    ]);
    const records = arenaPrices.parse(text, input).records;
    assert.deepEqual(
      records.map((r) => [r.key, r.hidden, r.inputPer1M, r.outputPer1M]),
      [
        ['a', true, 2.5, 10],
        ['b', false, null, null],
        ['c', false, null, 10],
      ],
    );
  });

  test('keeps a key with a nickname as the key', () => {
    const text = JSON.stringify([item({ model_api_name: 'gemini-2.5-flash-image-preview (nano-banana)' })]);
    assert.equal(
      arenaPrices.parse(text, input).records[0]!.key,
      'gemini-2.5-flash-image-preview (nano-banana)',
    );
  });

  test('rejects entries with a bad price, no key or a wrong type, naming the field', () => {
    const text = JSON.stringify([
      item({ model_api_name: 'text-price', input_token_price: 'two dollars' }),
      item({ model_api_name: 'negative', output_token_price: '-1' }),
      item({ model_api_name: 'bool-price', output_token_price: true }),
      item({ model_api_name: '' }),
      item({ model_api_name: 'hidden-text', hidden: 'yes' }),
      'not an object',
      item({ model_api_name: 'fine' }),
    ]);
    const { records, rejections } = arenaPrices.parse(text, input);
    assert.deepEqual(
      records.map((r) => r.key),
      ['fine'],
    );
    assert.deepEqual(
      rejections.map((r) => [r.recordId, r.field]),
      [
        ['text-price', 'input_token_price'],
        ['negative', 'output_token_price'],
        ['bool-price', 'output_token_price'],
        ['item 4', 'model_api_name'],
        ['hidden-text', 'hidden'],
        ['item 6', null],
      ],
    );
    assert.match(rejections[0]!.reason, /"two dollars" is not a number/);
    assert.match(rejections[1]!.reason, /negative/);
  });

  test('keeps an identical repeated key once and rejects a differing repeat', () => {
    const same = arenaPrices.parse(JSON.stringify([item(), item()]), input);
    assert.equal(same.records.length, 1);
    assert.match(same.notes.join(' '), /identical repeated key/);
    const differing = arenaPrices.parse(JSON.stringify([item(), item({ output_token_price: '15' })]), input);
    assert.equal(differing.records[0]!.outputPer1M, 10);
    assert.deepEqual(
      differing.rejections.map((r) => [r.recordId, r.field]),
      [['chatgpt-4o-latest-20241120', 'output_token_price']],
    );
  });

  for (const [what, text, problem] of [
    ['an object instead of a list', '{"full": {}}', /expected a list/],
    ['an empty list', '[]', /empty/],
    ['an HTML page', '<html></html>', /HTML page/],
    ['truncated JSON', '[{"name": "GPT-4o", "model_api', /not valid JSON/],
  ] as const) {
    test(`refuses ${what} as a whole`, () => {
      assert.throws(
        () => arenaPrices.parse(text, input),
        (e: unknown) => e instanceof PayloadError && e.source === 'lmarena-prices' && problem.test(e.problem),
      );
    });
  }
});
