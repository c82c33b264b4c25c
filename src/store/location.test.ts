import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { StoreError } from './errors.ts';
import { sqlitePathFromUrl } from './location.ts';

describe('sqlitePathFromUrl', () => {
  test('keeps a plain path and :memory: as they are', () => {
    assert.equal(sqlitePathFromUrl('./data/atlas.db'), './data/atlas.db');
    assert.equal(sqlitePathFromUrl('  /var/lib/atlas.db '), '/var/lib/atlas.db');
    assert.equal(sqlitePathFromUrl(':memory:'), ':memory:');
  });

  test('reads relative and absolute file: URLs, dropping query strings', () => {
    assert.equal(sqlitePathFromUrl('file:./data/atlas.db'), './data/atlas.db');
    assert.equal(sqlitePathFromUrl('file:data/atlas.db?mode=rwc'), 'data/atlas.db');
    assert.equal(sqlitePathFromUrl('file:/srv/atlas.db'), '/srv/atlas.db');
    assert.equal(sqlitePathFromUrl('file:///srv/my%20atlas.db'), '/srv/my atlas.db');
    assert.equal(sqlitePathFromUrl('FILE:///srv/atlas.db'), '/srv/atlas.db');
  });

  test('refuses PostgreSQL with a sentence that does not echo the password', () => {
    for (const url of ['postgres://atlas:s3cret@db/atlas', 'postgresql://atlas:s3cret@db/atlas']) {
      assert.throws(
        () => sqlitePathFromUrl(url),
        (e: unknown) =>
          e instanceof StoreError &&
          /PostgreSQL is not supported yet/.test(e.message) &&
          !e.message.includes('s3cret'),
      );
    }
  });

  test('refuses other schemes, empty values and a file: URL without a file', () => {
    assert.throws(() => sqlitePathFromUrl('mysql://db/atlas'), /"mysql:" scheme/);
    assert.throws(() => sqlitePathFromUrl('   '), /location is empty/);
    assert.throws(() => sqlitePathFromUrl('file:'), /names no file/);
  });
});
