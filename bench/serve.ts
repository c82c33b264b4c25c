// Serving against the limit: nginx serving our exact bytes from disk is the baseline, `model-atlas
// serve` the subject, each with one and with two worker processes; wrk on loopback, 64 connections,
// the same run, servers alternating in every round. Figures are medians over the rounds, plus each
// server's own CPU time per request (its process tree, from /proc).

import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../test/export/nginx.ts';
import { startAtlasServer } from './atlas-server.ts';
import { startBareServer } from './bare-server.ts';
import { fetchRaw, sha256 } from './fetch-raw.ts';
import { type BaselineBody, startBaseline } from './nginx-baseline.ts';
import { treeCpuSeconds } from './proc-cpu.ts';
import { CEILING, type Measured, type ServeBench, type ServerInfo, servingReport } from './serve-report.ts';
import { requireWrk, runWrk } from './wrk.ts';

export interface ServeOptions {
  db: string;
  seconds: number;
  rounds: number;
  connections: number;
  threads: number;
  /** Worker counts to measure, e.g. [1, 2]. */
  workers: number[];
  modelId: string;
  log?: (line: string) => void;
}

/** One public origin for every server, so all of them (and nginx) send the very same bytes. */
const BASE_URL = 'http://127.0.0.1:3000';

export const ENCODINGS = {
  identity: {},
  gzip: { 'Accept-Encoding': 'gzip' },
} as const satisfies Record<string, Record<string, string>>;
export type Encoding = keyof typeof ENCODINGS;

export function servedPaths(modelId: string): Record<string, string> {
  return {
    'model page': `/models/${modelId}`,
    explorer: '/',
    '/api/models': '/api/models',
    '/api/models.csv': '/api/models.csv',
  };
}

/** Check both servers send the same bytes for every URL and encoding; the bodies for nginx. */
async function collectBodies(subjects: { url: string }[], paths: string[]): Promise<BaselineBody[]> {
  const bodies: BaselineBody[] = [];
  for (const path of paths) {
    const [identity, gzip] = await Promise.all(
      (Object.keys(ENCODINGS) as Encoding[]).map((e) => fetchRaw(`${subjects[0]!.url}${path}`, ENCODINGS[e])),
    );
    if (identity!.status !== 200)
      throw new Error(`${path} answered ${identity!.status}; pick a model that exists (BENCH_MODEL).`);
    for (const other of subjects.slice(1)) {
      const again = await fetchRaw(`${other.url}${path}`);
      if (sha256(again.body) !== sha256(identity!.body))
        throw new Error(`The servers disagree on the bytes of ${path}; they must serve the same snapshot.`);
    }
    bodies.push({
      path,
      identity: identity!,
      gzip: gzip!.headers['content-encoding'] === 'gzip' ? gzip! : null,
    });
  }
  return bodies;
}

/** nginx must answer with the very bytes: compare every URL and encoding before measuring. */
async function verifyBaseline(url: string, bodies: BaselineBody[]): Promise<void> {
  for (const b of bodies) {
    for (const e of Object.keys(ENCODINGS) as Encoding[]) {
      const want = e === 'gzip' && b.gzip ? b.gzip : b.identity;
      const got = await fetchRaw(`${url}${b.path}`, ENCODINGS[e]);
      if (got.status !== 200 || sha256(got.body) !== sha256(want.body))
        throw new Error(`nginx does not serve the same ${e} bytes for ${b.path} (status ${got.status}).`);
      for (const name of ['content-type', 'etag', 'cache-control', 'content-security-policy', 'vary'])
        if (got.headers[name] !== want.headers[name])
          throw new Error(
            `nginx sends ${name} "${got.headers[name]}" for ${b.path}, our server "${want.headers[name]}".`,
          );
    }
  }
}

