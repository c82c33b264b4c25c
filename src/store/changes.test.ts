import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diffFacts, type FactSet, type ModelFact, percentChange } from './changes.ts';

function fact(modelId: string, overrides: Partial<ModelFact> = {}): ModelFact {
  return {
    modelId,
    name: modelId.toUpperCase(),
    snapshotId: 1,
    asOf: '2025-05-01',
    pricingState: 'priced',
    inputPer1M: 3,
    outputPer1M: 15,
    contextLength: 200000,
    arenaRank: 5,
    arenaScore: 1300.5,
    arenaAsOf: '2025-05-01',
    arenaOf: 200,
    ...overrides,
  };
}

const set = (snapshotId: number, asOf: string, facts: ModelFact[]): FactSet => ({ snapshotId, asOf, facts });
const ENDS = { from: { snapshotId: 1, asOf: '2025-05-01' }, to: { snapshotId: 2, asOf: '2025-12-18' } };

describe('diffFacts', () => {
  test('reports nothing when only the score, the arena date, the arena size or the pricing state moved', () => {
    const before = set(1, '2025-05-01', [
      fact('a'),
      fact('v', { pricingState: 'variable', inputPer1M: null, outputPer1M: null }),
    ]);
    const after = set(2, '2025-12-18', [
      fact('a', { arenaScore: 1412.2, arenaAsOf: '2025-12-17', arenaOf: 260 }),
      fact('v', { pricingState: 'unknown', inputPer1M: null, outputPer1M: null }),
    ]);
    assert.deepEqual(diffFacts(before, after), []);
  });

  test('finds added and removed models, and nothing else about them', () => {
    const changes = diffFacts(
      set(1, '2025-05-01', [fact('gone', { inputPer1M: 1 }), fact('kept')]),
      set(2, '2025-12-18', [fact('kept'), fact('new', { inputPer1M: 9 })]),
    );
    assert.deepEqual(changes, [
      {
        kind: 'added',
        modelId: 'new',
        name: 'NEW',
        ...ENDS,
        field: null,
        before: null,
        after: null,
        pct: null,
      },
      {
        kind: 'removed',
        modelId: 'gone',
        name: 'GONE',
        ...ENDS,
        field: null,
        before: null,
        after: null,
        pct: null,
      },
    ]);
  });

  test('reports input and output prices separately, with percentages', () => {
    const changes = diffFacts(
      set(1, '2025-05-01', [fact('anthropic/claude-3.5-sonnet')]),
      set(2, '2025-12-18', [
        fact('anthropic/claude-3.5-sonnet', { inputPer1M: 6, outputPer1M: 30, name: 'Renamed' }),
      ]),
    );
    assert.deepEqual(changes, [
      {
        kind: 'price',
        modelId: 'anthropic/claude-3.5-sonnet',
        name: 'Renamed',
        ...ENDS,
        field: 'inputPer1M',
        before: 3,
        after: 6,
        pct: 100,
      },
      {
        kind: 'price',
        modelId: 'anthropic/claude-3.5-sonnet',
        name: 'Renamed',
        ...ENDS,
        field: 'outputPer1M',
        before: 15,
        after: 30,
        pct: 100,
      },
    ]);
  });

  test('reports a price becoming free or unknown, with a percentage only when both are figures', () => {
    const changes = diffFacts(
      set(1, '2025-05-01', [fact('f'), fact('u')]),
      set(2, '2025-12-18', [
        fact('f', { pricingState: 'free', inputPer1M: 0, outputPer1M: 0 }),
        fact('u', { pricingState: 'unknown', inputPer1M: null, outputPer1M: 15 }),
      ]),
    );
    assert.deepEqual(
      changes.map((c) => [c.modelId, c.field, c.before, c.after, c.pct]),
      [
        ['f', 'inputPer1M', 3, 0, -100],
        ['f', 'outputPer1M', 15, 0, -100],
        ['u', 'inputPer1M', 3, null, null],
      ],
    );
  });

  test('reports context and rank changes, a rank lost or gained included', () => {
    const changes = diffFacts(
      set(1, '2025-05-01', [
        fact('meta-llama/llama-3.1-405b-instruct', { contextLength: 32768 }),
        fact('r'),
        fact('lost'),
        fact('won', { arenaRank: null }),
      ]),
      set(2, '2025-12-18', [
        fact('meta-llama/llama-3.1-405b-instruct', { contextLength: 130815 }),
        fact('r', { arenaRank: 9, arenaAsOf: '2025-12-17' }),
        fact('lost', { arenaRank: null, arenaScore: null, arenaAsOf: null, arenaOf: null }),
        fact('won', { arenaRank: 40 }),
      ]),
    );
    assert.deepEqual(
      changes.map((c) => [c.kind, c.modelId, c.field, c.before, c.after, c.pct]),
      [
        ['context', 'meta-llama/llama-3.1-405b-instruct', 'contextLength', 32768, 130815, 299.2157],
        ['rank', 'lost', 'arenaRank', 5, null, null],
        ['rank', 'r', 'arenaRank', 5, 9, 80],
        ['rank', 'won', 'arenaRank', null, 40, null],
      ],
    );
  });

  test('reports a rank that moved within the same leaderboard file (a changed match)', () => {
    const changes = diffFacts(
      set(1, '2025-05-01', [fact('m')]),
      set(2, '2025-05-02', [fact('m', { arenaRank: 2 })]),
    );
    assert.deepEqual(
      changes.map((c) => [c.kind, c.before, c.after]),
      [['rank', 5, 2]],
    );
  });
});

describe('percentChange', () => {
  test('rounds float noise away and has no value from zero or unknown', () => {
    assert.equal(percentChange(0.1, 0.15), 50);
    assert.equal(percentChange(3, 1), -66.6667);
    assert.equal(percentChange(0, 1), null);
    assert.equal(percentChange(null, 1), null);
    assert.equal(percentChange(1, null), null);
  });
});
