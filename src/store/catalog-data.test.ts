import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { makeArena, makeDraft, makeInput, makePricing, makeRecord } from './fixtures.ts';
import { openStore } from './open.ts';
import type { Store } from './types.ts';

let store: Store;
beforeEach(async () => {
  store = await openStore(':memory:');
});
afterEach(() => store.close());

const OR_MAY = makeInput({
  sha256: '1'.repeat(64),
  location: 'openrouter/models_2025-05-01.json',
  date: '2025-05-01',
});
const OR_JULY = makeInput({
  sha256: '2'.repeat(64),
  location: 'openrouter/models_2025-07-29.json',
  date: '2025-07-29',
});
const TEXT = makeInput({
  sha256: '3'.repeat(64),
  kind: 'lmarena.catalog.ratings',
  location: 'lmarena/text.json',
  date: '2025-05-20',
  meta: { arena: 'text' },
});
const VISION = makeInput({
  sha256: '4'.repeat(64),
  kind: 'lmarena.catalog.ratings',
  location: 'lmarena/vision.json',
  date: '2025-05-20',
  meta: { arena: 'vision' },
});
const BOARD = makeInput({
  sha256: '5'.repeat(64),
  kind: 'lmarena.leaderboard.csv',
  location: 'lmarena/board.csv',
  date: '2025-05-19',
});
const LITELLM = makeInput({
  sha256: '6'.repeat(64),
  kind: 'litellm.prices',
  location: 'litellm/prices.json',
  date: '2025-05-13',
});
const MODELSDEV = makeInput({
  sha256: '7'.repeat(64),
  kind: 'modelsdev.api',
  location: 'models.dev/api.json',
  date: '2026-05-15',
});

const glm = (input: number, rank: number) =>
  makeRecord({
    id: 'z-ai/glm-4-32b',
    sourceType: 'openrouter+arena',
    pricing: makePricing(input, input),
    ids: {
      openrouter: 'z-ai/glm-4-32b',
      canonicalSlug: 'z-ai/glm-4-32b-0414',
      arena: 'glm-4-32b',
      huggingFace: null,
      litellm: 'openrouter/z-ai/glm-4-32b',
      modelsDev: 'openrouter/z-ai/glm-4-32b',
    },
    arena: makeArena({ key: 'glm-4-32b', displayName: 'GLM-4-32B', rank }),
    otherArenas: [
      makeArena({ arena: 'vision', key: 'glm-4-32b', displayName: 'GLM-4-32B (vision)', rank: 30 }),
    ],
  });
const gpt = makeRecord({ id: 'openai/gpt-4.1', name: 'OpenAI: GPT-4.1', pricing: makePricing(2, 8) });

async function seed() {
  const may = await store.writeSnapshot(
    makeDraft({
      asOf: '2025-05-01',
      inputs: [OR_MAY],
      records: [glm(0.1, 12), gpt],
      raw: [
        {
          inputSha256: OR_MAY.sha256,
          source: 'openrouter',
          recordId: 'z-ai/glm-4-32b',
          raw: { id: 'z-ai/glm-4-32b', v: 'may' },
        },
        {
          inputSha256: OR_MAY.sha256,
          source: 'openrouter',
          recordId: 'openai/gpt-4.1',
          raw: { id: 'openai/gpt-4.1' },
        },
      ],
    }),
  );
  const july = await store.writeSnapshot(
    makeDraft({
      asOf: '2025-07-29',
      inputs: [OR_JULY, TEXT, VISION, BOARD, LITELLM, MODELSDEV],
      records: [glm(0.2, 10), makeRecord({ id: 'openai/gpt-4.1-mini' })],
      raw: [
        {
          inputSha256: OR_JULY.sha256,
          source: 'openrouter',
          recordId: 'z-ai/glm-4-32b',
          raw: { id: 'z-ai/glm-4-32b', v: 'july' },
        },
        {
          inputSha256: OR_JULY.sha256,
          source: 'openrouter',
          recordId: 'openai/gpt-4.1-mini',
          raw: { id: 'openai/gpt-4.1-mini' },
        },
        {
          inputSha256: TEXT.sha256,
          source: 'lmarena-ratings',
          recordId: 'glm-4-32b',
          raw: { full: { rating: 1250.1 } },
        },
        {
          inputSha256: TEXT.sha256,
          source: 'lmarena-ratings',
          recordId: 'glm-4-plus',
          raw: { full: { rating: 1274.5 } },
        },
        {
          inputSha256: VISION.sha256,
          source: 'lmarena-ratings',
          recordId: 'glm-4-32b',
          raw: { full: { rating: 1100.2 } },
        },
        {
          inputSha256: BOARD.sha256,
          source: 'lmarena-leaderboard',
          recordId: 'GLM-4-32B',
          raw: { Model: 'GLM-4-32B', Votes: '1,204' },
        },
        {
          inputSha256: BOARD.sha256,
          source: 'lmarena-leaderboard',
          recordId: 'GLM-4-32B (vision)',
          raw: { Model: 'GLM-4-32B (vision)' },
        },
        {
          inputSha256: LITELLM.sha256,
          source: 'litellm',
          recordId: 'openrouter/z-ai/glm-4-32b',
          raw: { input_cost_per_token: 1e-7 },
        },
        {
          inputSha256: MODELSDEV.sha256,
          source: 'modelsdev',
          recordId: 'openrouter/z-ai/glm-4-32b',
          raw: { id: 'z-ai/glm-4-32b' },
        },
      ],
    }),
  );
  return { may, july };
}

