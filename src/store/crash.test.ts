import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import Sqlite from 'better-sqlite3';
import { makeDraft, makeRecord } from './fixtures.ts';
import { openStore } from './open.ts';
import { ALL_TABLES, countRows, tempDatabase } from './test-support.ts';

let tmp: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  tmp = tempDatabase();
});
afterEach(() => tmp.cleanup());

/** Starts the crash writer, waits until it is inside its transaction, and kills it there. */
async function killMidWrite(path: string): Promise<{ walBytes: number; signal: NodeJS.Signals | null }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'crash-writer.ts'), path],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The writer never reached its transaction. Its stderr: ${stderr}`)),
      30_000,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('inside')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`The writer exited (code ${code}) before reaching its transaction. Its stderr: ${stderr}`),
      );
    });
  });
  const walBytes = statSync(`${path}-wal`).size;
  child.kill('SIGKILL');
  return { walBytes, signal: await exited };
}

describe('a crash in the middle of a write', () => {
  test('leaves a database that opens cleanly with the previous snapshot intact', async () => {
    const records = [makeRecord(), makeRecord({ id: 'openai/gpt-4.1' })];
    const store = await openStore(tmp.path);
    const before = await store.writeSnapshot(makeDraft({ records }));
    await store.close();
    const rowsBefore = countRows(tmp.path, [...ALL_TABLES]);

    const { walBytes, signal } = await killMidWrite(tmp.path);
    assert.equal(signal, 'SIGKILL');
    // Uncommitted pages of the killed write did reach the disk, so recovery had real work to ignore.
    assert.ok(walBytes > 4_000_000, `the WAL held only ${walBytes} bytes when the writer was killed`);

    const reopened = await openStore(tmp.path);
    assert.deepEqual(await reopened.listSnapshots(), [before]);
    assert.deepEqual(await reopened.latestSnapshot(), before);
    assert.deepEqual(await reopened.loadRecords(before.id), records);
    const after = await reopened.writeSnapshot(makeDraft({ asOf: '2025-12-19', records }));
    assert.deepEqual(await reopened.latestSnapshot(), after);
    await reopened.close();

    const db = new Sqlite(tmp.path, { readonly: true });
    try {
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      assert.deepEqual(db.pragma('foreign_key_check'), []);
    } finally {
      db.close();
    }
    const rowsAfter = countRows(tmp.path, [...ALL_TABLES]);
    assert.deepEqual(rowsAfter, {
      ...rowsBefore,
      snapshot: 2,
      snapshot_input: 2,
      model_fact: 4,
      model_record: 4,
    });
  });
});