interface Server {
  label: string;
  kind: ServerInfo['kind'];
  workers: number;
  url: string;
  pid: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export async function benchServing(options: ServeOptions): Promise<ServeBench> {
  requireWrk();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const work = mkdtempSync(join(tmpdir(), 'atlas-bench-serve-'));
  // nginx started as root reads the bodies as an unprivileged worker.
  chmodSync(work, 0o755);
  const started: { close(): Promise<void> }[] = [];
  try {
    const subjects: Server[] = [];
    for (const workers of options.workers) {
      log(
        `starting model-atlas serve with ${plural(workers, 'worker', 'workers')}, waiting for its render cache…`,
      );
      const server = await startAtlasServer({
        db: options.db,
        port: await freePort(),
        workers,
        baseUrl: BASE_URL,
      });
      started.push(server);
      log(`  ${server.lines.join('\n  ')}`);
      const label = `model-atlas, ${workers === 1 ? '1 process' : `${workers} workers`}`;
      subjects.push({ label, kind: 'model-atlas', workers, url: server.url, pid: server.pid });
    }
    const named = servedPaths(options.modelId);
    const bodies = await collectBodies(subjects, Object.values(named));
    const baselines: Server[] = [];
    for (const workers of options.workers) {
      const nginx = await startBaseline(join(work, `nginx-${workers}`), await freePort(), bodies, workers);
      started.push(nginx);
      await verifyBaseline(nginx.url, bodies);
      const label = `nginx, ${plural(workers, 'worker', 'workers')}`;
      baselines.push({ label, kind: 'nginx', workers, url: nginx.url, pid: nginx.pid });
    }
    const bare = await startBareServer(work, await freePort(), bodies);
    started.push(bare);
    const ceiling: Server = {
      label: CEILING,
      kind: 'node-ceiling',
      workers: 1,
      url: bare.url,
      pid: bare.pid,
    };
    const servers = [...baselines, ceiling, ...subjects];
    const wrk = { connections: options.connections, threads: options.threads };

    // One short unrecorded run per server and URL, so JIT and file caches are warm for round 1.
    for (const s of servers)
      for (const path of Object.values(named)) runWrk(`${s.url}${path}`, { ...wrk, seconds: 1 });

    const load = [loadavg()[0]!];
    const runs: Measured[] = [];
    for (let round = 0; round < options.rounds; round++) {
      for (const encoding of Object.keys(ENCODINGS) as Encoding[]) {
        for (const [name, path] of Object.entries(named)) {
          // Rotate who goes first, so no server always runs right after another's load.
          const order = servers.map((_, i) => servers[(i + round) % servers.length]!);
          for (const s of order) {
            const cpuBefore = treeCpuSeconds(s.pid);
            const r = runWrk(`${s.url}${path}`, {
              ...wrk,
              seconds: options.seconds,
              headers: ENCODINGS[encoding],
            });
            const cpuUs = ((treeCpuSeconds(s.pid) - cpuBefore) * 1e6) / Math.max(1, r.requests);
            runs.push({ round, encoding, page: name, server: s.label, cpuUs, ...r });
            log(
              `round ${round + 1}/${options.rounds} ${encoding} ${name} ${s.label}: ${r.requestsPerSecond.toFixed(0)} req/s, p99 ${r.p99.toFixed(2)} ms, ${cpuUs.toFixed(0)} µs CPU per request`,
            );
          }
        }
      }
      load.push(loadavg()[0]!);
    }
    return {
      options: {
        seconds: options.seconds,
        rounds: options.rounds,
        connections: options.connections,
        threads: options.threads,
        workers: options.workers,
        modelId: options.modelId,
      },
      servers: servers.map(({ label, kind, workers }) => ({ label, kind, workers })),
      paths: named,
      bodies: bodies.map((b) => ({
        path: b.path,
        identityBytes: b.identity.body.byteLength,
        gzipBytes: b.gzip?.body.byteLength ?? null,
        headBytes: b.identity.headBytes,
      })),
      runs,
      loadAverage: load,
    };
  } finally {
    for (const s of started.reverse()) await s.close();
    rmSync(work, { recursive: true, force: true });
  }
}

export { servingReport };