describe('loadCatalogData', () => {
  test('assembles the snapshot, its records, and every snapshot oldest first', async () => {
    const { may, july } = await seed();
    const data = await store.loadCatalogData(july.id);
    assert.deepEqual(data.snapshot, july);
    assert.deepEqual(data.snapshots, [may, july]);
    assert.deepEqual(data.records, [glm(0.2, 10), makeRecord({ id: 'openai/gpt-4.1-mini' })]);
  });

  test('finds each model raw records through its ids, from this snapshot inputs only', async () => {
    const { july } = await seed();
    const data = await store.loadCatalogData(july.id);
    assert.deepEqual(
      data.raw['z-ai/glm-4-32b']!.map((r) => [r.source, r.recordId, r.asOf, r.location, r.raw]),
      [
        ['openrouter', 'z-ai/glm-4-32b', '2025-07-29', OR_JULY.location, { id: 'z-ai/glm-4-32b', v: 'july' }],
        ['lmarena-ratings', 'glm-4-32b', '2025-05-20', TEXT.location, { full: { rating: 1250.1 } }],
        ['lmarena-ratings', 'glm-4-32b', '2025-05-20', VISION.location, { full: { rating: 1100.2 } }],
        [
          'lmarena-leaderboard',
          'GLM-4-32B',
          '2025-05-19',
          BOARD.location,
          { Model: 'GLM-4-32B', Votes: '1,204' },
        ],
        [
          'lmarena-leaderboard',
          'GLM-4-32B (vision)',
          '2025-05-19',
          BOARD.location,
          { Model: 'GLM-4-32B (vision)' },
        ],
        [
          'litellm',
          'openrouter/z-ai/glm-4-32b',
          '2025-05-13',
          LITELLM.location,
          { input_cost_per_token: 1e-7 },
        ],
        [
          'modelsdev',
          'openrouter/z-ai/glm-4-32b',
          '2026-05-15',
          MODELSDEV.location,
          { id: 'z-ai/glm-4-32b' },
        ],
      ],
    );
    assert.deepEqual(
      data.raw['openai/gpt-4.1-mini']!.map((r) => r.raw),
      [{ id: 'openai/gpt-4.1-mini' }],
    );
  });

  test('gives history per model up to the snapshot, and changes between consecutive snapshots newest first', async () => {
    const { may, july } = await seed();
    const dec = await store.writeSnapshot(
      makeDraft({ asOf: '2025-12-18', inputs: [OR_JULY], records: [glm(0.2, 8)], raw: [] }),
    );
    const data = await store.loadCatalogData(july.id);
    assert.deepEqual(
      data.history['z-ai/glm-4-32b']!.map((p) => [p.snapshotId, p.inputPer1M, p.arenaRank]),
      [
        [may.id, 0.1, 12],
        [july.id, 0.2, 10],
      ],
    );
    assert.deepEqual(
      data.history['openai/gpt-4.1-mini']!.map((p) => p.snapshotId),
      [july.id],
    );
    assert.equal(data.history['openai/gpt-4.1'], undefined);
    assert.deepEqual(
      data.changes.map((c) => [c.kind, c.modelId, c.field, c.from.snapshotId, c.to.snapshotId]),
      [
        ['added', 'openai/gpt-4.1-mini', null, may.id, july.id],
        ['removed', 'openai/gpt-4.1', null, may.id, july.id],
        ['price', 'z-ai/glm-4-32b', 'inputPer1M', may.id, july.id],
        ['price', 'z-ai/glm-4-32b', 'outputPer1M', may.id, july.id],
        ['rank', 'z-ai/glm-4-32b', 'arenaRank', may.id, july.id],
      ],
    );
    const latest = await store.loadCatalogData(dec.id);
    assert.deepEqual(
      latest.changes.map((c) => [c.kind, c.modelId, c.to.snapshotId]),
      [
        ['removed', 'openai/gpt-4.1-mini', dec.id],
        ['rank', 'z-ai/glm-4-32b', dec.id],
        ['added', 'openai/gpt-4.1-mini', july.id],
        ['removed', 'openai/gpt-4.1', july.id],
        ['price', 'z-ai/glm-4-32b', july.id],
        ['price', 'z-ai/glm-4-32b', july.id],
        ['rank', 'z-ai/glm-4-32b', july.id],
      ],
    );
    // An input reused by a later snapshot keeps serving its raw records there.
    assert.deepEqual(
      latest.raw['z-ai/glm-4-32b']!.map((r) => r.raw),
      [{ id: 'z-ai/glm-4-32b', v: 'july' }],
    );
  });

  test('says so when the snapshot does not exist', async () => {
    await assert.rejects(store.loadCatalogData(5), /There is no snapshot 5 in this database/);
  });
});
