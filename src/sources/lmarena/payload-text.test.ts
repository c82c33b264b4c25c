import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PayloadError } from '../source.ts';
import { quoteNonFiniteTokens, readCsv, readJson, requireColumns } from './payload-text.ts';

describe('readJson', () => {
  test('reads bare NaN and Infinity tokens (as Python writes them) as strings', () => {
    const json = readJson('{"a": NaN, "b": -Infinity, "c": [Infinity, 1]}', 'lmarena-ratings', 'x.json');
    assert.deepEqual(json, { a: 'NaN', b: '-Infinity', c: ['Infinity', 1] });
  });

  test('leaves NaN inside strings alone, escaped quotes included', () => {
    const text = '{"name \\"NaN\\" Infinity": "NaN", "v": NaN}';
    assert.equal(quoteNonFiniteTokens(text), '{"name \\"NaN\\" Infinity": "NaN", "v": "NaN"}');
  });

  test('drops a byte-order mark', () => {
    assert.deepEqual(readJson('\uFEFF[1]', 'lmarena-prices', 'x.json'), [1]);
  });

  test('says a truncated payload is not valid JSON', () => {
    assert.throws(
      () => readJson('{"full": {', 'lmarena-ratings', 'https://example.com/x.json'),
      (e: unknown) =>
        e instanceof PayloadError &&
        /not valid JSON/.test(e.problem) &&
        e.message.startsWith('lmarena-ratings: https://example.com/x.json:'),
    );
  });
});

describe('readCsv', () => {
  test('keys cells by header name and counts rows from 1 after the header', () => {
    const table = readCsv('\uFEFFa,b\n1,"x, y"\n\n2,z\n', 'lmarena-keys', 'x.csv');
    assert.deepEqual(table.header, ['a', 'b']);
    assert.deepEqual(table.rows, [
      { row: 1, width: 2, cells: { a: '1', b: 'x, y' } },
      { row: 2, width: 2, cells: { a: '2', b: 'z' } },
    ]);
  });

  test('names missing columns, alternatives included, and the columns found', () => {
    const table = readCsv('model,votes\nx,1', 'lmarena-leaderboard', 'x.csv');
    assert.throws(
      () => requireColumns(table, ['model', ['arena_score', 'arena_elo']], 'lmarena-leaderboard', 'x.csv'),
      (e: unknown) =>
        e instanceof PayloadError &&
        e.problem === 'the CSV header lacks `arena_score or arena_elo`; it has `model`, `votes`',
    );
  });
});
