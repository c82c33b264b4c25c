// model-atlas serve / start: serve the latest snapshot from memory.
// `start` first makes sure there is something to serve: the live sources, or else the bundled
// offline history, saying which in one line.

import cluster from 'node:cluster';
import type { Command } from 'commander';
import { buildCatalog } from '../../catalog/catalog.ts';
import { importBundle } from '../../pipeline/bundle.ts';
import { ingestLive } from '../../pipeline/live.ts';
import type { Store } from '../../store/index.ts';
import { startServer } from '../../web/server.ts';
import { announce, resolveWorkers, runPrimary } from '../cluster.ts';
import { BUNDLED_HISTORY_PATH, liveSourceConfig, resolveServeConfig } from '../config.ts';
import { createProgress } from '../progress.ts';
import { chooseSnapshot, loadOverrides, withStore } from './shared.ts';

interface ServeFlags {
  db?: string;
  port?: string;
  host?: string;
  workers?: string;
}

async function serveLatest(flags: ServeFlags): Promise<void> {
  const config = resolveServeConfig(flags);
  const workers = resolveWorkers(flags.workers);
  if (workers > 1 && cluster.isPrimary) {
    // The workers run this same command; each loads the snapshot and listens on the shared port.
    runPrimary(workers);
    return;
  }
  const data = await withStore(flags.db, { readonly: true }, async (store) => {
    const snapshot = await chooseSnapshot(store, undefined);
    return store.loadCatalogData(snapshot.id);
  });
  const catalog = buildCatalog(data);
  const server = await startServer({
    catalog,
    port: config.port,
    host: config.host,
    baseUrl: config.baseUrl,
  });
  announce({
    kind: 'listening',
    line: `Serving ${data.records.length} models (snapshot #${data.snapshot.id}, as of ${data.snapshot.asOf}) at ${server.url}`,
  });
  void server.warmed.then((warm) => {
    if (warm) announce({ kind: 'warm', pages: warm.pages, ms: warm.ms, failed: warm.failed });
  });
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Fill an empty database: live sources first, the bundled history when they cannot be reached. */
export async function ensureData(store: Store, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  if (await store.latestSnapshot()) return null;
  let liveFailure = 'ATLAS_OFFLINE is set';
  if (!env.ATLAS_OFFLINE) {
    try {
      const summary = await ingestLive(
        liveSourceConfig(env),
        { store, overrides: await loadOverrides(true), progress: createProgress(process.stderr, true) },
        { timeoutMs: 15_000, retries: 1 },
      );
      return `Ingested the live sources: ${summary.snapshot.counts.models} models as of ${summary.snapshot.asOf}.`;
    } catch (err) {
      liveFailure = (err as Error).message.split('. ')[0]!;
    }
  }
  const written = await importBundle(store, BUNDLED_HISTORY_PATH);
  const first = written[0]?.asOf;
  const last = written.at(-1)?.asOf;
  return `Live sources unavailable (${liveFailure}); serving the bundled offline history: ${written.length} snapshots, ${first} to ${last}.`;
}

export function registerServe(program: Command): void {
  const serveOptions = (cmd: Command) =>
    cmd
      .option('--db <path>', 'SQLite database file (default var/atlas.db, or DATABASE_URL)')
      .option('--port <n>', 'port to listen on (default 3000, or PORT)')
      .option('--host <host>', 'interface to listen on (default 127.0.0.1, or HOST)')
      .option(
        '--workers <n>',
        'server processes sharing the port, e.g. one per core (default 1, or WEB_CONCURRENCY)',
      );

  serveOptions(
    program.command('serve').description('Serve the explorer, model pages and API for the latest snapshot.'),
  ).action(serveLatest);

  serveOptions(
    program
      .command('start')
      .description(
        'Serve, first filling an empty database from the live sources or the bundled offline history.',
      ),
  ).action(async (flags: ServeFlags) => {
    const line = await withStore(flags.db, {}, (store) => ensureData(store));
    if (line) console.log(line);
    await serveLatest(flags);
  });
}
