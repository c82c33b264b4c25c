import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { StoreError } from './errors.ts';
import { makeArena, makeDraft, makeInput, makePricing, makeRecord } from './fixtures.ts';
import { openStore } from './open.ts';
import { ALL_TABLES, countRows, tempDatabase } from './test-support.ts';
import type { Store } from './types.ts';

let tmp: ReturnType<typeof tempDatabase>;
let store: Store;
beforeEach(async () => {
  tmp = tempDatabase();
  store = await openStore(tmp.path);
});
afterEach(async () => {
  await store.close();
  tmp.cleanup();
});

const OPENROUTER = makeInput({ sha256: '1'.repeat(64), kind: 'openrouter.models', date: '2025-07-29' });
const LITELLM = makeInput({
  sha256: '2'.repeat(64),
  kind: 'litellm.prices',
  location: 'litellm/litellm_model_prices_2025-05-13.json',
  date: '2025-05-13',
  meta: { note: 'price map' },
});

describe('writeSnapshot', () => {
  test('round-trips records, rejections and inputs exactly', async () => {
    const records = [
      makeRecord({
        pricing: {
          ...makePricing(0.075, 0.3),
          extra: { cacheRead: 0.01875, request: null },
          otherRaw: { discount: '0' },
        },
      }),
      makeRecord({
        id: 'lmarena:glm-4-plus',
        name: 'GLM-4-Plus',
        sourceType: 'arena_only',
        ids: {
          openrouter: null,
          canonicalSlug: null,
          arena: 'glm-4-plus',
          huggingFace: null,
          litellm: null,
          modelsDev: null,
        },
        pricing: makePricing(null, null),
        contextLength: null,
        supportedParameters: null,
        arena: makeArena(),
        match: {
          confidence: 'unmatched',
          score: 0,
          evidence: ['no OpenRouter model shares its name'],
          variantKeys: [],
          alternatives: [],
          override: null,
        },
      }),
    ];
    const draft = makeDraft({
      inputs: [OPENROUTER, { ...LITELLM, partial: true }],
      records,
      rejections: [
        {
          source: 'openrouter',
          recordId: 'x/broken',
          field: 'pricing.prompt',
          reason: 'The prompt price "abc" is not a number.',
        },
        { source: 'litellm', recordId: null, field: null, reason: 'An entry without a key was skipped.' },
      ],
      raw: [],
    });
    const meta = await store.writeSnapshot(draft);
    assert.deepEqual(await store.loadRecords(meta.id), records);
    assert.deepEqual(await store.loadRejections(meta.id), draft.rejections);
    const read = await store.getSnapshot(meta.id);
    assert.deepEqual(read, meta);
    assert.deepEqual(read?.inputs, draft.inputs);
    assert.deepEqual(meta.counts, {
      models: 2,
      bySourceType: { openrouter_only: 1, arena_only: 1 },
      byConfidence: { unmatched: 2 },
      rejected: 2,
    });
  });

  test('keeps an input used by several snapshots, and identical records across files, once', async () => {
    const shared = { id: 'z-ai/glm-4-32b', pricing: { prompt: '0.0000001', completion: '0.0000001' } };
    const draft = makeDraft({
      inputs: [OPENROUTER, LITELLM],
      raw: [
        { inputSha256: OPENROUTER.sha256, source: 'openrouter', recordId: 'z-ai/glm-4-32b', raw: shared },
        {
          inputSha256: OPENROUTER.sha256,
          source: 'openrouter',
          recordId: 'openai/gpt-4.1',
          raw: { id: 'openai/gpt-4.1' },
        },
        // Same value, other key order, other file: one blob.
        {
          inputSha256: LITELLM.sha256,
          source: 'litellm',
          recordId: 'openrouter/z-ai/glm-4-32b',
          raw: { pricing: { completion: '0.0000001', prompt: '0.0000001' }, id: 'z-ai/glm-4-32b' },
        },
      ],
    });
    for (let i = 0; i < 20; i++)
      await store.writeSnapshot({ ...draft, asOf: `2025-08-${String(i + 1).padStart(2, '0')}` });
    assert.deepEqual(
      countRows(tmp.path, ['snapshot', 'snapshot_input', 'input_file', 'raw_record', 'raw_blob']),
      {
        snapshot: 20,
        snapshot_input: 40,
        input_file: 2,
        raw_record: 3,
        raw_blob: 2,
      },
    );
    const latest = (await store.latestSnapshot())!;
    const fromLiteLLM = await store.rawFor(latest.id, 'litellm', 'openrouter/z-ai/glm-4-32b');
    assert.deepEqual(fromLiteLLM, [
      {
        source: 'litellm',
        recordId: 'openrouter/z-ai/glm-4-32b',
        asOf: '2025-05-13',
        location: LITELLM.location,
        raw: shared,
      },
    ]);
  });

  test('re-indexes an input when a later draft brings a different number of its raw records', async () => {
    const first = await store.writeSnapshot(makeDraft({ raw: [] }));
    assert.deepEqual(await store.rawFor(first.id, 'openrouter', 'z-ai/glm-4-32b'), []);
    const second = await store.writeSnapshot(makeDraft({ asOf: '2025-07-30' }));
    const raw = await store.rawFor(second.id, 'openrouter', 'z-ai/glm-4-32b');
    assert.equal(raw.length, 1);
    // The file's records belong to every snapshot that used it, the earlier one too.
    assert.deepEqual(await store.rawFor(first.id, 'openrouter', 'z-ai/glm-4-32b'), raw);
  });

  test('keeps upstream key order in the stored raw record', async () => {
    const meta = await store.writeSnapshot(
      makeDraft({
        raw: [
          {
            inputSha256: 'a'.repeat(64),
            source: 'openrouter',
            recordId: 'z-ai/glm-4-32b',
            raw: { name: 'n', id: 'i' },
          },
        ],
      }),
    );
    const [raw] = await store.rawFor(meta.id, 'openrouter', 'z-ai/glm-4-32b');
    assert.deepEqual(Object.keys(raw!.raw as object), ['name', 'id']);
  });

  test('a write that fails midway leaves no trace and the previous snapshot stays the latest', async () => {
    const before = await store.writeSnapshot(makeDraft());
    const counts = countRows(tmp.path, [...ALL_TABLES]);
    // Inputs, rejections and raw records go in first; the second record's pricing state breaks a check constraint.
    const broken = makeRecord({ id: 'openai/gpt-4o' });
    Object.assign(broken.pricing, { state: 'cheap' });
    const failing = makeDraft({
      asOf: '2025-12-18',
      inputs: [OPENROUTER, LITELLM],
      rejections: [{ source: 'openrouter', recordId: 'x', field: null, reason: 'Malformed.' }],
      records: [makeRecord({ id: 'openai/gpt-4.1' }), broken],
      raw: [
        {
          inputSha256: OPENROUTER.sha256,
          source: 'openrouter',
          recordId: 'openai/gpt-4.1',
          raw: { id: 'openai/gpt-4.1' },
        },
        { inputSha256: LITELLM.sha256, source: 'litellm', recordId: 'gpt-4.1', raw: { max_tokens: 32768 } },
      ],
    });
    await assert.rejects(
      store.writeSnapshot(failing),
      (e: unknown) =>
        e instanceof StoreError &&
        /^Writing the snapshot for 2025-12-18 failed \(CHECK constraint failed: .*\)\. Nothing was written; the latest snapshot is unchanged\.$/.test(
          e.message,
        ),
    );
    assert.deepEqual(countRows(tmp.path, [...ALL_TABLES]), counts);
    assert.deepEqual(await store.latestSnapshot(), before);
    assert.deepEqual(await store.listSnapshots(), [before]);
    // The store is still writable afterwards.
    const after = await store.writeSnapshot({ ...failing, records: [makeRecord({ id: 'openai/gpt-4.1' })] });
    assert.deepEqual(await store.latestSnapshot(), after);
  });

  test('refuses two records with one id before writing anything', async () => {
    const draft = makeDraft({
      records: [makeRecord({ id: 'openai/gpt-4.1' }), makeRecord({ id: 'openai/gpt-4.1' })],
    });
    await assert.rejects(
      store.writeSnapshot(draft),
      /two records with the id "openai\/gpt-4.1"; nothing was written/,
    );
    assert.equal(countRows(tmp.path, ['snapshot']).snapshot, 0);
  });

  test('refuses raw records of an input the snapshot does not list, before writing anything', async () => {
    const draft = makeDraft({
      raw: [{ inputSha256: 'f'.repeat(64), source: 'openrouter', recordId: 'z-ai/glm-4-32b', raw: {} }],
    });
    await assert.rejects(
      store.writeSnapshot(draft),
      (e: unknown) =>
        e instanceof StoreError &&
        /names input f{64}, which is not among the snapshot's inputs/.test(e.message),
    );
    assert.equal(countRows(tmp.path, ['snapshot']).snapshot, 0);
  });

  test('refuses a raw record that is not a JSON value', async () => {
    const draft = makeDraft({
      raw: [{ inputSha256: 'a'.repeat(64), source: 'openrouter', recordId: 'z', raw: undefined }],
    });
    await assert.rejects(store.writeSnapshot(draft), /"z" is not a JSON value; nothing was written/);
    assert.equal(countRows(tmp.path, ['snapshot']).snapshot, 0);
  });

  test('refuses dates that are not ISO', async () => {
    await assert.rejects(
      store.writeSnapshot(makeDraft({ asOf: '29/07/2025' })),
      /"29\/07\/2025" is not an ISO date/,
    );
    await assert.rejects(
      store.writeSnapshot(makeDraft({ createdAt: 'yesterday' })),
      /"yesterday" is not an ISO timestamp/,
    );
  });

  test('an empty snapshot is written and read back', async () => {
    const meta = await store.writeSnapshot(makeDraft({ inputs: [], records: [], raw: [] }));
    assert.deepEqual(await store.loadRecords(meta.id), []);
    assert.deepEqual(meta.counts, { models: 0, bySourceType: {}, byConfidence: {}, rejected: 0 });
  });

  test('reading an unknown snapshot says so', async () => {
    await assert.rejects(store.loadRecords(42), /There is no snapshot 42 in this database/);
    await assert.rejects(store.loadRejections(42), /There is no snapshot 42/);
    await assert.rejects(store.rawFor(42, 'openrouter', 'x'), /There is no snapshot 42/);
  });
});
