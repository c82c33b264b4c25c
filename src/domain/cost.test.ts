import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { monthlyCost, workloadProblems } from './cost.ts';

const priced = (inputPer1M: number | null, outputPer1M: number | null, cacheRead?: number | null) => ({
  state: 'priced' as const,
  inputPer1M,
  outputPer1M,
  extra: cacheRead === undefined ? {} : { cacheRead },
});

describe('monthlyCost', () => {
  test('is exact to the cent where float multiplication drifts', () => {
    const cost = monthlyCost(priced(0.1, 0.1), { inputTokens: 1_000_000, outputTokens: 0, cachedPct: 0 });
    assert.equal(cost.kind, 'amount');
    assert.equal(cost.kind === 'amount' && cost.total, 0.1);
    // The float path gives 0.30000000000000004 here; the decimal path gives 0.3.
    const three = monthlyCost(priced(0.1, 0.2), {
      inputTokens: 1_000_000,
      outputTokens: 1_000_000,
      cachedPct: 0,
    });
    assert.equal(three.kind === 'amount' && three.total, 0.3);
  });

  test('adds input and output at their own prices', () => {
    const cost = monthlyCost(priced(2.5, 10), {
      inputTokens: 10_000_000,
      outputTokens: 2_000_000,
      cachedPct: 0,
    });
    assert.deepEqual(cost, {
      kind: 'amount',
      total: 45,
      input: 25,
      cached: 0,
      output: 20,
      cacheReadPriced: false,
    });
  });

  test('prices the cached share at the cache-read price when the model has one', () => {
    const cost = monthlyCost(priced(3, 15, 0.3), {
      inputTokens: 10_000_000,
      outputTokens: 1_000_000,
      cachedPct: 50,
    });
    assert.deepEqual(cost, {
      kind: 'amount',
      total: 31.5,
      input: 15,
      cached: 1.5,
      output: 15,
      cacheReadPriced: true,
    });
  });

  test('prices the cached share at the input price when there is no cache-read price, and says so', () => {
    const cost = monthlyCost(priced(3, 15), { inputTokens: 1_000_000, outputTokens: 0, cachedPct: 12.5 });
    assert.deepEqual(cost, {
      kind: 'amount',
      total: 3,
      input: 2.625,
      cached: 0.375,
      output: 0,
      cacheReadPriced: false,
    });
  });

  test('handles per-token prices as small as $0.0000075 per 1M without losing digits', () => {
    const cost = monthlyCost(priced(0.0000075, 0), { inputTokens: 3, outputTokens: 0, cachedPct: 0 });
    assert.equal(cost.kind === 'amount' && cost.total, 2.25e-11);
  });

  test('a free model costs 0', () => {
    const cost = monthlyCost(
      { state: 'free', inputPer1M: 0, outputPer1M: 0 },
      { inputTokens: 5, outputTokens: 5, cachedPct: 0 },
    );
    assert.equal(cost.kind === 'amount' && cost.total, 0);
  });

  test('a variable price gives no figure, never $0', () => {
    assert.deepEqual(
      monthlyCost(
        { state: 'variable', inputPer1M: null, outputPer1M: null },
        { inputTokens: 1, outputTokens: 1, cachedPct: 0 },
      ),
      { kind: 'variable' },
    );
  });

  test('an unknown side makes the cost unknown only when that side has tokens', () => {
    assert.deepEqual(monthlyCost(priced(1, null), { inputTokens: 1, outputTokens: 1, cachedPct: 0 }), {
      kind: 'unknown',
      missing: ['output'],
    });
    const inputOnly = monthlyCost(priced(1, null), { inputTokens: 1_000_000, outputTokens: 0, cachedPct: 0 });
    assert.equal(inputOnly.kind === 'amount' && inputOnly.total, 1);
  });
});

describe('workloadProblems', () => {
  test('accepts a plain workload', () => {
    assert.deepEqual(workloadProblems({ inputTokens: 10, outputTokens: 0, cachedPct: 12.5 }), []);
  });

  test('rejects negative or fractional tokens and shares outside 0–100 or with more than two decimals', () => {
    assert.equal(workloadProblems({ inputTokens: -1, outputTokens: 1.5, cachedPct: 0 }).length, 2);
    assert.match(workloadProblems({ inputTokens: 1, outputTokens: 1, cachedPct: 101 })[0]!, /from 0 to 100/);
    assert.match(workloadProblems({ inputTokens: 1, outputTokens: 1, cachedPct: 1.234 })[0]!, /two decimals/);
  });
});
