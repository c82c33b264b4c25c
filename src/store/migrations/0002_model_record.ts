// Narrows model_fact for history scans, which read it for every snapshot: the record JSON moves to its own
// table, and on SQLite the facts are clustered by (snapshot_id, model_id) (WITHOUT ROWID), so a snapshot's
// facts are one range read instead of an index probe per row. A PostgreSQL migration would omit that clause.

import { type Kysely, type Migration, sql } from 'kysely';

const SOURCE_TYPES = sql`('openrouter_only', 'arena_only', 'openrouter+arena')`;
const CONFIDENCES = sql`('exact', 'high', 'medium', 'low', 'unmatched')`;
const PRICING_STATES = sql`('priced', 'free', 'variable', 'unknown')`;
const FACT_COLUMNS = sql.raw(
  'snapshot_id, position, model_id, name, source_type, confidence, pricing_state, input_per_1m, output_per_1m, context_length, arena_rank, arena_score, arena_as_of, arena_of, arena_key',
);

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('model_fact_next')
    .addColumn('snapshot_id', 'integer', (c) => c.notNull().references('snapshot.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('model_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source_type', 'text', (c) => c.notNull().check(sql`source_type in ${SOURCE_TYPES}`))
    .addColumn('confidence', 'text', (c) => c.notNull().check(sql`confidence in ${CONFIDENCES}`))
    .addColumn('pricing_state', 'text', (c) => c.notNull().check(sql`pricing_state in ${PRICING_STATES}`))
    .addColumn('input_per_1m', 'double precision')
    .addColumn('output_per_1m', 'double precision')
    .addColumn('context_length', 'integer')
    .addColumn('arena_rank', 'integer')
    .addColumn('arena_score', 'double precision')
    .addColumn('arena_as_of', 'text')
    .addColumn('arena_of', 'integer')
    .addColumn('arena_key', 'text')
    .addPrimaryKeyConstraint('model_fact_pk', ['snapshot_id', 'model_id'])
    .modifyEnd(sql`without rowid`)
    .execute();
  await sql`insert into model_fact_next (${FACT_COLUMNS}) select ${FACT_COLUMNS} from model_fact`.execute(db);

  await db.schema
    .createTable('model_record')
    .addColumn('snapshot_id', 'integer', (c) => c.notNull().references('snapshot.id').onDelete('cascade'))
    .addColumn('model_id', 'text', (c) => c.notNull())
    .addColumn('json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('model_record_pk', ['snapshot_id', 'model_id'])
    .execute();
  await sql`insert into model_record (snapshot_id, model_id, json) select snapshot_id, model_id, record_json from model_fact`.execute(
    db,
  );

  await db.schema.dropTable('model_fact').execute();
  await db.schema.alterTable('model_fact_next').renameTo('model_fact').execute();
  await db.schema
    .createIndex('model_fact_model')
    .on('model_fact')
    .columns(['model_id', 'snapshot_id'])
    .execute();
}

export const modelRecord: Migration = { up };
