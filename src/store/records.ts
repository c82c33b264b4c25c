// A snapshot's model records and rejections, as written.

import type { Kysely } from 'kysely';
import type { ModelRecord, SourceName } from '../domain/model.ts';
import type { Rejection } from '../sources/source.ts';
import type { Database } from './schema.ts';

export async function loadRecords(db: Kysely<Database>, snapshotId: number): Promise<ModelRecord[]> {
  const rows = await db
    .selectFrom('model_record as r')
    .innerJoin('model_fact as f', (join) =>
      join.onRef('f.snapshot_id', '=', 'r.snapshot_id').onRef('f.model_id', '=', 'r.model_id'),
    )
    .select('r.json')
    .where('r.snapshot_id', '=', snapshotId)
    .orderBy('f.position')
    .execute();
  return rows.map((r) => JSON.parse(r.json) as ModelRecord);
}

export async function loadRejections(db: Kysely<Database>, snapshotId: number): Promise<Rejection[]> {
  const rows = await db
    .selectFrom('rejection')
    .select(['source', 'record_id', 'field', 'reason'])
    .where('snapshot_id', '=', snapshotId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    source: r.source as SourceName,
    recordId: r.record_id,
    field: r.field,
    reason: r.reason,
  }));
}
