// Daily usage rows, stored once per input file (by its sha256) like raw records, so a snapshot's
// usage series is read back from the files it used. Clustered by (file, date, model) on SQLite
// (WITHOUT ROWID): a snapshot reads a date range of each file; a PostgreSQL migration would omit it.
// Tokens are bigint: a day of one model passes 2^31 (the platform makes trillions a day).

import { type Kysely, type Migration, sql } from 'kysely';

const KEY_KINDS = sql`('api-id', 'permaslug', 'other')`;

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('usage_day')
    .addColumn('input_sha256', 'text', (c) => c.notNull().references('input_file.sha256'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('model_key', 'text', (c) => c.notNull())
    .addColumn('key_kind', 'text', (c) => c.notNull().check(sql`key_kind in ${KEY_KINDS}`))
    .addColumn('tokens', 'bigint', (c) => c.notNull().check(sql`tokens >= 0`))
    .addColumn('prompt', 'bigint')
    .addColumn('completion', 'bigint')
    .addColumn('reasoning', 'bigint')
    .addPrimaryKeyConstraint('usage_day_pk', ['input_sha256', 'date', 'model_key'])
    .modifyEnd(sql`without rowid`)
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('usage_day').execute();
}

export const usageDay: Migration = { up, down };
