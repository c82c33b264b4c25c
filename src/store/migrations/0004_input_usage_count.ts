// How many daily usage rows the draft that stored an input file supplied, so a snapshot that reuses the
// file checks one number instead of counting (or rebuilding) tens of thousands of rows.
// Its own step: databases already at 0003_usage_day get the column too.

import { type Kysely, type Migration, sql } from 'kysely';

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('input_file')
    .addColumn('usage_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Files stored under 0003 get their stored row count: the parsers drop repeated rows, so it is what
  // their drafts supplied.
  await sql`update input_file set usage_count = (select count(*) from usage_day where usage_day.input_sha256 = input_file.sha256)`.execute(
    db,
  );
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('input_file').dropColumn('usage_count').execute();
}

export const inputUsageCount: Migration = { up, down };
