// kill -9 of `model-atlas ingest --from DIR --replay` at random points, many times. After every kill
// the database opens cleanly (integrity_check ok), the snapshots it held before are unchanged, every
// snapshot the killed run managed to commit is whole and equal to an uninterrupted run's, nothing of
// an unfinished write is left behind, and the next ingest succeeds.
// Each kill lands inside one step of the replay, chosen at random with a random point in it: from
// opening the database to the first commit (reading and parsing every file, matching, building and
// writing the first snapshot), or from one commit to the next. Module loading before the database is
// opened cannot touch the file, so no kill is spent there. Reproduce a failure with the seed the suite
// prints: ATLAS_CRASH_SEED=<seed>; ATLAS_CRASH_RUNS sets how many kills (default 20).

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { loadOverrides } from '../../src/cli/commands/shared.ts';
import { createProgress } from '../../src/cli/progress.ts';
import { ingestRecordedAsOf, readRecordedData } from '../../src/pipeline/ingest.ts';
import { openStore } from '../../src/store/index.ts';
import { type CrashData, writeCrashData } from './crash-data.ts';
import { assertSound, readDbState, type SnapshotPrint, snapshotPrints } from './db-state.ts';
import { type CliRun, explain, runCli, startCli } from './run-cli.ts';
import { seededRandom } from './upstream-payloads.ts';
import { readWalTail, writerActive } from './wal-frames.ts';

const RUNS = Number(process.env.ATLAS_CRASH_RUNS ?? 20);
const SEED = Number(process.env.ATLAS_CRASH_SEED ?? Math.floor(Math.random() * 1_000_000));
/** Models per monthly catalog, and months: a replay writes one snapshot per month. */
const MODELS = 100;
const MONTHS = 3;
/**
 * KB of notes in each model description: heavy records make writing most of each replay step, so
 * most kills land inside a write transaction. (Each write, ~7 MB, stays within better-sqlite3's
 * 16 MB page cache, so nothing spills to the log before commit; src/store/crash.test.ts covers that.)
 */
const NOTES_KB = 64;

console.log(`crash-safety: ${RUNS} kills, seed ${SEED} (rerun with ATLAS_CRASH_SEED=${SEED})`);
const random = seededRandom(SEED);
/**
 * Where each kill lands: while the replay works towards snapshot `k + 1` (reading and parsing every
 * file, then matching, building and writing it), a fraction of the way through that step.
 */
const plan = Array.from({ length: RUNS }, () => ({ step: Math.floor(random() * MONTHS), into: random() }));

let work: string;
let data: CrashData;
/** A database holding one snapshot, closed cleanly (no write-ahead log beside it). */
let baseline: string;
let baselinePrints: SnapshotPrint[];
/** What an uninterrupted replay adds to the baseline. */
let replayPrints: SnapshotPrint[];
/** How long each step takes: opening to the first commit, then commit to commit (the fastest seen). */
let stepMs: number[];
/** What the ingest after a kill adds. */
let nextPrint: SnapshotPrint;
const outcomes: { committed: number; inWrite: boolean; uncommittedPages: number }[] = [];

async function copyDb(from: string, to: string): Promise<void> {
  await copyFile(from, to);
  if (existsSync(`${from}-wal`)) await copyFile(`${from}-wal`, `${to}-wal`);
}

interface Replay {
  started: ReturnType<typeof startCli>;
  /** Milliseconds from the start to event `k` (0: the database is opened; k: snapshot k is committed), null if it exited first. */
  at(k: number): Promise<number | null>;
  /** The events seen so far, by `k`. */
  seen(): ReadonlyMap<number, number>;
}

/** Start a replay into `db`, watching it open the database and commit each snapshot. */
function startReplay(db: string): Replay {
  const t0 = performance.now();
  const started = startCli(['ingest', '--from', data.dir, '--replay', '--db', db], {});
  const times = new Map<number, number>();
  const waiting = new Map<number, ((ms: number | null) => void)[]>();
  let exited = false;
  const mark = (k: number) => {
    if (times.has(k)) return;
    times.set(k, performance.now() - t0);
    for (const resolve of waiting.get(k) ?? []) resolve(times.get(k)!);
  };
  started.done.then(() => {
    exited = true;
    for (const [k, list] of waiting) if (!times.has(k)) for (const resolve of list) resolve(null);
  });
  // Opening in WAL mode creates the -wal file; the baseline copy has none.
  const poll = setInterval(() => {
    if (existsSync(`${db}-wal`)) mark(0);
    if (times.has(0) || exited) clearInterval(poll);
  }, 2);
  // Progress lines ("Replaying 2/3 2025-03-15: 407 models") follow each committed snapshot.
  let pending = '';
  started.child.stderr!.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      const m = /^Replaying (\d+)\//.exec(line);
      if (m) mark(Number(m[1]));
    }
  });
  return {
    started,
    at: (k) =>
      times.has(k) || exited
        ? Promise.resolve(times.get(k) ?? null)
        : new Promise((resolve) => waiting.set(k, [...(waiting.get(k) ?? []), resolve])),
    seen: () => times,
  };
}

/** The ingest after a kill: the newest month, as of its date, through the pipeline the command runs. */
async function ingestNext(db: string): Promise<void> {
  const store = await openStore(db);
  try {
    const deps = {
      store,
      overrides: await loadOverrides(true),
      progress: createProgress(process.stderr, true),
    };
    await ingestRecordedAsOf(await readRecordedData(data.dir), data.dates.at(-1)!, deps);
  } finally {
    await store.close();
  }
}

