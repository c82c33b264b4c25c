import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Sqlite from 'better-sqlite3';
import { Kysely, type Migration, Migrator } from 'kysely';
import { sqliteDialect } from './dialect.ts';

describe('sqliteDialect', () => {
  test('rolls a failing migration back whole, so no half schema is left', async () => {
    const sqlite = new Sqlite(':memory:');
    const db = new Kysely<unknown>({ dialect: sqliteDialect(sqlite) });
    const broken: Migration = {
      async up(trx) {
        await trx.schema.createTable('half_made').addColumn('id', 'integer').execute();
        throw new Error('the second step failed');
      },
    };
    const { error, results } = await new Migrator({
      db,
      provider: { getMigrations: async () => ({ '0001_broken': broken }) },
    }).migrateToLatest();
    assert.match(String(error), /the second step failed/);
    assert.equal(results?.[0]?.status, 'Error');
    const tables = sqlite.prepare("select name from sqlite_master where type = 'table'").all() as {
      name: string;
    }[];
    assert.equal(
      tables.some((t) => t.name === 'half_made'),
      false,
    );
    const recorded = sqlite.prepare('select count(*) as n from kysely_migration').get() as { n: number };
    assert.equal(recorded.n, 0);
    await db.destroy();
  });
});
