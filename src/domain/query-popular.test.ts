import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeExplorerData, encodeExplorerData } from './explorer-rows.ts';
import { applyQuery, parseQuery, type QueryRecord, queryString } from './query.ts';
import { popularFloor } from './query-apply.ts';
import { COLUMNS, type Column, usageValue } from './query-columns.ts';

function row(id: string, usage: QueryRecord['usage'], free = false): QueryRecord {
  return {
    id,
    name: id,
    author: id.split('/')[0]!,
    sourceType: 'openrouter_only',
    match: { confidence: 'unmatched' },
    contextLength: null,
    maxCompletionTokens: null,
    modalities: { input: ['text'], output: ['text'] },
    supportedParameters: null,
    pricing: free
      ? { state: 'free', inputPer1M: 0, outputPer1M: 0 }
      : { state: 'priced', inputPer1M: 1, outputPer1M: 2 },
    arena: null,
    license: null,
    openWeights: null,
    created: null,
    usage,
  };
}

const used = (tokens7d: number, daysCovered7d = 7) => ({ tokens7d, daysCovered7d });

const RECORDS: QueryRecord[] = [
  row('a/most', used(900_000_000_000)),
  row('b/second', used(500_000_000_000)),
  row('c/tied-third', used(200_000_000_000), true),
  row('d/tied-third', used(200_000_000_000)),
  row('e/fifth', used(1_000_000), true),
  row('f/zero', used(0)),
  row('g/none', null),
  // Rows for the 30 days but none in the last 7: no figure, not 0 tokens.
  row('h/stale', used(0, 0)),
];

function ids(text: string): string[] {
  const parsed = parseQuery(new URLSearchParams(text));
  if (!parsed.ok) assert.fail(parsed.errors.join(' | '));
  return applyQuery(RECORDS, parsed.query).rows.map((r) => r.id);
}

describe('the popular filter keeps the N most used models', () => {
  test('popular=2 keeps the two models with the most 7-day tokens', () => {
    assert.deepEqual(new Set(ids('popular=2')), new Set(['a/most', 'b/second']));
  });

  test('a tie at the boundary keeps every tied model', () => {
    assert.deepEqual(
      new Set(ids('popular=3')),
      new Set(['a/most', 'b/second', 'c/tied-third', 'd/tied-third']),
    );
  });

  test('models with no usage data, zero tokens or no data in the 7 days are never popular', () => {
    assert.deepEqual(
      new Set(ids('popular=100')),
      new Set(['a/most', 'b/second', 'c/tied-third', 'd/tied-third', 'e/fifth']),
    );
  });

  test('it is judged on the whole catalog before other filters', () => {
    // The free models among the three most used, not the three most used free models.
    assert.deepEqual(ids('popular=3&free=1'), ['c/tied-third']);
  });

  test('sorted by usage, the first N rows are the popular=N rows', () => {
    assert.deepEqual(ids('sort=usage&per=2'), ids('popular=2&sort=usage'));
    assert.deepEqual(ids('sort=usage').slice(0, 2), ['a/most', 'b/second']);
  });

  test('with nothing in use, popular keeps nothing', () => {
    assert.equal(popularFloor([row('x/y', null)], 5), Number.POSITIVE_INFINITY);
    assert.equal(popularFloor(RECORDS, null), null);
  });

  test('the island rows give the same popular set as the full records', () => {
    const decoded = decodeExplorerData(encodeExplorerData(RECORDS, 'v1'));
    for (const text of ['popular=1', 'popular=3', 'popular=3&free=1', 'sort=usage', 'sort=usage&dir=asc']) {
      const parsed = parseQuery(new URLSearchParams(text));
      assert.ok(parsed.ok);
      assert.deepEqual(
        applyQuery(decoded, parsed.query).rows.map((r) => r.id),
        applyQuery(RECORDS, parsed.query).rows.map((r) => r.id),
        text,
      );
    }
  });
});

describe('the popular parameter', () => {
  test('round-trips through the canonical URL', () => {
    const parsed = parseQuery(new URLSearchParams('popular=25'));
    assert.ok(parsed.ok);
    assert.equal(parsed.query.popular, 25);
    assert.equal(queryString(parsed.query), '?popular=25');
  });

  test('refuses zero, fractions, words and absurd sizes with a sentence', () => {
    for (const [text, message] of [
      ['popular=0', /"popular" must be 1 or more/],
      ['popular=2.5', /"popular" must be a whole number/],
      ['popular=lots', /"popular" must be a number/],
      ['popular=-3', /"popular" must not be negative|"popular" must be a number/],
      ['popular=1000000', /top N models by usage; give N of 10000 or less/],
    ] as const) {
      const parsed = parseQuery(new URLSearchParams(text));
      assert.ok(!parsed.ok, text);
      assert.match(parsed.errors.join(' '), message, text);
    }
  });
});

describe('the usage column', () => {
  const column: Column = COLUMNS.find((c) => c.id === 'usage')!;
  const scope = { arena: 'text', cat: null };

  test('shows 7-day tokens compactly and "No usage data" for none, never 0', () => {
    assert.equal(column.text(RECORDS[0]!, scope), '900B');
    assert.equal(column.text(row('g/none', null), scope), 'No usage data');
    assert.equal(column.text(row('h/stale', used(0, 0)), scope), 'No usage data');
    assert.equal(column.text(row('f/zero', used(0)), scope), '0');
  });

  test('sorts most used first, and models without data last', () => {
    assert.equal(column.defaultDir, 'desc');
    assert.deepEqual(ids('sort=usage').slice(-2), ['g/none', 'h/stale']);
    assert.equal(usageValue(row('h/stale', used(0, 0))), null);
  });
});