async function removeDb(db: string): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) await rm(`${db}${suffix}`, { force: true });
}

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'atlas-crash-'));
  data = await writeCrashData(MODELS, MONTHS, 20, NOTES_KB);
  baseline = join(work, 'baseline.db');
  const first = await runCli(['ingest', '--from', data.dir, '--as-of', data.dates[0]!, '--db', baseline], {});
  assert.equal(first.code, 0, explain(first));
  assert.ok(!existsSync(`${baseline}-wal`), 'the baseline was not closed cleanly');
  const probe = join(work, 'probe.db');
  await copyDb(baseline, probe);
  baselinePrints = await snapshotPrints(probe);

  const reference = join(work, 'reference.db');
  await copyDb(baseline, reference);
  const replay = startReplay(reference);
  const full = await replay.started.done;
  assert.equal(full.code, 0, explain(full));
  const times = await Promise.all(Array.from({ length: MONTHS + 1 }, (_, k) => replay.at(k)));
  assert.ok(
    times.every((t) => t !== null),
    `the replay's progress was not seen:\n${explain(full)}`,
  );
  stepMs = times.slice(1).map((t, k) => t! - times[k]!);
  replayPrints = (await snapshotPrints(reference)).slice(baselinePrints.length);
  assert.equal(replayPrints.length, MONTHS);

  await copyDb(baseline, probe);
  await ingestNext(probe);
  nextPrint = (await snapshotPrints(probe)).at(-1)!;
  for (const db of [probe, reference]) await removeDb(db);
  console.log(
    `crash-safety: a replay of ${MONTHS} snapshots of ${MODELS}+ models opened the database after ${Math.round(times[0]!)} ms, then took ${stepMs.map(Math.round).join(', ')} ms per snapshot`,
  );
});

after(async () => {
  const inWrite = outcomes.filter((o) => o.inWrite).length;
  const spilled = outcomes.filter((o) => o.uncommittedPages > 0).length;
  const byCount: Record<number, number> = {};
  for (const o of outcomes) byCount[o.committed] = (byCount[o.committed] ?? 0) + 1;
  console.log(
    `crash-safety: ${inWrite} of ${outcomes.length} kills landed inside a write transaction, ${spilled} with uncommitted pages already in the log; snapshots committed before the kill → kills: ${JSON.stringify(byCount)}`,
  );
  if (work) await rm(work, { recursive: true, force: true });
  if (data) await rm(data.dir, { recursive: true, force: true });
});

// One at a time: a busy test process would fire the kill late.
describe('kill -9 of a replay at a random point', () => {
  for (const [run, { step, into }] of plan.entries()) {
    test(`kill ${run + 1} of ${RUNS}, ${into.toFixed(2)} into snapshot ${step + 1} of ${MONTHS} (seed ${SEED}), leaves a sound store`, async (t) => {
      const db = join(work, `run-${run}.db`);
      await copyDb(baseline, db);
      const replay = startReplay(db);
      const stepStart = await replay.at(step);
      const delayMs = Math.round(into * stepMs[step]!);
      let inWrite = false;
      if (stepStart !== null) {
        await delay(delayMs);
        inWrite = replay.started.child.exitCode === null && writerActive(db);
        replay.started.child.kill('SIGKILL');
      }
      const killed: CliRun = await replay.started.done;
      const wal = readWalTail(db);
      // Steps seen whole in this run shorten the estimates when the machine got faster, so later kills
      // do not arrive after the replay has finished.
      const seen = replay.seen();
      for (let k = 0; k < MONTHS; k++) {
        const from = seen.get(k);
        const to = seen.get(k + 1);
        if (from !== undefined && to !== undefined) stepMs[k] = Math.min(stepMs[k]!, to - from);
      }

      // Opens cleanly, read-only first (as the server would), and every snapshot in it is whole.
      assertSound(readDbState(db), `after the kill ${delayMs} ms into snapshot ${step + 1}`);
      const prints = await snapshotPrints(db);
      assert.deepEqual(prints.slice(0, baselinePrints.length), baselinePrints, 'an earlier snapshot changed');
      const committed = prints.slice(baselinePrints.length);
      outcomes.push({ committed: committed.length, inWrite, uncommittedPages: wal.uncommitted });
      assert.ok(committed.length <= MONTHS, `${committed.length} snapshots from a replay of ${MONTHS}`);
      for (const [k, p] of committed.entries()) {
        assert.equal(
          p.content,
          replayPrints[k]!.content,
          `committed snapshot ${k + 1} differs from a whole run's`,
        );
      }
      if (killed.signal !== 'SIGKILL') {
        // The replay finished before the kill: then it wrote everything.
        assert.equal(killed.code, 0, explain(killed));
        assert.equal(committed.length, MONTHS);
      }
      t.diagnostic(
        `${killed.signal ?? `exited ${killed.code}`} ${delayMs} ms into snapshot ${step + 1}${inWrite ? ', inside a write transaction' : ''}; ${committed.length} of ${MONTHS} snapshots committed; ${wal.uncommitted} uncommitted of ${wal.frames} pages in the log`,
      );

      // The next ingest succeeds and adds exactly its own snapshot.
      await ingestNext(db);
      assertSound(readDbState(db), 'after the next ingest');
      const afterNext = await snapshotPrints(db);
      assert.deepEqual(
        afterNext.slice(0, prints.length),
        prints,
        'the next ingest changed an earlier snapshot',
      );
      assert.equal(afterNext.length, prints.length + 1);
      assert.equal(afterNext.at(-1)!.content, nextPrint.content);
      await removeDb(db);
    });
  }
});
