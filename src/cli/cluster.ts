// `serve --workers N`: N copies of the server, one per core, accepting on one shared port
// (node:cluster). The primary serves nothing: it starts the workers, prints one line when all of them
// listen and one when all have rendered their pages, replaces a worker that dies, and stops them all.

import cluster, { type Worker } from 'node:cluster';

/** What a worker tells the primary. */
export type WorkerNews =
  | { kind: 'listening'; line: string }
  | { kind: 'warm'; pages: number; ms: number; failed: string[] };

export const MAX_WORKERS = 64;

/** The worker count from --workers or WEB_CONCURRENCY; 1 (no cluster) when neither is set. */
export function resolveWorkers(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  const text = flag ?? env.WEB_CONCURRENCY ?? '1';
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS)
    throw new Error(
      `The number of workers must be a whole number from 1 to ${MAX_WORKERS} (one per core is a good start); got ${JSON.stringify(text)}.`,
    );
  return n;
}

/** In a worker, pass news to the primary; elsewhere, print it. */
export function announce(news: WorkerNews, print: (line: string) => void = console.log): void {
  if (cluster.isWorker && process.send) {
    process.send(news);
    return;
  }
  print(describeNews(news));
}

export function describeNews(news: WorkerNews, workers = 1): string {
  if (news.kind === 'listening') return workers > 1 ? `${news.line} with ${workers} workers` : news.line;
  const each = workers > 1 ? ' in every worker' : '';
  const failed = news.failed.length > 0 ? `; ${news.failed.length} failed: ${news.failed.join(', ')}` : '';
  return `Render cache warm${each}: ${news.pages} pages in ${(news.ms / 1000).toFixed(1)} s${failed}.`;
}

/** Run in the primary: fork `count` workers (each runs this same command) and watch over them. */
export function runPrimary(count: number, print: (line: string) => void = console.log): void {
  const listening = new Set<number>();
  const warm = new Map<number, Extract<WorkerNews, { kind: 'warm' }>>();
  let stopping = false;
  let announced = false;

  const fork = () => {
    const worker: Worker = cluster.fork();
    worker.on('message', (news: WorkerNews) => {
      if (news.kind === 'listening') {
        listening.add(worker.id);
        if (!announced && listening.size === count) {
          announced = true;
          print(describeNews(news, count));
        }
      } else {
        warm.set(worker.id, news);
        if (warm.size === count) {
          const all = [...warm.values()];
          const slowest = all.reduce((a, b) => (b.ms > a.ms ? b : a));
          print(describeNews({ ...slowest, failed: [...new Set(all.flatMap((w) => w.failed))] }, count));
        }
      }
    });
  };

  cluster.on('exit', (worker, code, signal) => {
    // With no workers left the primary has nothing to wait for and ends by itself.
    if (stopping) return;
    if (!listening.has(worker.id)) {
      // A worker that never listened (a bad database, a busy port) will fail again: stop.
      process.stderr.write(`model-atlas: a server worker could not start (exit ${code ?? signal}).\n`);
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill();
      process.exitCode = 1;
      return;
    }
    process.stderr.write(
      `model-atlas: server worker ${worker.process.pid} stopped (${code ?? signal}); starting another.\n`,
    );
    listening.delete(worker.id);
    warm.delete(worker.id);
    fork();
  });

  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  for (let i = 0; i < count; i++) fork();
}
