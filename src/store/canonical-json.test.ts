import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalJson, sha256Hex } from './canonical-json.ts';

describe('canonicalJson', () => {
  test('sorts keys at every depth, so key order does not change the hash', () => {
    const a = { id: 'x', pricing: { prompt: '0.0000001', completion: '0.0000002' }, tags: [{ b: 1, a: 2 }] };
    const b = { tags: [{ a: 2, b: 1 }], pricing: { completion: '0.0000002', prompt: '0.0000001' }, id: 'x' };
    assert.equal(
      canonicalJson(a),
      '{"id":"x","pricing":{"completion":"0.0000002","prompt":"0.0000001"},"tags":[{"a":2,"b":1}]}',
    );
    assert.equal(sha256Hex(canonicalJson(a)!), sha256Hex(canonicalJson(b)!));
  });

  test('keeps array order and tells different values apart', () => {
    assert.notEqual(canonicalJson([1, 2]), canonicalJson([2, 1]));
    assert.notEqual(canonicalJson({ a: '1' }), canonicalJson({ a: 1 }));
  });

  test('keeps a "__proto__" key as data', () => {
    const value = JSON.parse('{"b":1,"__proto__":{"x":1}}') as unknown;
    assert.equal(canonicalJson(value), '{"__proto__":{"x":1},"b":1}');
  });

  test('returns undefined for a value JSON cannot hold', () => {
    assert.equal(canonicalJson(undefined), undefined);
  });
});
