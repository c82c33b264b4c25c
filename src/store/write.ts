// Writing one snapshot: every row of it in one transaction, or nothing.

import type { Kysely, Transaction } from 'kysely';
import type { SnapshotMeta } from '../catalog/types.ts';
import type { Confidence, ModelRecord } from '../domain/model.ts';
import { type BulkInsert, kyselyBulkInsert } from './bulk.ts';
import { canonicalJson, sha256Hex } from './canonical-json.ts';
import { chunked } from './chunks.ts';
import { StoreError } from './errors.ts';
import type { Database, ModelFactTable, RawBlobTable, RawRecordTable, SnapshotInputTable } from './schema.ts';
import type { DraftRawRecord, SnapshotDraft } from './types.ts';
import { checkUsageDraft, writeUsageDays } from './usage.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `bulk` writes the many-row tables; the store passes its database's fast form. */
export async function writeSnapshot(
  db: Kysely<Database>,
  draft: SnapshotDraft,
  bulk: BulkInsert = kyselyBulkInsert,
): Promise<SnapshotMeta> {
  checkDraft(draft);
  const counts = countRecords(draft);
  const id = await db
    .transaction()
    .execute(async (trx) => {
      const row = await trx
        .insertInto('snapshot')
        .values({
          created_at: draft.createdAt,
          as_of: draft.asOf,
          mode: draft.mode,
          model_count: counts.models,
          rejected_count: counts.rejected,
          counts_json: JSON.stringify(counts),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeInputs(trx, bulk, row.id, draft);
      await writeRejections(trx, bulk, row.id, draft);
      await writeRaw(trx, bulk, draft);
      await writeUsageDays(trx, bulk, draft);
      await writeModelFacts(trx, bulk, row.id, draft.records);
      return row.id;
    })
    .catch((error: unknown) => {
      if (error instanceof StoreError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new StoreError(
        `Writing the snapshot for ${draft.asOf} failed (${message}). Nothing was written; the latest snapshot is unchanged.`,
        { cause: error },
      );
    });
  return { id, createdAt: draft.createdAt, asOf: draft.asOf, mode: draft.mode, inputs: draft.inputs, counts };
}

function checkDraft(draft: SnapshotDraft): void {
  if (!ISO_DATE.test(draft.asOf)) {
    throw new StoreError(
      `The snapshot's as-of date "${draft.asOf}" is not an ISO date (YYYY-MM-DD); nothing was written.`,
    );
  }
  if (Number.isNaN(Date.parse(draft.createdAt))) {
    throw new StoreError(
      `The snapshot's creation time "${draft.createdAt}" is not an ISO timestamp; nothing was written.`,
    );
  }
  const ids = new Set<string>();
  for (const r of draft.records) {
    if (ids.has(r.id)) {
      throw new StoreError(
        `The snapshot holds two records with the id "${r.id}"; nothing was written. Each model needs one record.`,
      );
    }
    ids.add(r.id);
  }
  checkUsageDraft(draft);
  const shas = new Set(draft.inputs.map((i) => i.sha256));
  const stray = draft.raw.find((r) => !shas.has(r.inputSha256));
  if (stray) {
    throw new StoreError(
      `The raw ${stray.source} record "${stray.recordId}" names input ${stray.inputSha256}, which is not among the snapshot's inputs; nothing was written.`,
    );
  }
}

function countRecords(draft: SnapshotDraft): SnapshotMeta['counts'] {
  const bySourceType: Record<string, number> = {};
  const byConfidence: Partial<Record<Confidence, number>> = {};
  for (const r of draft.records) {
    bySourceType[r.sourceType] = (bySourceType[r.sourceType] ?? 0) + 1;
    byConfidence[r.match.confidence] = (byConfidence[r.match.confidence] ?? 0) + 1;
  }
  return { models: draft.records.length, bySourceType, byConfidence, rejected: draft.rejections.length };
}

async function writeInputs(
  trx: Transaction<Database>,
  bulk: BulkInsert,
  snapshotId: number,
  draft: SnapshotDraft,
): Promise<void> {
  if (draft.inputs.length === 0) return;
  const rows = draft.inputs.map((input, position) => ({
    snapshot_id: snapshotId,
    position,
    sha256: input.sha256,
    kind: input.kind,
    location: input.location,
    date: input.date,
    bytes: input.bytes,
    records: input.records,
    rejected: input.rejected,
    partial: input.partial ? 1 : 0,
    meta_json: JSON.stringify(input.meta),
  }));
  const files = draft.inputs.map((i) => ({ sha256: i.sha256, kind: i.kind, bytes: i.bytes, raw_count: 0 }));
  await bulk(trx, {
    table: 'input_file',
    columns: ['sha256', 'kind', 'bytes', 'raw_count'],
    rows: files,
    skipConflictsOn: ['sha256'],
  });
  await bulk(trx, { table: 'snapshot_input', columns: SNAPSHOT_INPUT_COLUMNS, rows });
}

async function writeRejections(
  trx: Transaction<Database>,
  bulk: BulkInsert,
  snapshotId: number,
  draft: SnapshotDraft,
): Promise<void> {
  const rows = draft.rejections.map((r, position) => ({
    snapshot_id: snapshotId,
    position,
    source: r.source,
    record_id: r.recordId,
    field: r.field,
    reason: r.reason,
  }));
  await bulk(trx, {
    table: 'rejection',
    columns: ['snapshot_id', 'position', 'source', 'record_id', 'field', 'reason'],
    rows,
  });
}

/**
 * Raw records are a function of the file's bytes, so an input already indexed with the same number of
 * records is skipped; identical records (in any file) share one blob.
 */
async function writeRaw(trx: Transaction<Database>, bulk: BulkInsert, draft: SnapshotDraft): Promise<void> {
  const byInput = new Map<string, DraftRawRecord[]>();
  for (const sha of new Set(draft.inputs.map((i) => i.sha256))) byInput.set(sha, []);
  for (const r of draft.raw) byInput.get(r.inputSha256)!.push(r);
  const known = new Map<string, number>();
  for (const chunk of chunked([...byInput.keys()])) {
    const rows = await trx
      .selectFrom('input_file')
      .select(['sha256', 'raw_count'])
      .where('sha256', 'in', chunk)
      .execute();
    for (const row of rows) known.set(row.sha256, row.raw_count);
  }
  for (const [sha, records] of byInput) {
    if (records.length === 0 || known.get(sha) === records.length) continue;
    const blobs = new Map<string, RawBlobTable>();
    const index: RawRecordTable[] = [];
    records.forEach((r, position) => {
      const canonical = canonicalJson(r.raw);
      const text = JSON.stringify(r.raw);
      if (canonical === undefined || text === undefined) {
        throw new StoreError(
          `The raw ${r.source} record "${r.recordId}" is not a JSON value; nothing was written. Check the source parser's raw output.`,
        );
      }
      const hash = sha256Hex(canonical);
      // Upstream key order is kept for display; the hash ignores it.
      if (!blobs.has(hash)) blobs.set(hash, { hash, json: text });
      index.push({ input_sha256: sha, source: r.source, record_id: r.recordId, blob_hash: hash, position });
    });
    await bulk(trx, {
      table: 'raw_blob',
      columns: ['hash', 'json'],
      rows: [...blobs.values()],
      skipConflictsOn: ['hash'],
    });
    await bulk(trx, {
      table: 'raw_record',
      columns: ['input_sha256', 'source', 'record_id', 'blob_hash', 'position'],
      rows: index,
      skipConflictsOn: ['input_sha256', 'source', 'record_id', 'blob_hash'],
    });
    await trx
      .updateTable('input_file')
      .set({ raw_count: records.length })
      .where('sha256', '=', sha)
      .execute();
  }
}

async function writeModelFacts(
  trx: Transaction<Database>,
  bulk: BulkInsert,
  snapshotId: number,
  records: readonly ModelRecord[],
): Promise<void> {
  const facts = records.map((r, position) => modelFactRow(snapshotId, position, r));
  await bulk(trx, { table: 'model_fact', columns: MODEL_FACT_COLUMNS, rows: facts });
  const json = records.map((r) => ({ snapshot_id: snapshotId, model_id: r.id, json: JSON.stringify(r) }));
  await bulk(trx, { table: 'model_record', columns: ['snapshot_id', 'model_id', 'json'], rows: json });
}

const SNAPSHOT_INPUT_COLUMNS = [
  'snapshot_id',
  'position',
  'sha256',
  'kind',
  'location',
  'date',
  'bytes',
  'records',
  'rejected',
  'partial',
  'meta_json',
] as const satisfies readonly (keyof SnapshotInputTable)[];

const MODEL_FACT_COLUMNS = [
  'snapshot_id',
  'position',
  'model_id',
  'name',
  'source_type',
  'confidence',
  'pricing_state',
  'input_per_1m',
  'output_per_1m',
  'context_length',
  'arena_rank',
  'arena_score',
  'arena_as_of',
  'arena_of',
  'arena_key',
] as const satisfies readonly (keyof ModelFactTable)[];

function modelFactRow(snapshotId: number, position: number, r: ModelRecord): ModelFactTable {
  return {
    snapshot_id: snapshotId,
    position,
    model_id: r.id,
    name: r.name,
    source_type: r.sourceType,
    confidence: r.match.confidence,
    pricing_state: r.pricing.state,
    input_per_1m: r.pricing.inputPer1M,
    output_per_1m: r.pricing.outputPer1M,
    context_length: r.contextLength,
    arena_rank: r.arena?.rank ?? null,
    arena_score: r.arena?.score ?? null,
    arena_as_of: r.arena?.asOf ?? null,
    arena_of: r.arena?.of ?? null,
    arena_key: r.arena?.key ?? null,
  };
}
