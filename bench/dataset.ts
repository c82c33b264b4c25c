// The data every benchmark serves: the recorded upstream payloads (ATLAS_RECORDED_DATA, default
// ../shared/data) replayed into a temporary database, so the newest snapshot is the largest one and
// model pages carry their full history. BENCH_DB reuses a database made earlier.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BenchData {
  db: string;
  dataDir: string;
  /** How the database was made, for the report. */
  origin: string;
  cleanup(): void;
}

export function recordedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = resolve(env.ATLAS_RECORDED_DATA ?? '../shared/data');
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(
      `No recorded data at ${dir} (no manifest.json). Set ATLAS_RECORDED_DATA to the recorded payloads (e.g. ../shared/data) and run the bench again.`,
    );
  return dir;
}

export function benchData(env: NodeJS.ProcessEnv = process.env): BenchData {
  const dataDir = recordedDataDir(env);
  if (env.BENCH_DB) {
    const db = resolve(env.BENCH_DB);
    if (!existsSync(db))
      throw new Error(`BENCH_DB names ${db}, which does not exist; unset it to ingest anew.`);
    return { db, dataDir, origin: `the existing database ${db} (BENCH_DB)`, cleanup: () => {} };
  }
  const work = mkdtempSync(join(tmpdir(), 'atlas-bench-data-'));
  const db = join(work, 'atlas.db');
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['bin/model-atlas.js', 'ingest', '--from', dataDir, '--replay', '--db', db, '--quiet'],
    { encoding: 'utf8', timeout: 600_000 },
  );
  if (run.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`model-atlas ingest --replay failed (${run.status}):\n${run.stderr}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  return {
    db,
    dataDir,
    origin: `\`model-atlas ingest --from ${dataDir} --replay\` into a temporary database (${seconds} s)`,
    cleanup: () => rmSync(work, { recursive: true, force: true }),
  };
}
