// The server under load: `model-atlas serve` as its own process over a database, as a user runs it,
// and the database itself (the recorded upstream data ingested, or the bundled offline history).

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog, type Catalog } from '../src/catalog/catalog.ts';
import { BUNDLED_HISTORY_PATH } from '../src/cli/config.ts';
import { importBundle } from '../src/pipeline/bundle.ts';
import { openStore } from '../src/store/index.ts';

/** Fill a new database at `db`; says where the snapshot came from. */
export async function prepareDatabase(db: string, recorded: string | undefined): Promise<string> {
  if (recorded) {
    const run = spawnSync(
      process.execPath,
      ['bin/model-atlas.js', 'ingest', '--from', recorded, '--db', db, '--quiet'],
      { encoding: 'utf8', timeout: 300_000 },
    );
    if (run.status !== 0)
      throw new Error(`model-atlas ingest of ${recorded} failed (exit ${run.status}):\n${run.stderr}`);
    return `the recorded data in ${recorded}, ingested`;
  }
  const store = await openStore(db);
  try {
    const written = await importBundle(store, BUNDLED_HISTORY_PATH);
    return `the bundled offline history (${written.length} snapshots; ATLAS_RECORDED_DATA was not set)`;
  } finally {
    await store.close();
  }
}

export async function latestCatalog(db: string): Promise<Catalog> {
  const store = await openStore(db, { readonly: true });
  try {
    const snapshot = await store.latestSnapshot();
    if (!snapshot) throw new Error(`The database ${db} holds no snapshot; ingest one first.`);
    return buildCatalog(await store.loadCatalogData(snapshot.id));
  } finally {
    await store.close();
  }
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** CPU seconds (user + system) the process has used so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** Start `model-atlas serve` and resolve once it prints that it is serving. */
export async function startServerProcess(db: string, port: number): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join('bin', 'model-atlas.js'), 'serve', '--db', db, '--port', String(port), '--host', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stderr!.on('data', (c: Buffer) => {
    output += c.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`model-atlas serve did not start within 60 s:\n${output}`)),
      60_000,
    );
    child.stdout!.on('data', (c: Buffer) => {
      output += c.toString();
      if (/^Serving /m.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`model-atlas serve exited (${code}) before serving:\n${output}`));
    });
  });
  const pid = child.pid!;
  const ticks = 100; // USER_HZ on Linux
  return {
    url: `http://127.0.0.1:${port}`,
    pid,
    cpuSeconds() {
      // Fields 14 and 15 of /proc/<pid>/stat, counted after the parenthesized command name.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / ticks;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
