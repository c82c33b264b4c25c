import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  perTokenNumberToPer1M,
  perTokenToPer1M,
  pricingFromPer1M,
  pricingFromPerTokenStrings,
  readPrice,
  scaleDecimal,
} from './price.ts';

describe('per-token prices become per-1M figures', () => {
  test('0.0000001 USD per token is exactly 0.10 USD per 1M, not 0.0999…', () => {
    assert.equal(perTokenToPer1M('0.0000001'), 0.1);
    assert.notEqual(0.0000001 * 1e6, 0.1); // the float drift this module exists to avoid
  });
  test('many decimal places keep their value', () => {
    assert.equal(perTokenToPer1M('0.000000071'), 0.071);
    assert.equal(perTokenToPer1M('0.000000075'), 0.075);
    assert.equal(perTokenToPer1M('0.000015'), 15);
    assert.equal(perTokenToPer1M('0.0000025'), 2.5);
    assert.equal(perTokenToPer1M('1e-7'), 0.1);
  });
  test('LiteLLM numbers in exponent form convert the same way', () => {
    assert.equal(perTokenNumberToPer1M(2.5e-6), 2.5);
    assert.equal(perTokenNumberToPer1M(1e-7), 0.1);
    assert.equal(perTokenNumberToPer1M(3e-7), 0.3);
  });
  test('a non-decimal string is refused', () => {
    assert.throws(() => scaleDecimal('abc', 6), /not a decimal number/);
    assert.throws(() => scaleDecimal('0x10', 6), /not a decimal number/);
  });
});

describe('reading one price', () => {
  test('"0" is free, "-1" is variable, missing or empty is unknown', () => {
    assert.deepEqual(readPrice('0', 6), { kind: 'free' });
    assert.deepEqual(readPrice('-1', 6), { kind: 'variable' });
    assert.deepEqual(readPrice(undefined, 6), { kind: 'unknown' });
    assert.deepEqual(readPrice('', 6), { kind: 'unknown' });
  });
  test('a number where a string is expected is invalid, with the type named', () => {
    const r = readPrice(0.000001, 6);
    assert.equal(r.kind, 'invalid');
    assert.match((r as { reason: string }).reason, /number/);
  });
  test('per-request prices keep their unit', () => {
    assert.deepEqual(readPrice('0.005', 0), { kind: 'amount', value: 0.005 });
  });
});

describe('pricing from an OpenRouter pricing object', () => {
  test('prompt and completion become per-1M and extra modes are mapped', () => {
    const { pricing, problems } = pricingFromPerTokenStrings({
      prompt: '0.0000005',
      completion: '0.000003',
      request: '0',
      image: '0.00516',
      web_search: '0.01',
      internal_reasoning: '0.000003',
      input_cache_read: '0.00000005',
      input_cache_write: '0.000000625',
      audio: '0.000001',
    });
    assert.deepEqual(problems, []);
    assert.equal(pricing.state, 'priced');
    assert.equal(pricing.inputPer1M, 0.5);
    assert.equal(pricing.outputPer1M, 3);
    assert.deepEqual(pricing.extra, {
      request: 0,
      image: 0.00516,
      audio: 1,
      webSearch: 0.01,
      internalReasoning: 3,
      cacheRead: 0.05,
      cacheWrite: 0.625,
    });
  });
  test('the -1 sentinel makes the whole model variable, never $0', () => {
    const { pricing } = pricingFromPerTokenStrings({ prompt: '-1', completion: '-1' });
    assert.equal(pricing.state, 'variable');
    assert.equal(pricing.inputPer1M, null);
    assert.equal(pricing.outputPer1M, null);
  });
  test('free variants are free with zero prices', () => {
    const { pricing } = pricingFromPerTokenStrings({ prompt: '0', completion: '0' });
    assert.equal(pricing.state, 'free');
    assert.equal(pricing.inputPer1M, 0);
  });
  test('missing keys are unknown, not zero', () => {
    const { pricing } = pricingFromPerTokenStrings({});
    assert.equal(pricing.state, 'unknown');
    assert.equal(pricing.inputPer1M, null);
    assert.deepEqual(pricing.extra, {});
  });
  test('a price given as a number is reported as a problem and treated as unknown', () => {
    const { pricing, problems } = pricingFromPerTokenStrings({ prompt: 0.000001, completion: '0.000002' });
    assert.deepEqual(
      problems.map((p) => p.field),
      ['pricing.prompt'],
    );
    assert.equal(pricing.inputPer1M, null);
    assert.equal(pricing.outputPer1M, 2);
  });
  test('unrecognised keys are kept verbatim', () => {
    const { pricing } = pricingFromPerTokenStrings({
      prompt: '0.000001',
      completion: '0.000002',
      discount: 0,
      video: '0.1',
    });
    assert.deepEqual(pricing.otherRaw, { discount: '0', video: '0.1' });
  });
});

describe('pricing from per-1M numbers', () => {
  test('null is unknown and 0 is free', () => {
    assert.equal(pricingFromPer1M(null, null).state, 'unknown');
    assert.equal(pricingFromPer1M(0, 0).state, 'free');
    assert.deepEqual(pricingFromPer1M(2.5, 10), {
      state: 'priced',
      inputPer1M: 2.5,
      outputPer1M: 10,
      extra: {},
      otherRaw: {},
    });
  });
});
