// Opening a store: the SQLite file, its pragmas, and a schema brought to this version's migrations.

import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { sqliteBulkInsert } from './bulk.ts';
import { sqliteDialect } from './dialect.ts';
import { StoreError } from './errors.ts';
import { sqlitePathFromUrl } from './location.ts';
import { MIGRATIONS, migrationProvider } from './migrations/index.ts';
import type { Database } from './schema.ts';
import { createStore } from './store.ts';
import type { OpenStoreOptions, Store } from './types.ts';

const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (and creates, with its parent folders) the SQLite store at `location`: a path, a `file:` URL or
 * DATABASE_URL's value. Migrations run on open unless `readonly`.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  const path = sqlitePathFromUrl(location);
  const readonly = options.readonly ?? false;
  const sqlite = openSqlite(path, readonly);
  const db = new Kysely<Database>({ dialect: sqliteDialect(sqlite) });
  try {
    await prepareSchema(db, path, readonly);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createStore(db, path, readonly, sqliteBulkInsert(sqlite));
}

function openSqlite(path: string, readonly: boolean): Sqlite.Database {
  const inMemory = path === ':memory:';
  if (readonly && (inMemory || !existsSync(path))) {
    throw new StoreError(
      `There is no database at ${path}. Run an ingest first to create it, or check DATABASE_URL.`,
    );
  }
  if (!inMemory && !readonly) mkdirSync(dirname(resolve(path)), { recursive: true });
  let sqlite: Sqlite.Database;
  try {
    sqlite = new Sqlite(path, { readonly, fileMustExist: readonly });
  } catch (error) {
    throw new StoreError(
      `Could not open the database at ${path}: ${messageOf(error)}. Check the path and its permissions.`,
    );
  }
  try {
    applyPragmas(sqlite, readonly);
  } catch (error) {
    sqlite.close();
    if (codeOf(error) === 'SQLITE_NOTADB') {
      throw new StoreError(
        `${path} is not a SQLite database. Point DATABASE_URL at a Model Atlas database, or at a new file to create one.`,
      );
    }
    throw new StoreError(`Could not prepare the database at ${path}: ${messageOf(error)}.`);
  }
  return sqlite;
}

/** The connection settings every store connection gets; throws SQLITE_NOTADB on a file that is not a database. */
export function applyPragmas(sqlite: Sqlite.Database, readonly: boolean): void {
  // WAL lets the web read while an ingest writes; a read-only connection cannot switch modes.
  if (!readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // In WAL mode NORMAL never corrupts the file on a crash; it only skips the fsync per commit, so a
  // power cut may lose the last snapshot written, which the next ingest rewrites.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Reads the header: a file that is not a database fails here rather than on first use.
  sqlite.pragma('schema_version');
}

async function prepareSchema(db: Kysely<Database>, path: string, readonly: boolean): Promise<void> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  const names = tables.map((t) => t.name);
  if (!names.includes('kysely_migration')) {
    if (names.length > 0) {
      throw new StoreError(
        `${path} is a SQLite database but not a Model Atlas store (it holds ${names.slice(0, 5).join(', ')} and no schema history). Point DATABASE_URL at a new file.`,
      );
    }
  }
  const applied = names.includes('kysely_migration')
    ? (
        await db
          .withTables<{ kysely_migration: { name: string } }>()
          .selectFrom('kysely_migration')
          .select('name')
          .execute()
      ).map((r) => r.name)
    : [];
  const unknown = applied.filter((name) => !Object.hasOwn(MIGRATIONS, name));
  if (unknown.length > 0) {
    throw new StoreError(
      `${path} was written by a newer version of Model Atlas: its schema has ${unknown.join(', ')}, which this version does not know. Upgrade Model Atlas, or point DATABASE_URL at another file.`,
    );
  }
  const missing = Object.keys(MIGRATIONS).filter((name) => !applied.includes(name));
  if (missing.length === 0) return;
  if (readonly) {
    throw new StoreError(
      `${path} has an older schema (missing ${missing.join(', ')}) and was opened read-only. Open it once for writing (any ingest does) to upgrade it.`,
    );
  }
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'an unknown step';
    throw new StoreError(
      `Upgrading the schema of ${path} failed at ${failed}: ${messageOf(error)}. The schema was left as it was; report this with the message above.`,
    );
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function codeOf(error: unknown): unknown {
  return error !== null && typeof error === 'object' && 'code' in error ? error.code : undefined;
}
