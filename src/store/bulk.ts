// Many-row inserts inside a write transaction. kysely compiles a multi-row VALUES statement per chunk,
// which better-sqlite3 then prepares afresh; on SQLite one prepared single-row statement run per row is
// several times faster. Any other database gets the portable kysely form.

import type Sqlite from 'better-sqlite3';
import type { Insertable, Transaction } from 'kysely';
import { chunked } from './chunks.ts';
import type { Database } from './schema.ts';

export type TableName = keyof Database & string;

export interface BulkInsertSpec<T extends TableName> {
  table: T;
  /** Every column the rows carry, in a fixed order. */
  columns: readonly (keyof Database[T] & string)[];
  rows: readonly Insertable<Database[T]>[];
  /** Key columns of an ON CONFLICT … DO NOTHING: a row already stored under that key is skipped. */
  skipConflictsOn?: readonly (keyof Database[T] & string)[];
}

/** Inserts rows within `trx`, so they commit or roll back with the rest of the snapshot. */
export type BulkInsert = <T extends TableName>(
  trx: Transaction<Database>,
  spec: BulkInsertSpec<T>,
) => Promise<void>;

/** The portable form: kysely multi-row inserts in chunks small enough for any bound-parameter limit. */
export const kyselyBulkInsert: BulkInsert = async (trx, spec) => {
  const table = spec.table as TableName;
  const conflict = spec.skipConflictsOn as readonly string[] | undefined;
  for (const chunk of chunked(spec.rows as readonly Insertable<Database[TableName]>[])) {
    const insert = trx.insertInto(table).values(chunk as never);
    await (conflict
      ? insert.onConflict((oc) => oc.columns(conflict as never).doNothing())
      : insert
    ).execute();
  }
};

/**
 * The SQLite form, on the better-sqlite3 handle under the store's kysely instance: the same connection,
 * so inside the transaction kysely opened. It refuses to run outside one, where rows would commit alone.
 */
export function sqliteBulkInsert(sqlite: Sqlite.Database): BulkInsert {
  const statements = new Map<string, Sqlite.Statement>();
  return async (_trx, spec) => {
    if (spec.rows.length === 0) return;
    if (!sqlite.inTransaction) {
      throw new Error(`Rows for ${spec.table} must be written inside the snapshot's transaction.`);
    }
    const sql = insertSql(spec.table, spec.columns, spec.skipConflictsOn);
    let statement = statements.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      statements.set(sql, statement);
    }
    const { columns } = spec;
    const values: unknown[] = new Array(columns.length);
    for (const row of spec.rows as readonly Record<string, unknown>[]) {
      for (let c = 0; c < columns.length; c++) values[c] = row[columns[c]!];
      statement.run(values);
    }
  };
}

function insertSql(
  table: string,
  columns: readonly string[],
  conflict: readonly string[] | undefined,
): string {
  const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');
  const placeholders = columns.map(() => '?').join(', ');
  const onConflict = conflict ? ` on conflict (${quoted(conflict)}) do nothing` : '';
  return `insert into "${table}" (${quoted(columns)}) values (${placeholders})${onConflict}`;
}
