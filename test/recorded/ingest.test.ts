// The recorded-data suite: the whole history of ../shared/data through the real pipeline.
// The directory comes from ATLAS_RECORDED_DATA (.ci/run sets it).

import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadOverrides } from '../../src/cli/commands/shared.ts';
import { createProgress } from '../../src/cli/progress.ts';
import type { ModelRecord } from '../../src/domain/model.ts';
import { type IngestSummary, readRecordedData, replayRecorded } from '../../src/pipeline/ingest.ts';
import { openStore, type Store } from '../../src/store/index.ts';

const dataDir = process.env.ATLAS_RECORDED_DATA;
if (!dataDir) {
  console.warn(
    '\n*** SKIPPED: the recorded-data suite needs ATLAS_RECORDED_DATA (the path of ../shared/data). .ci/run sets it. ***\n',
  );
}

describe('the recorded history of every source', {
  skip: !dataDir && 'ATLAS_RECORDED_DATA is not set',
}, () => {
  let dir: string;
  let store: Store;
  let summaries: IngestSummary[];
  let skipped: { date: string; why: string }[];
  const recordsAsOf = new Map<string, Map<string, ModelRecord>>();

  async function recordsOn(date: string): Promise<Map<string, ModelRecord>> {
    let got = recordsAsOf.get(date);
    if (!got) {
      const snap = await store.snapshotAsOf(date);
      assert.ok(snap, `a snapshot exists on or before ${date}`);
      got = new Map((await store.loadRecords(snap.id)).map((r) => [r.id, r]));
      recordsAsOf.set(date, got);
    }
    return got;
  }

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atlas-recorded-'));
    store = await openStore(join(dir, 'atlas.db'));
    const data = await readRecordedData(dataDir!);
    ({ summaries, skipped } = await replayRecorded(data, {
      store,
      overrides: await loadOverrides(true),
      progress: createProgress(process.stderr, true),
    }));
  });
  after(async () => {
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('replays one snapshot per manifest date, skipping only the day before any leaderboard', () => {
    assert.deepEqual(
      skipped.map((s) => s.date),
      ['2024-01-25'],
    );
    assert.equal(summaries.length, 32);
    const dates = summaries.map((s) => s.snapshot.asOf);
    assert.deepEqual([...dates].sort(), dates);
  });

  test('reports rejected records with a source, an id and a reason', () => {
    for (const s of summaries)
      for (const r of s.rejections) {
        assert.ok(r.source && r.reason.length > 10, JSON.stringify(r));
      }
  });

  test('as of 2025-12-18, GLM 4 32B has a 128K context and costs $0.10 per 1M both ways', async () => {
    const glm = (await recordsOn('2025-12-18')).get('z-ai/glm-4-32b')!;
    assert.equal(glm.contextLength, 128000);
    assert.equal(glm.pricing.inputPer1M, 0.1);
    assert.equal(glm.pricing.outputPer1M, 0.1);
    assert.equal(glm.ids.canonicalSlug, 'z-ai/glm-4-32b-0414');
  });

  test('as of 2025-12-18, the auto router is variable, never $0', async () => {
    const auto = (await recordsOn('2025-12-18')).get('openrouter/auto')!;
    assert.equal(auto.pricing.state, 'variable');
    assert.equal(auto.pricing.inputPer1M, null);
  });

  test('GLM 4 32B is never matched to GLM-4-Plus or GLM-4-0520', async () => {
    for (const s of summaries) {
      const glm = (await store.loadRecords(s.snapshot.id)).find((r) => r.id === 'z-ai/glm-4-32b');
      if (glm) assert.equal(glm.ids.arena, null, `as of ${s.snapshot.asOf}`);
    }
  });

  test('Claude 3.5 Sonnet is the October 2024 release on the arena, not June', async () => {
    const claude = (await recordsOn('2025-05-24')).get('anthropic/claude-3.5-sonnet')!;
    assert.equal(claude.ids.arena, 'claude-3-5-sonnet-20241022');
    assert.ok((claude.arena?.votes ?? 0) > 1000, 'the October release has its leaderboard votes');
  });

  test('the Llama 3.1 405B base model matches no instruct key', async () => {
    const base = (await recordsOn('2025-05-24')).get('meta-llama/llama-3.1-405b');
    if (base) assert.equal(base.ids.arena, null);
  });

  test('arena-only records exist for arena keys no OpenRouter model matched', async () => {
    const recs = await recordsOn('2024-12-31');
    const arenaOnly = [...recs.values()].filter((r) => r.sourceType === 'arena_only');
    assert.ok(arenaOnly.length > 100, `${arenaOnly.length} arena-only records`);
    for (const r of arenaOnly) {
      assert.ok(r.id.startsWith('lmarena:'));
      assert.ok(r.arena, `${r.id} has arena facts`);
    }
  });
});
