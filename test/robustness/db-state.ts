// What a database holds after an ingest was refused or killed, read through the product's own store
// and through a separate SQLite connection: integrity, row counts, whole snapshots, fingerprints.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import Sqlite from 'better-sqlite3';
import type { SnapshotMeta } from '../../src/catalog/types.ts';
import { openStore } from '../../src/store/index.ts';

export interface SnapshotPrint {
  meta: SnapshotMeta;
  /** sha256 over the snapshot's records, rejections, inputs and counts (not its id or write time). */
  content: string;
}

export interface DbState {
  /** `pragma integrity_check`: "ok" when the file is sound. */
  integrity: string;
  foreignKeyProblems: unknown[];
  /** Rows per table, every table of the schema. */
  rows: Record<string, number>;
  /** Snapshots whose rows do not add up (a snapshot row without all its records, say), described. */
  incomplete: string[];
  /** Rows that belong to no snapshot: what an interrupted write would leave behind. */
  orphans: string[];
}

/** Integrity and bookkeeping through a plain read-only connection. */
export function readDbState(path: string): DbState {
  const db = new Sqlite(path, { readonly: true, fileMustExist: true });
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const foreignKeyProblems = db.pragma('foreign_key_check') as unknown[];
    const tables = (
      db
        .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)
        .all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    const rows: Record<string, number> = {};
    for (const t of tables)
      rows[t] = (db.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n;
    const incomplete = incompleteSnapshots(db, tables);
    const orphans: string[] = [];
    const orphanInputs = db
      .prepare(
        `select count(*) as n from input_file f where not exists (select 1 from snapshot_input i where i.sha256 = f.sha256)`,
      )
      .get() as { n: number };
    if (orphanInputs.n > 0) orphans.push(`${orphanInputs.n} input files that no snapshot reads`);
    const orphanRaw = db
      .prepare(
        `select count(*) as n from raw_record r where not exists (select 1 from input_file f where f.sha256 = r.input_sha256)`,
      )
      .get() as { n: number };
    if (orphanRaw.n > 0) orphans.push(`${orphanRaw.n} raw records of no input file`);
    const orphanBlobs = db
      .prepare(
        `select count(*) as n from raw_blob b where not exists (select 1 from raw_record r where r.blob_hash = b.hash)`,
      )
      .get() as { n: number };
    if (orphanBlobs.n > 0) orphans.push(`${orphanBlobs.n} raw blobs that no raw record names`);
    return { integrity, foreignKeyProblems, rows, incomplete, orphans };
  } finally {
    db.close();
  }
}

/** Snapshots whose per-snapshot rows do not add up to what the snapshot row says. */
function incompleteSnapshots(db: Sqlite.Database, tables: string[]): string[] {
  // model_record holds the whole records where the schema has it; model_fact always holds one row per model.
  const perModel = ['model_fact', 'model_record'].filter((t) => tables.includes(t));
  const counted = [...perModel, 'rejection', 'snapshot_input']
    .map((t) => `(select count(*) from ${t} x where x.snapshot_id = s.id) as "${t}"`)
    .join(', ');
  const rows = db
    .prepare(`select s.id, s.model_count, s.rejected_count, ${counted} from snapshot s`)
    .all() as Record<string, number>[];
  const out: string[] = [];
  for (const s of rows) {
    const problems = [
      ...perModel.filter((t) => s[t] !== s.model_count).map((t) => `${s[t]} rows in ${t}`),
      ...(s.rejection !== s.rejected_count ? [`${s.rejection} rejections`] : []),
      ...(s.snapshot_input === 0 ? ['no inputs'] : []),
    ];
    if (problems.length > 0)
      out.push(
        `snapshot #${s.id} says ${s.model_count} models and ${s.rejected_count} rejections but holds ${problems.join(', ')}`,
      );
  }
  return out;
}

/** Every snapshot with a fingerprint of its content, read the way the server reads (read-only store). */
export async function snapshotPrints(path: string): Promise<SnapshotPrint[]> {
  const store = await openStore(path, { readonly: true });
  try {
    const out: SnapshotPrint[] = [];
    for (const meta of await store.listSnapshots()) {
      const hash = createHash('sha256');
      hash.update(JSON.stringify([meta.asOf, meta.mode, meta.counts, meta.inputs]));
      for (const r of await store.loadRecords(meta.id)) hash.update(JSON.stringify(r));
      for (const r of await store.loadRejections(meta.id)) hash.update(JSON.stringify(r));
      out.push({ meta, content: hash.digest('hex') });
    }
    return out;
  } finally {
    await store.close();
  }
}

/** The latest snapshot as the server would choose it, or null. */
export async function latestSnapshotId(path: string): Promise<number | null> {
  const store = await openStore(path, { readonly: true });
  try {
    return (await store.latestSnapshot())?.id ?? null;
  } finally {
    await store.close();
  }
}

/** The file is sound and every snapshot in it is whole. */
export function assertSound(state: DbState, context: string): void {
  assert.equal(state.integrity, 'ok', `${context}: integrity_check says ${state.integrity}`);
  assert.deepEqual(state.foreignKeyProblems, [], `${context}: foreign keys point nowhere`);
  assert.deepEqual(state.incomplete, [], `${context}: a snapshot is partial`);
  assert.deepEqual(state.orphans, [], `${context}: rows of an unfinished write remain`);
}
