import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { sqliteDialect } from './dialect.ts';
import { StoreError } from './errors.ts';
import { makeDraft, makeRecord } from './fixtures.ts';
import { migrationProvider } from './migrations/index.ts';
import { applyPragmas, openStore } from './open.ts';
import { tempDatabase } from './test-support.ts';

let tmp: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  tmp = tempDatabase();
});
afterEach(() => tmp.cleanup());

function migrationNames(path: string): string[] {
  const db = new Sqlite(path, { readonly: true });
  try {
    return (db.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map(
      (r) => r.name,
    );
  } finally {
    db.close();
  }
}

describe('openStore', () => {
  test('creates the file and its parent folders and runs the migrations once', async () => {
    const path = join(tmp.dir, 'nested', 'deeper', 'atlas.db');
    const store = await openStore(path);
    await store.close();
    assert.ok(existsSync(path));
    assert.deepEqual(migrationNames(path), [
      '0001_init',
      '0002_model_record',
      '0003_usage_day',
      '0004_input_usage_count',
    ]);
  });

  test('reopening runs nothing again and keeps the data', async () => {
    const first = await openStore(tmp.path);
    const meta = await first.writeSnapshot(makeDraft());
    await first.close();
    const second = await openStore(tmp.path);
    assert.deepEqual(await second.listSnapshots(), [meta]);
    await second.close();
    assert.deepEqual(migrationNames(tmp.path), [
      '0001_init',
      '0002_model_record',
      '0003_usage_day',
      '0004_input_usage_count',
    ]);
  });

  test('upgrades a database of the first schema and keeps its records', async () => {
    const record = makeRecord();
    const sqlite = new Sqlite(tmp.path);
    const db = new Kysely<unknown>({ dialect: sqliteDialect(sqlite) });
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo('0001_init');
    assert.equal(error, undefined);
    sqlite
      .prepare("insert into snapshot values (1, '2025-07-30T08:00:00.000Z', '2025-07-29', 'replay', 1, 0, ?)")
      .run(
        JSON.stringify({
          models: 1,
          bySourceType: { openrouter_only: 1 },
          byConfidence: { unmatched: 1 },
          rejected: 0,
        }),
      );
    sqlite
      .prepare(
        "insert into model_fact values (1, 0, ?, ?, 'openrouter_only', 'unmatched', 'priced', 0.1, 0.1, 128000, null, null, null, null, null, ?)",
      )
      .run(record.id, record.name, JSON.stringify(record));
    await db.destroy();

    const store = await openStore(tmp.path);
    assert.deepEqual(await store.loadRecords(1), [record]);
    assert.deepEqual(
      (await store.history(record.id, 1)).map((p) => p.inputPer1M),
      [0.1],
    );
    await store.close();
    assert.deepEqual(migrationNames(tmp.path), [
      '0001_init',
      '0002_model_record',
      '0003_usage_day',
      '0004_input_usage_count',
    ]);
  });

  test('sets WAL, foreign keys, synchronous NORMAL and a busy timeout on a connection', () => {
    const db = new Sqlite(tmp.path);
    try {
      applyPragmas(db, false);
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
      assert.equal(db.pragma('synchronous', { simple: true }), 1);
      assert.equal(db.pragma('busy_timeout', { simple: true }), 5000);
    } finally {
      db.close();
    }
  });

  test('leaves the file in WAL mode after the store closes', async () => {
    await (await openStore(tmp.path)).close();
    const db = new Sqlite(tmp.path, { readonly: true });
    try {
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    } finally {
      db.close();
    }
  });

  test('accepts a file: URL as DATABASE_URL gives it', async () => {
    const store = await openStore(`file://${tmp.path}`);
    assert.equal(store.path, tmp.path);
    await store.close();
    assert.ok(existsSync(tmp.path));
  });

  test('works in memory', async () => {
    const store = await openStore(':memory:');
    const meta = await store.writeSnapshot(makeDraft());
    assert.deepEqual(await store.latestSnapshot(), meta);
    await store.close();
  });

  test('says so when the file is not a database', async () => {
    writeFileSync(tmp.path, '<!DOCTYPE html><html><body>Bad gateway</body></html>'.repeat(40));
    await assert.rejects(
      openStore(tmp.path),
      (e: unknown) =>
        e instanceof StoreError &&
        e.message ===
          `${tmp.path} is not a SQLite database. Point DATABASE_URL at a Model Atlas database, or at a new file to create one.`,
    );
  });

  test('refuses a SQLite database that is not a Model Atlas store', async () => {
    const db = new Sqlite(tmp.path);
    db.exec('create table invoices (id integer primary key)');
    db.close();
    await assert.rejects(
      openStore(tmp.path),
      /is a SQLite database but not a Model Atlas store \(it holds invoices/,
    );
  });

  test('refuses a database written by a newer schema and leaves it untouched', async () => {
    await (await openStore(tmp.path)).close();
    const db = new Sqlite(tmp.path);
    db.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run(
      '0099_future',
      new Date().toISOString(),
    );
    db.close();
    await assert.rejects(
      openStore(tmp.path),
      /written by a newer version of Model Atlas: its schema has 0099_future/,
    );
    await assert.rejects(openStore(tmp.path, { readonly: true }), /newer version/);
    assert.deepEqual(migrationNames(tmp.path), [
      '0001_init',
      '0002_model_record',
      '0003_usage_day',
      '0004_input_usage_count',
      '0099_future',
    ]);
  });

  test('read-only: fails on a missing file, reads an existing one and refuses to write', async () => {
    await assert.rejects(
      openStore(tmp.path, { readonly: true }),
      /There is no database at .*Run an ingest first/,
    );
    assert.equal(existsSync(tmp.path), false);
    const writer = await openStore(tmp.path);
    const meta = await writer.writeSnapshot(makeDraft());
    await writer.close();
    const reader = await openStore(tmp.path, { readonly: true });
    assert.deepEqual(await reader.latestSnapshot(), meta);
    await assert.rejects(reader.writeSnapshot(makeDraft()), /opened read-only/);
    await reader.close();
  });

  test('read-only: refuses an empty database whose schema was never created', async () => {
    new Sqlite(tmp.path).close();
    await assert.rejects(
      openStore(tmp.path, { readonly: true }),
      /older schema \(missing 0001_init, 0002_model_record, 0003_usage_day, 0004_input_usage_count\)/,
    );
  });
});
