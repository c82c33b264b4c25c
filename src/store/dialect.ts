// SQLite through kysely, with migrations run inside a transaction: SQLite rolls DDL back, though
// kysely's stock adapter does not claim it, so a failed upgrade would otherwise leave half a schema.

import type Sqlite from 'better-sqlite3';
import { type DialectAdapter, SqliteAdapter, SqliteDialect } from 'kysely';

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class AtlasSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

export function sqliteDialect(database: Sqlite.Database): SqliteDialect {
  return new AtlasSqliteDialect({ database });
}
