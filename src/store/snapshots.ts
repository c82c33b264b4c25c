// Reading snapshot rows back as SnapshotMeta, and choosing one by id or by date.

import type { Kysely, Selectable } from 'kysely';
import type { SnapshotInput, SnapshotMeta, SnapshotMode } from '../catalog/types.ts';
import type { SourceKind } from '../sources/source.ts';
import { chunked } from './chunks.ts';
import { StoreError } from './errors.ts';
import type { Database, SnapshotInputTable, SnapshotTable } from './schema.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every snapshot, oldest first: by as-of date, then by write order. */
export async function listSnapshots(db: Kysely<Database>): Promise<SnapshotMeta[]> {
  const rows = await db.selectFrom('snapshot').selectAll().orderBy('as_of').orderBy('id').execute();
  return withInputs(db, rows);
}

export async function getSnapshot(db: Kysely<Database>, id: number): Promise<SnapshotMeta | null> {
  const rows = await db.selectFrom('snapshot').selectAll().where('id', '=', id).execute();
  return (await withInputs(db, rows))[0] ?? null;
}

export async function requireSnapshot(db: Kysely<Database>, id: number): Promise<SnapshotMeta> {
  const snapshot = await getSnapshot(db, id);
  if (snapshot === null) {
    throw new StoreError(
      `There is no snapshot ${id} in this database. List the snapshots to pick an existing one.`,
    );
  }
  return snapshot;
}

/** The last-written snapshot among those with the greatest as-of date ≤ date; null when none is that old. */
export async function snapshotAsOf(db: Kysely<Database>, date: string): Promise<SnapshotMeta | null> {
  if (!ISO_DATE.test(date)) {
    throw new StoreError(`"${date}" is not an ISO date; give the as-of date as YYYY-MM-DD.`);
  }
  const rows = await db
    .selectFrom('snapshot')
    .selectAll()
    .where('as_of', '<=', date)
    .orderBy('as_of', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .execute();
  return (await withInputs(db, rows))[0] ?? null;
}

/** The snapshot for the newest day; a re-ingest of that day wins over the earlier write. */
export async function latestSnapshot(db: Kysely<Database>): Promise<SnapshotMeta | null> {
  const rows = await db
    .selectFrom('snapshot')
    .selectAll()
    .orderBy('as_of', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .execute();
  return (await withInputs(db, rows))[0] ?? null;
}

async function withInputs(db: Kysely<Database>, rows: Selectable<SnapshotTable>[]): Promise<SnapshotMeta[]> {
  const inputs = new Map<number, SnapshotInput[]>(rows.map((r) => [r.id, []]));
  for (const ids of chunked([...inputs.keys()])) {
    const inputRows = await db
      .selectFrom('snapshot_input')
      .selectAll()
      .where('snapshot_id', 'in', ids)
      .orderBy('snapshot_id')
      .orderBy('position')
      .execute();
    for (const row of inputRows) inputs.get(row.snapshot_id)!.push(toInput(row));
  }
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    asOf: r.as_of,
    mode: r.mode as SnapshotMode,
    inputs: inputs.get(r.id)!,
    counts: JSON.parse(r.counts_json) as SnapshotMeta['counts'],
  }));
}

function toInput(row: Selectable<SnapshotInputTable>): SnapshotInput {
  return {
    kind: row.kind as SourceKind,
    location: row.location,
    date: row.date,
    sha256: row.sha256,
    bytes: row.bytes,
    records: row.records,
    rejected: row.rejected,
    partial: row.partial === 1,
    meta: JSON.parse(row.meta_json) as Record<string, unknown>,
  };
}
