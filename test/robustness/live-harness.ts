// One database fed by `model-atlas ingest --live` from the loopback stand-in, with the two checks every
// fault needs: a refused ingest leaves the database exactly as it was, and a good ingest then succeeds.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SnapshotMeta } from '../../src/catalog/types.ts';
import { loadOverrides } from '../../src/cli/commands/shared.ts';
import { liveSourceConfig } from '../../src/cli/config.ts';
import { createProgress } from '../../src/cli/progress.ts';
import { ingestLive } from '../../src/pipeline/live.ts';
import { openStore } from '../../src/store/index.ts';
import {
  assertSound,
  latestSnapshotId,
  readDbState,
  type SnapshotPrint,
  snapshotPrints,
} from './db-state.ts';
import { type FakeUpstream, PATHS, startFakeUpstream } from './fake-upstream.ts';
import { type CliRun, cliEnv, explain, runCli } from './run-cli.ts';
import {
  type CatalogModel,
  catalogModels,
  catalogPayload,
  litellmPayload,
  modelsDevPayload,
  ratingsPayload,
  scatterplotPayload,
} from './upstream-payloads.ts';

/** Short enough for a fast suite, long enough that a loaded machine does not time out a good fetch. */
export const FETCH_KNOBS = {
  ATLAS_FETCH_TIMEOUT_MS: '2000',
  ATLAS_FETCH_RETRIES: '2',
  ATLAS_FETCH_BACKOFF_MS: '50',
};
/** The first attempt and the retries. */
export const ATTEMPTS = 1 + Number(FETCH_KNOBS.ATLAS_FETCH_RETRIES);

/** About the size of the real catalog (301–364 models in the recorded files). */
export const CATALOG_SIZE = 350;

export interface LiveHarness {
  upstream: FakeUpstream;
  db: string;
  models: CatalogModel[];
  ingest(): Promise<CliRun>;
  /**
   * Runs an ingest expected to succeed; asserts exit 0, a new whole snapshot served, and every earlier
   * snapshot unchanged. Returns the run and the new snapshot.
   */
  good(): Promise<{ run: CliRun; snapshot: SnapshotMeta }>;
  /**
   * The same good ingest and checks, run in this process through the functions the command calls:
   * a second per run less than a child process, which keeps the suite fast.
   */
  goodInProcess(): Promise<SnapshotMeta>;
  /** Runs an ingest expected to fail; asserts exit 1 and an untouched database; returns the run. */
  refused(): Promise<CliRun>;
  close(): Promise<void>;
}

export async function startLiveHarness(): Promise<LiveHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-robust-'));
  const db = join(dir, 'atlas.db');
  const upstream = await startFakeUpstream();
  const models = catalogModels(CATALOG_SIZE, 11);
  upstream.setDefaults({
    [PATHS.openrouter]: catalogPayload(models),
    [PATHS.text]: ratingsPayload(models, { seed: 1 }),
    [PATHS.textStyle]: ratingsPayload(models, { seed: 2, categories: ['full', 'coding'] }),
    [PATHS.vision]: ratingsPayload(models.slice(0, 80), { seed: 3, categories: ['full', 'ocr'] }),
    [PATHS.visionStyle]: ratingsPayload(models.slice(0, 80), { seed: 4, categories: ['full'] }),
    [PATHS.image]: ratingsPayload([], { seed: 5, categories: ['full'], arenaOnly: 20 }),
    [PATHS.scatterplot]: scatterplotPayload(models),
    [PATHS.litellm]: litellmPayload(models),
    [PATHS.modelsDev]: modelsDevPayload(models),
  });
  const ingest = () => runCli(['ingest', '--live', '--db', db], { ...upstream.env, ...FETCH_KNOBS });

  /** Exactly one new whole snapshot, served, with every earlier one unchanged. */
  async function newSnapshotAfter(printsBefore: SnapshotPrint[], context: string): Promise<SnapshotMeta> {
    assertSound(readDbState(db), context);
    const prints = await snapshotPrints(db);
    assert.equal(prints.length, printsBefore.length + 1, `${context}: not exactly one new snapshot`);
    assert.deepEqual(prints.slice(0, -1), printsBefore, `${context}: an earlier snapshot changed`);
    const snapshot = prints.at(-1)!.meta;
    assert.equal(
      await latestSnapshotId(db),
      snapshot.id,
      `${context}: the new snapshot is not the one served`,
    );
    return snapshot;
  }

  async function good(): Promise<{ run: CliRun; snapshot: SnapshotMeta }> {
    const printsBefore = existsSync(db) ? await snapshotPrints(db) : [];
    const run = await ingest();
    assert.equal(run.code, 0, `a good ingest failed:\n${explain(run)}`);
    return { run, snapshot: await newSnapshotAfter(printsBefore, `after a good ingest:\n${explain(run)}`) };
  }

  async function goodInProcess(): Promise<SnapshotMeta> {
    const printsBefore = existsSync(db) ? await snapshotPrints(db) : [];
    const store = await openStore(db);
    try {
      // What the ingest command does, minus its printing: the same config, overrides and pipeline.
      const config = liveSourceConfig(cliEnv({ ...upstream.env, ...FETCH_KNOBS }));
      const deps = {
        store,
        overrides: await loadOverrides(true),
        progress: createProgress(process.stderr, true),
      };
      await ingestLive(config, deps);
    } finally {
      await store.close();
    }
    return newSnapshotAfter(printsBefore, 'after a good ingest');
  }

  async function refused(): Promise<CliRun> {
    const stateBefore = readDbState(db);
    const printsBefore = await snapshotPrints(db);
    const latestBefore = await latestSnapshotId(db);
    const run = await ingest();
    assert.equal(run.code, 1, `the ingest should have failed with exit code 1:\n${explain(run)}`);
    assert.match(run.stderr, /^model-atlas: /m, `the failure was not said in one line:\n${explain(run)}`);
    assert.doesNotMatch(run.stderr, /\n\s+at /, `a stack trace reached the user:\n${explain(run)}`);
    assert.match(
      run.stderr,
      /previous snapshot (is still the one served|is unchanged)/i,
      `the message does not say the served snapshot is unchanged:\n${explain(run)}`,
    );
    const stateAfter = readDbState(db);
    assertSound(stateAfter, 'after a refused ingest');
    assert.deepEqual(stateAfter.rows, stateBefore.rows, 'a refused ingest changed rows of the database');
    assert.deepEqual(await snapshotPrints(db), printsBefore, 'a refused ingest changed a snapshot');
    assert.equal(await latestSnapshotId(db), latestBefore, 'the served snapshot changed');
    return run;
  }

  return {
    upstream,
    db,
    models,
    ingest,
    good,
    goodInProcess,
    refused,
    async close() {
      await upstream.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The one line the CLI printed as its failure. */
export function failureLine(run: CliRun): string {
  return run.stderr.split('\n').find((l) => l.startsWith('model-atlas: ')) ?? '';
}
