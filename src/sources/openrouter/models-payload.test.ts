import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PayloadError } from '../source.ts';
import { auto, catalog, glm4, MODELS_INPUT } from './fixtures/payloads.ts';
import { openRouterModels } from './index.ts';

const parse = (text: string) => openRouterModels.parse(text, MODELS_INPUT);

function payloadError(text: string): PayloadError {
  try {
    parse(text);
  } catch (error) {
    assert.ok(error instanceof PayloadError, `expected a PayloadError, got ${String(error)}`);
    assert.equal(error.source, 'openrouter');
    assert.equal(error.location, MODELS_INPUT.location);
    return error;
  }
  assert.fail('expected the payload to be refused');
}

describe('the OpenRouter catalog parser refuses payloads that are not a catalog', () => {
  test('empty text is refused as empty', () => {
    assert.match(payloadError('').problem, /the payload is empty/);
    assert.match(payloadError('  \n ').problem, /the payload is empty/);
  });

  test('an HTML error page served as the catalog is named as HTML, with its title', () => {
    const html = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>oops</body></html>';
    const error = payloadError(html);
    assert.match(error.problem, /an HTML page, not JSON \(titled "502 Bad Gateway"\)/);
    assert.match(error.message, /Fetch it again later/);
  });

  test('truncated JSON is named as truncated, not as a syntax error', () => {
    const full = catalog(glm4(), auto());
    assert.match(payloadError(full.slice(0, 120)).problem, /the JSON is truncated: it ends inside a string/);
    const cut = full.slice(0, full.indexOf('"pricing"') - 1);
    assert.match(payloadError(cut).problem, /truncated: it ends with 3 brackets still open/);
  });

  test('text that is not JSON at all quotes its beginning', () => {
    assert.match(payloadError('Internal Server Error').problem, /not valid JSON .*"Internal Server Error"/);
  });

  test('a renamed list field is named, with the field that was found', () => {
    const error = payloadError(JSON.stringify({ models: [glm4()] }));
    assert.match(
      error.problem,
      /no "data" field; found fields "models" \(was "data" renamed to "models"\?\)/,
    );
  });

  test('an upstream error object is reported with its message and code', () => {
    const error = payloadError(JSON.stringify({ error: { message: 'Rate limit exceeded', code: 429 } }));
    assert.match(
      error.problem,
      /OpenRouter answered with an error instead of data: Rate limit exceeded \(code 429\)/,
    );
  });

  test('a top-level list or scalar is refused with what it is', () => {
    assert.match(payloadError(JSON.stringify([glm4()])).problem, /the top level is a list/);
    assert.match(payloadError('42').problem, /the top level is the number 42/);
    assert.match(payloadError('null').problem, /the top level is null/);
  });

  test('"data" that is not a list is refused, and an endpoints payload is recognised', () => {
    assert.match(payloadError('{"data": "x"}').problem, /"data" is string, expected a list of models/);
    const endpoints = JSON.stringify({ data: { id: 'a/b', endpoints: [] } });
    assert.match(payloadError(endpoints).problem, /looks like an endpoints payload/);
  });

  test('an empty "data" list is refused', () => {
    assert.match(payloadError('{"data": []}').problem, /the "data" list is empty/);
  });

  test('a catalog whose every record is rejected is refused, with the first reason', () => {
    const error = payloadError(catalog({ name: 'x' }, { name: 'y' }));
    assert.match(error.problem, /none of the 2 records is usable/);
    assert.match(error.problem, /id is missing/);
  });
});
