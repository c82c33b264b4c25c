// The first schema: snapshots, their inputs, rejections, model facts and content-addressed raw records.
// The only SQLite-specific line is the autoincrement key; a PostgreSQL migration would use an identity column.

import { type Kysely, type Migration, sql } from 'kysely';

const SOURCE_TYPES = sql`('openrouter_only', 'arena_only', 'openrouter+arena')`;
const CONFIDENCES = sql`('exact', 'high', 'medium', 'low', 'unmatched')`;
const PRICING_STATES = sql`('priced', 'free', 'variable', 'unknown')`;
const MODES = sql`('as-of', 'replay', 'live', 'bundled')`;

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('snapshot')
    // AUTOINCREMENT so an id is never reused, even after the newest snapshot is deleted.
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ${MODES}`))
    .addColumn('model_count', 'integer', (c) => c.notNull())
    .addColumn('rejected_count', 'integer', (c) => c.notNull())
    .addColumn('counts_json', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('snapshot_as_of').on('snapshot').columns(['as_of', 'id']).execute();

  await db.schema
    .createTable('input_file')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('raw_count', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('snapshot_input')
    .addColumn('snapshot_id', 'integer', (c) => c.notNull().references('snapshot.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().references('input_file.sha256'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('records', 'integer', (c) => c.notNull())
    .addColumn('rejected', 'integer', (c) => c.notNull())
    .addColumn('partial', 'integer', (c) => c.notNull().check(sql`partial in (0, 1)`))
    .addColumn('meta_json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('snapshot_input_pk', ['snapshot_id', 'position'])
    .execute();
  await db.schema.createIndex('snapshot_input_sha256').on('snapshot_input').column('sha256').execute();

  await db.schema
    .createTable('rejection')
    .addColumn('snapshot_id', 'integer', (c) => c.notNull().references('snapshot.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text')
    .addColumn('field', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rejection_pk', ['snapshot_id', 'position'])
    .execute();

  await db.schema
    .createTable('model_fact')
    .addColumn('snapshot_id', 'integer', (c) => c.notNull().references('snapshot.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('model_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source_type', 'text', (c) => c.notNull().check(sql`source_type in ${SOURCE_TYPES}`))
    .addColumn('confidence', 'text', (c) => c.notNull().check(sql`confidence in ${CONFIDENCES}`))
    .addColumn('pricing_state', 'text', (c) => c.notNull().check(sql`pricing_state in ${PRICING_STATES}`))
    // double precision, not real: PostgreSQL's real is 4 bytes and would round prices.
    .addColumn('input_per_1m', 'double precision')
    .addColumn('output_per_1m', 'double precision')
    .addColumn('context_length', 'integer')
    .addColumn('arena_rank', 'integer')
    .addColumn('arena_score', 'double precision')
    .addColumn('arena_as_of', 'text')
    .addColumn('arena_of', 'integer')
    .addColumn('arena_key', 'text')
    .addColumn('record_json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('model_fact_pk', ['snapshot_id', 'model_id'])
    .execute();
  await db.schema
    .createIndex('model_fact_model')
    .on('model_fact')
    .columns(['model_id', 'snapshot_id'])
    .execute();

  await db.schema
    .createTable('raw_blob')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('json', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('raw_record')
    .addColumn('input_sha256', 'text', (c) => c.notNull().references('input_file.sha256'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('blob_hash', 'text', (c) => c.notNull().references('raw_blob.hash'))
    .addColumn('position', 'integer', (c) => c.notNull())
    // The blob hash is part of the key: two different records under one id in one file are both kept.
    .addPrimaryKeyConstraint('raw_record_pk', ['input_sha256', 'source', 'record_id', 'blob_hash'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'raw_record',
    'raw_blob',
    'model_fact',
    'rejection',
    'snapshot_input',
    'input_file',
    'snapshot',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

export const init: Migration = { up, down };
