// A real snapshot for the robustness suites: the recorded upstream files ingested by the
// model-atlas CLI into a temporary database, read back as catalog data.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CatalogData } from '../../src/catalog/types.ts';
import { openStore } from '../../src/store/index.ts';

/** Ingest `dir` into a new database; the caller removes it with `cleanup` when done. */
export function ingestRecordedDb(dir: string): { db: string; cleanup: () => void } {
  const work = mkdtempSync(join(tmpdir(), 'atlas-robust-'));
  const db = join(work, 'atlas.db');
  const run = spawnSync(
    process.execPath,
    ['bin/model-atlas.js', 'ingest', '--from', dir, '--db', db, '--quiet'],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (run.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`model-atlas ingest of ${dir} failed (exit ${run.status}):\n${run.stderr}`);
  }
  return { db, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

/** The latest snapshot of a database as catalog data. */
export async function loadLatest(db: string): Promise<CatalogData> {
  const store = await openStore(db, { readonly: true });
  try {
    const snapshot = await store.latestSnapshot();
    if (!snapshot) throw new Error(`The database ${db} holds no snapshot; ingest one first.`);
    return await store.loadCatalogData(snapshot.id);
  } finally {
    await store.close();
  }
}
