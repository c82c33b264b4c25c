import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { type BulkInsert, kyselyBulkInsert, sqliteBulkInsert } from './bulk.ts';
import { sqliteDialect } from './dialect.ts';
import { StoreError } from './errors.ts';
import { makeDraft, makeInput, makeRecord } from './fixtures.ts';
import { migrationProvider } from './migrations/index.ts';
import { openStore } from './open.ts';
import type { Database } from './schema.ts';
import { ALL_TABLES, countRows, tempDatabase } from './test-support.ts';

let tmp: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  tmp = tempDatabase();
});
afterEach(() => tmp.cleanup());

async function migrated(path: string): Promise<{ sqlite: Sqlite.Database; db: Kysely<Database> }> {
  const sqlite = new Sqlite(path);
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: sqliteDialect(sqlite) });
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error !== undefined) throw error;
  return { sqlite, db };
}

const SHA = 'a'.repeat(64);
const BLOBS = [
  { hash: 'h1', json: '{"a":1}' },
  { hash: 'h2', json: '{"b":"é 😀"}' },
  { hash: 'h1', json: '{"a":1}' }, // a repeat within one call, skipped by the conflict clause
];
const DAYS = [
  {
    input_sha256: SHA,
    date: '2026-01-30',
    model_key: 'z-ai/glm-4-32b',
    key_kind: 'api-id',
    tokens: 29_000_000_000_123,
    prompt: 1,
    completion: null,
    reasoning: 0,
  },
  {
    input_sha256: SHA,
    date: '2026-01-31',
    model_key: 'other',
    key_kind: 'other',
    tokens: 0,
    prompt: null,
    completion: null,
    reasoning: null,
  },
];

/** Writes the same rows through one form and reads every table back as plain rows. */
async function writeWith(make: (sqlite: Sqlite.Database) => BulkInsert, path: string): Promise<unknown> {
  const { sqlite, db } = await migrated(path);
  const bulk = make(sqlite);
  await db.transaction().execute(async (trx) => {
    await bulk(trx, {
      table: 'input_file',
      columns: ['sha256', 'kind', 'bytes', 'raw_count'],
      rows: [{ sha256: SHA, kind: 'openrouter.usage', bytes: 10, raw_count: 0 }],
    });
    await bulk(trx, { table: 'raw_blob', columns: ['hash', 'json'], rows: BLOBS, skipConflictsOn: ['hash'] });
    await bulk(trx, { table: 'raw_blob', columns: ['hash', 'json'], rows: [], skipConflictsOn: ['hash'] });
    await bulk(trx, {
      table: 'usage_day',
      columns: [
        'input_sha256',
        'date',
        'model_key',
        'key_kind',
        'tokens',
        'prompt',
        'completion',
        'reasoning',
      ],
      rows: DAYS,
    });
  });
  const out = {
    blobs: sqlite.prepare('select hash, json from raw_blob order by hash').all(),
    days: sqlite
      .prepare('select *, typeof(tokens) as t, typeof(prompt) as p from usage_day order by date')
      .all(),
  };
  await db.destroy();
  return out;
}

describe('bulk inserts', () => {
  test('the SQLite form writes exactly the rows the kysely form writes, conflicts skipped alike', async () => {
    const fast = await writeWith(sqliteBulkInsert, `${tmp.dir}/fast.db`);
    const portable = await writeWith(() => kyselyBulkInsert, `${tmp.dir}/portable.db`);
    assert.deepEqual(fast, portable);
    assert.equal((fast as { blobs: unknown[] }).blobs.length, 2);
    assert.deepEqual((fast as { days: { tokens: number; t: string }[] }).days[0]!.t, 'integer');
  });

  test('the SQLite form refuses to write outside a transaction, where rows would commit alone', async () => {
    const { sqlite, db } = await migrated(tmp.path);
    const bulk = sqliteBulkInsert(sqlite);
    await assert.rejects(
      bulk(db as never, { table: 'raw_blob', columns: ['hash', 'json'], rows: BLOBS }),
      /must be written inside the snapshot's transaction/,
    );
    assert.equal(countRows(tmp.path, ['raw_blob']).raw_blob, 0);
    await db.destroy();
  });

  test("rows the SQLite form wrote roll back with kysely's transaction", async () => {
    const { sqlite, db } = await migrated(tmp.path);
    const bulk = sqliteBulkInsert(sqlite);
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await bulk(trx, {
          table: 'raw_blob',
          columns: ['hash', 'json'],
          rows: BLOBS,
          skipConflictsOn: ['hash'],
        });
        // A row on the same transaction through kysely, then a failure.
        await trx.insertInto('raw_blob').values({ hash: 'h3', json: '3' }).execute();
        throw new Error('stop');
      }),
      /stop/,
    );
    assert.equal(countRows(tmp.path, ['raw_blob']).raw_blob, 0);
    await db.destroy();
  });

  test('a snapshot whose last table fails leaves no usage, raw or other rows behind', async () => {
    const store = await openStore(tmp.path);
    const before = await store.writeSnapshot(makeDraft());
    const counts = countRows(tmp.path, [...ALL_TABLES]);
    const usage = makeInput({
      kind: 'openrouter.usage',
      location: 'openrouter-usage/activity.csv',
      sha256: 'c'.repeat(64),
      meta: { format: 'model-activity-csv' },
    });
    const broken = makeRecord({ id: 'openai/gpt-4o' });
    Object.assign(broken.pricing, { state: 'cheap' });
    const days = Array.from({ length: 1200 }, (_, i) => ({
      date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
      modelKey: `vendor/model-${Math.floor(i / 28)}`,
      keyKind: 'api-id' as const,
      tokens: i * 1000,
      prompt: null,
      completion: null,
      reasoning: null,
    }));
    const draft = makeDraft({
      asOf: '2026-01-30',
      inputs: [usage],
      records: [makeRecord(), broken],
      raw: [
        {
          inputSha256: usage.sha256,
          source: 'openrouter-usage',
          recordId: 'vendor/model-0',
          raw: { rows: [] },
        },
      ],
      usageDays: [{ inputSha256: usage.sha256, days }],
    });
    await assert.rejects(
      store.writeSnapshot(draft),
      (e: unknown) =>
        e instanceof StoreError && /CHECK constraint failed.*Nothing was written/.test(e.message),
    );
    assert.deepEqual(countRows(tmp.path, [...ALL_TABLES]), counts);
    assert.deepEqual(await store.latestSnapshot(), before);
    // The same draft with a valid record writes every usage row.
    await store.writeSnapshot({ ...draft, records: [makeRecord()] });
    assert.equal(countRows(tmp.path, ['usage_day']).usage_day, 1200);
    await store.close();
  });
});
