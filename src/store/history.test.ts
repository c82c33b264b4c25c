import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { ModelRecord } from '../domain/model.ts';
import { makeArena, makeDraft, makePricing, makeRecord } from './fixtures.ts';
import { openStore } from './open.ts';
import type { Store } from './types.ts';

let store: Store;
beforeEach(async () => {
  store = await openStore(':memory:');
});
afterEach(() => store.close());

const write = (asOf: string, records: ModelRecord[] = [makeRecord()]) =>
  store.writeSnapshot(makeDraft({ asOf, createdAt: `${asOf}T06:00:00.000Z`, records }));

describe('choosing a snapshot', () => {
  test('snapshotAsOf picks the greatest as-of date not after the date, the last written among ties', async () => {
    const may = await write('2025-05-01');
    const julyFirst = await write('2025-07-29');
    const dec = await write('2025-12-18');
    const julyAgain = await write('2025-07-29');
    assert.equal(await store.snapshotAsOf('2025-04-30'), null);
    assert.equal((await store.snapshotAsOf('2025-05-01'))?.id, may.id);
    assert.equal((await store.snapshotAsOf('2025-07-28'))?.id, may.id);
    assert.equal((await store.snapshotAsOf('2025-07-29'))?.id, julyAgain.id);
    assert.equal((await store.snapshotAsOf('2025-12-17'))?.id, julyAgain.id);
    assert.equal((await store.snapshotAsOf('2030-01-01'))?.id, dec.id);
    assert.notEqual(julyFirst.id, julyAgain.id);
    await assert.rejects(store.snapshotAsOf('July'), /"July" is not an ISO date/);
  });

  test('latestSnapshot is the newest day, even when an older day was written after it', async () => {
    assert.equal(await store.latestSnapshot(), null);
    const dec = await write('2025-12-18');
    await write('2025-05-01');
    assert.deepEqual(await store.latestSnapshot(), dec);
  });

  test('listSnapshots goes oldest first by as-of date, then by write order', async () => {
    const dec = await write('2025-12-18');
    const may = await write('2025-05-01');
    const mayAgain = await write('2025-05-01');
    assert.deepEqual(
      (await store.listSnapshots()).map((s) => s.id),
      [may.id, mayAgain.id, dec.id],
    );
  });
});

describe('history', () => {
  test('returns the model points oldest first, up to the snapshot, one per day', async () => {
    const priced = (input: number, context: number, arena: ModelRecord['arena']) =>
      makeRecord({ pricing: makePricing(input, input * 5), contextLength: context, arena });
    const dec = await write('2025-12-18', [
      priced(6, 200000, makeArena({ rank: 9, asOf: '2025-12-17', of: 260 })),
    ]);
    const mayStale = await write('2025-05-01', [priced(1, 100000, null)]);
    const may = await write('2025-05-01', [priced(3, 100000, null)]);
    const july = await write('2025-07-29', [priced(3, 128000, makeArena({ rank: 12, score: 1274.52 }))]);
    await write('2026-01-07', [priced(7, 200000, null)]);

    const points = await store.history('z-ai/glm-4-32b', dec.id);
    assert.deepEqual(points, [
      {
        snapshotId: may.id,
        asOf: '2025-05-01',
        pricingState: 'priced',
        inputPer1M: 3,
        outputPer1M: 15,
        contextLength: 100000,
        arenaRank: null,
        arenaScore: null,
        arenaAsOf: null,
        arenaOf: null,
      },
      {
        snapshotId: july.id,
        asOf: '2025-07-29',
        pricingState: 'priced',
        inputPer1M: 3,
        outputPer1M: 15,
        contextLength: 128000,
        arenaRank: 12,
        arenaScore: 1274.52,
        arenaAsOf: '2025-05-20',
        arenaOf: 210,
      },
      {
        snapshotId: dec.id,
        asOf: '2025-12-18',
        pricingState: 'priced',
        inputPer1M: 6,
        outputPer1M: 30,
        contextLength: 200000,
        arenaRank: 9,
        arenaScore: 1274.52,
        arenaAsOf: '2025-12-17',
        arenaOf: 260,
      },
    ]);
    // Asked for the superseded write itself, the timeline ends at it.
    assert.deepEqual(
      (await store.history('z-ai/glm-4-32b', mayStale.id)).map((p) => p.inputPer1M),
      [1],
    );
    assert.deepEqual(await store.history('nobody/unknown', dec.id), []);
    await assert.rejects(store.history('z-ai/glm-4-32b', 999), /There is no snapshot 999/);
  });

  test('skips the days a model was absent', async () => {
    const a = await write('2025-05-01');
    await write('2025-07-29', [makeRecord({ id: 'openai/gpt-4.1' })]);
    const c = await write('2025-12-18');
    assert.deepEqual(
      (await store.history('z-ai/glm-4-32b', c.id)).map((p) => p.snapshotId),
      [a.id, c.id],
    );
  });
});

describe('changesBetween', () => {
  test('compares any two snapshots directly and finds every kind of change', async () => {
    const from = await write('2025-05-01', [
      makeRecord({
        id: 'anthropic/claude-3.5-sonnet',
        pricing: makePricing(3, 15),
        arena: makeArena({ rank: 5 }),
      }),
      makeRecord({ id: 'anthropic/claude-3.5-sonnet-20240620' }),
      makeRecord({ id: 'meta-llama/llama-3.1-405b-instruct', contextLength: 32768 }),
    ]);
    await write('2025-07-29', [makeRecord({ id: 'openai/gpt-4.1' })]);
    const to = await write('2025-12-18', [
      makeRecord({
        id: 'anthropic/claude-3.5-sonnet',
        pricing: makePricing(6, 30),
        arena: makeArena({ rank: 7, asOf: '2025-12-17' }),
      }),
      makeRecord({ id: 'meta-llama/llama-3.1-405b-instruct', contextLength: 130815 }),
      makeRecord({ id: 'z-ai/glm-4-32b' }),
    ]);
    const changes = await store.changesBetween(from.id, to.id);
    assert.deepEqual(
      changes.map((c) => [
        c.kind,
        c.modelId,
        c.field,
        c.before,
        c.after,
        c.pct,
        c.from.snapshotId,
        c.to.snapshotId,
      ]),
      [
        ['added', 'z-ai/glm-4-32b', null, null, null, null, from.id, to.id],
        ['removed', 'anthropic/claude-3.5-sonnet-20240620', null, null, null, null, from.id, to.id],
        ['price', 'anthropic/claude-3.5-sonnet', 'inputPer1M', 3, 6, 100, from.id, to.id],
        ['price', 'anthropic/claude-3.5-sonnet', 'outputPer1M', 15, 30, 100, from.id, to.id],
        [
          'context',
          'meta-llama/llama-3.1-405b-instruct',
          'contextLength',
          32768,
          130815,
          299.2157,
          from.id,
          to.id,
        ],
        ['rank', 'anthropic/claude-3.5-sonnet', 'arenaRank', 5, 7, 40, from.id, to.id],
      ],
    );
    assert.deepEqual(await store.changesBetween(to.id, to.id), []);
    await assert.rejects(store.changesBetween(from.id, 77), /There is no snapshot 77/);
  });
});
