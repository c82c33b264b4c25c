import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeValue, unfinishedJson } from './json-payload.ts';

describe('telling a truncated JSON text from a malformed one', () => {
  test('a complete document is not unfinished', () => {
    assert.equal(unfinishedJson('{"data":[{"id":"a/b","name":"x ] }"}]}'), null);
  });

  test('open brackets at the end are counted, brackets inside strings are not', () => {
    assert.equal(unfinishedJson('{"data":[{"name":"[{"}]'), 'with 1 bracket still open');
    assert.equal(unfinishedJson('{"data":[{"id":"a/b"'), 'with 3 brackets still open');
  });

  test('an unterminated string is named, escaped quotes do not end it', () => {
    assert.equal(unfinishedJson('{"data":[{"name":"say \\"hi'), 'inside a string');
  });

  test('a syntax error in a closed document is not called truncation', () => {
    assert.equal(unfinishedJson('{"data": [1,,2]}'), null);
  });
});

describe('describing a value in a message', () => {
  test('each JSON type reads as a phrase', () => {
    assert.equal(describeValue(null), 'null');
    assert.equal(describeValue(''), 'an empty string');
    assert.equal(describeValue('128000'), 'the string "128000"');
    assert.equal(describeValue(1e-7), 'the number 1e-7');
    assert.equal(describeValue(false), 'false');
    assert.equal(describeValue([1]), 'a list');
    assert.equal(describeValue({}), 'an object');
  });

  test('long strings are shortened', () => {
    assert.equal(describeValue('x'.repeat(100)), `the string "${'x'.repeat(60)}…"`);
  });
});
