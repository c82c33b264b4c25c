import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createProgress } from '../../src/cli/progress.ts';
import type { ModelRecord } from '../../src/domain/model.ts';
import { ingestRecordedAsOf, readRecordedData, replayRecorded } from '../../src/pipeline/ingest.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { miniFiles, writeMiniData } from '../fixtures/mini-data.ts';

const quiet = createProgress(process.stderr, true);

async function freshStore(): Promise<Store> {
  return openStore(':memory:');
}

describe('ingesting recorded files as of a date', () => {
  let dir: string;
  let store: Store;
  let records: Map<string, ModelRecord>;
  before(async () => {
    dir = await writeMiniData();
    store = await freshStore();
    const summary = await ingestRecordedAsOf(await readRecordedData(dir), '2025-05-15', {
      store,
      overrides: null,
      progress: quiet,
    });
    records = new Map((await store.loadRecords(summary.snapshot.id)).map((r) => [r.id, r]));
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('0.0000001 USD per token becomes $0.10 per 1M and the trailing space leaves the name', () => {
    const glm = records.get('z-ai/glm-4-32b')!;
    assert.equal(glm.pricing.inputPer1M, 0.1);
    assert.equal(glm.pricing.outputPer1M, 0.1);
    assert.equal(glm.name, 'Z.ai: GLM 4 32B');
    assert.equal(glm.contextLength, 128000);
    assert.equal(glm.ids.canonicalSlug, 'z-ai/glm-4-32b-0414');
  });
  test('a router priced -1 is variable, never $0', () => {
    const auto = records.get('openrouter/auto')!;
    assert.equal(auto.pricing.state, 'variable');
    assert.equal(auto.pricing.inputPer1M, null);
  });
  test('a :free variant is its own record, free', () => {
    const free = records.get('meta-llama/llama-3.1-8b-instruct:free')!;
    assert.equal(free.pricing.state, 'free');
    assert.equal(free.variant, 'free');
  });
  test('a dated OpenRouter id gets the arena facts of its dated key, with votes and style control', () => {
    const gpt = records.get('openai/gpt-4o-2024-08-06')!;
    assert.equal(gpt.sourceType, 'openrouter+arena');
    assert.equal(gpt.ids.arena, 'gpt-4o-2024-08-06');
    assert.equal(gpt.arena?.rank, 1);
    assert.equal(gpt.arena?.votes, 40000);
    assert.ok(gpt.arena?.styleControl);
    assert.ok(gpt.arena?.categories.coding);
    assert.ok(['exact', 'high'].includes(gpt.match.confidence));
    assert.ok(gpt.match.evidence.length > 0);
  });
  test('GLM 4 32B is not GLM-4-Plus: it stays unmatched and GLM-4-Plus gets its own arena-only page', () => {
    assert.equal(records.get('z-ai/glm-4-32b')!.ids.arena, null);
    assert.equal(records.get('z-ai/glm-4-32b')!.sourceType, 'openrouter_only');
    const plus = records.get('lmarena:glm-4-plus')!;
    assert.equal(plus.sourceType, 'arena_only');
    assert.equal(plus.name, 'GLM-4-Plus');
  });
  test('every record names the snapshot date and where its fields came from', () => {
    for (const r of records.values()) {
      assert.equal(r.asOf, '2025-05-15');
      assert.ok(r.provenance.name, `${r.id} has no provenance for its name`);
    }
    assert.deepEqual(records.get('z-ai/glm-4-32b')!.provenance.pricing, {
      source: 'openrouter',
      field: 'pricing',
      asOf: '2025-05-01',
    });
  });
});

describe('replaying the whole history', () => {
  test('one snapshot per date with something to build, and changes between them', async () => {
    const dir = await writeMiniData();
    const store = await freshStore();
    try {
      const { summaries, skipped } = await replayRecorded(await readRecordedData(dir), {
        store,
        overrides: null,
        progress: quiet,
      });
      assert.deepEqual(
        skipped.map((s) => s.date),
        ['2025-04-01'],
      );
      assert.deepEqual(
        summaries.map((s) => s.snapshot.asOf),
        ['2025-04-10', '2025-04-20', '2025-05-01', '2025-06-01'],
      );
      const june = summaries.at(-1)!;
      assert.deepEqual(
        june.rejections.map((r) => [r.source, r.recordId]),
        [['openrouter', 'broken/no-pricing']],
      );
      const changes = await store.changesBetween(summaries[2]!.snapshot.id, june.snapshot.id);
      const price = changes.find((c) => c.kind === 'price' && c.modelId === 'z-ai/glm-4-32b');
      assert.equal(price?.before, 0.1);
      assert.equal(price?.after, 0.2);
      assert.equal(price?.pct, 100);
      assert.ok(changes.some((c) => c.kind === 'removed' && c.modelId === 'acme/retired-1'));
      assert.ok(changes.some((c) => c.kind === 'added' && c.modelId === 'acme/new-2'));
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a payload that is not a catalog', () => {
  test('stops the ingest with a clear message and writes nothing; the previous snapshot stays the latest', async () => {
    const files = miniFiles();
    const dir = await writeMiniData(files);
    const store = await freshStore();
    try {
      const data = await readRecordedData(dir);
      const good = await ingestRecordedAsOf(data, '2025-05-15', { store, overrides: null, progress: quiet });
      await writeFile(
        join(dir, 'openrouter/models_2025-06-01.json'),
        '<!DOCTYPE html><html><body>502 Bad Gateway</body></html>',
      );
      await assert.rejects(
        ingestRecordedAsOf(data, '2025-06-15', { store, overrides: null, progress: quiet }),
        /openrouter.*models_2025-06-01\.json.*HTML/is,
      );
      const latest = await store.latestSnapshot();
      assert.equal(latest?.id, good.snapshot.id);
      assert.equal((await store.listSnapshots()).length, 1);
      await assert.rejects(replayRecorded(data, { store, overrides: null, progress: quiet }), /HTML/i);
      assert.equal((await store.listSnapshots()).length, 1, 'a failed replay writes nothing either');
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
