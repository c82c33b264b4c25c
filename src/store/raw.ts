// Raw source records of a snapshot: those of its inputs, found through the (input, source, id) index.

import type { Kysely } from 'kysely';
import type { RawSourceRecord } from '../catalog/types.ts';
import type { ModelRecord, SourceName } from '../domain/model.ts';
import { chunked } from './chunks.ts';
import type { Database } from './schema.ts';

interface IndexRow {
  sha256: string;
  location: string;
  date: string;
  source: string;
  record_id: string;
  blob_hash: string;
}

/** Which (source, record id) pairs hold a model's raw records, from the ids the record carries. */
export function rawKeys(record: ModelRecord): Array<{ source: SourceName; recordId: string }> {
  const keys: Array<{ source: SourceName; recordId: string }> = [];
  const add = (source: SourceName, recordId: string | null | undefined) => {
    if (recordId && !keys.some((k) => k.source === source && k.recordId === recordId))
      keys.push({ source, recordId });
  };
  const { ids } = record;
  add('openrouter', ids.openrouter);
  add('openrouter-endpoints', ids.openrouter);
  // Usage raw records are one per model and day (`id@date`), hundreds per model: kept, but not attached.
  add('lmarena-ratings', ids.arena);
  add('lmarena-keys', ids.arena);
  add('lmarena-prices', ids.arena);
  // Leaderboard CSVs have no keys, only display names.
  add('lmarena-leaderboard', record.arena?.displayName);
  for (const other of record.otherArenas) add('lmarena-leaderboard', other.displayName);
  add('litellm', ids.litellm);
  add('modelsdev', ids.modelsDev);
  return keys;
}

/** The raw records one source gave for one id, in input order. */
export async function rawFor(
  db: Kysely<Database>,
  snapshotId: number,
  source: SourceName,
  recordId: string,
): Promise<RawSourceRecord[]> {
  const rows = await indexQuery(db, snapshotId)
    .where('rr.source', '=', source)
    .where('rr.record_id', '=', recordId)
    .execute();
  const blobs = await loadBlobs(db, new Set(rows.map((r) => r.blob_hash)));
  return unique(rows).map((r) => toRaw(r, blobs));
}

/**
 * Raw records per model id for a whole snapshot, set-based: one index query per source and 500 ids (a
 * handful in all), then only the blobs the models use. A snapshot can index ~70,000 raw records (daily
 * usage rows), so reading its whole index would cost more than everything else together.
 */
export async function rawForRecords(
  db: Kysely<Database>,
  snapshotId: number,
  records: readonly ModelRecord[],
): Promise<Record<string, RawSourceRecord[]>> {
  const keysByModel = records.map((record) => ({ id: record.id, keys: rawKeys(record) }));
  const wanted = new Map<SourceName, Set<string>>();
  for (const { keys } of keysByModel) {
    for (const k of keys) {
      const ids = wanted.get(k.source);
      if (ids) ids.add(k.recordId);
      else wanted.set(k.source, new Set([k.recordId]));
    }
  }
  const bySourceId = new Map<string, IndexRow[]>();
  for (const [source, ids] of wanted) {
    for (const chunk of chunked([...ids])) {
      const rows = await indexQuery(db, snapshotId)
        .where('rr.source', '=', source)
        .where('rr.record_id', 'in', chunk)
        .execute();
      for (const row of unique(rows)) {
        const key = `${row.source}\u0000${row.record_id}`;
        const list = bySourceId.get(key);
        if (list) list.push(row);
        else bySourceId.set(key, [row]);
      }
    }
  }
  const perModel = keysByModel.map(({ id, keys }) => ({
    id,
    rows: keys.flatMap((k) => bySourceId.get(`${k.source}\u0000${k.recordId}`) ?? []),
  }));
  const blobs = await loadBlobs(db, new Set(perModel.flatMap((m) => m.rows.map((r) => r.blob_hash))));
  const out: Record<string, RawSourceRecord[]> = {};
  for (const m of perModel) out[m.id] = m.rows.map((r) => toRaw(r, blobs));
  return out;
}

function indexQuery(db: Kysely<Database>, snapshotId: number) {
  return db
    .selectFrom('snapshot_input as si')
    .innerJoin('raw_record as rr', 'rr.input_sha256', 'si.sha256')
    .select(['si.sha256', 'si.location', 'si.date', 'rr.source', 'rr.record_id', 'rr.blob_hash'])
    .where('si.snapshot_id', '=', snapshotId)
    .orderBy('si.position')
    .orderBy('rr.position');
}

/** An input listed twice in one snapshot yields its records once. */
function unique(rows: readonly IndexRow[]): IndexRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.sha256}\u0000${r.source}\u0000${r.record_id}\u0000${r.blob_hash}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function loadBlobs(db: Kysely<Database>, hashes: ReadonlySet<string>): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  for (const chunk of chunked([...hashes])) {
    const rows = await db
      .selectFrom('raw_blob')
      .select(['hash', 'json'])
      .where('hash', 'in', chunk)
      .execute();
    for (const row of rows) out.set(row.hash, JSON.parse(row.json));
  }
  return out;
}

function toRaw(row: IndexRow, blobs: ReadonlyMap<string, unknown>): RawSourceRecord {
  return {
    source: row.source as SourceName,
    recordId: row.record_id,
    asOf: row.date,
    location: row.location,
    raw: blobs.get(row.blob_hash),
  };
}
