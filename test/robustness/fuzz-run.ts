// Runs a seeded batch of hostile requests through a sender (in-process app.request or a raw
// socket) and gathers every broken rule with what it takes to replay the request.

import type { Catalog } from '../../src/catalog/catalog.ts';
import { siteAssets } from '../../src/web/assets/index.ts';
import { facetOptions } from '../../src/web/routes/explorer-facets.ts';
import { type Bounds, type FuzzResponse, type Latency, responseProblems, summarize } from './fuzz-checks.ts';
import { Dice, prng } from './fuzz-inputs.ts';
import { type FuzzRequest, type FuzzWorld, fuzzRequest } from './fuzz-requests.ts';

export type Sender = (req: FuzzRequest) => Promise<FuzzResponse>;

export interface FuzzFailure {
  index: number;
  method: string;
  /** The target, cut to a readable length. */
  target: string;
  problems: string[];
}

export interface FuzzReport {
  seed: number;
  sent: number;
  failures: FuzzFailure[];
  statuses: Record<string, number>;
  routes: Record<string, number>;
  /** The answer that took the most CPU (in process) or wall time (over a socket). */
  slowest: { ms: number; method: string; target: string };
  /** Wall time of every answer. */
  latency: Latency;
  /** CPU time of every answer, when measured. */
  cpu: Latency | null;
}

export function fuzzWorld(catalog: Catalog): FuzzWorld {
  const facets = facetOptions(catalog);
  return {
    ids: catalog.records.map((r) => r.id),
    assets: siteAssets()
      .all()
      .map((a) => a.path.replace(/^\/assets\//, '')),
    arenas: [...facets.categories.keys()],
    categories: [...new Set([...facets.categories.values()].flat())],
  };
}

export const clipTarget = (t: string) => (t.length > 300 ? `${t.slice(0, 300)}… (${t.length} chars)` : t);

/** Send `count` requests of the seeded stream; `concurrency` of them in flight at a time. */
export async function runFuzz(options: {
  seed: number;
  count: number;
  world: FuzzWorld;
  send: Sender;
  bounds: Bounds;
  concurrency?: number;
}): Promise<FuzzReport> {
  const d = new Dice(prng(options.seed));
  // Drawn up front, so request n is the same whatever the concurrency.
  const requests = Array.from({ length: options.count }, () => fuzzRequest(d, options.world));
  const failures: FuzzFailure[] = [];
  const statuses: Record<string, number> = {};
  const routes: Record<string, number> = {};
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let slowest = { ms: 0, method: '', target: '' };
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const index = next++;
      const req = requests[index]!;
      let problems: string[];
      try {
        const res = await options.send(req);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        times.push(res.ms);
        if (res.cpuMs !== undefined) cpuTimes.push(res.cpuMs);
        const cost = res.cpuMs ?? res.ms;
        if (cost > slowest.ms) slowest = { ms: cost, method: req.method, target: clipTarget(req.target) };
        problems = responseProblems(req, res, options.bounds);
      } catch (error) {
        problems = [`the request failed: ${(error as Error).message}`];
      }
      routes[req.route] = (routes[req.route] ?? 0) + 1;
      if (problems.length > 0)
        failures.push({ index, method: req.method, target: clipTarget(req.target), problems });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 1 }, worker));
  failures.sort((a, b) => a.index - b.index);
  return {
    seed: options.seed,
    sent: requests.length,
    failures,
    statuses,
    routes,
    slowest,
    latency: summarize(times),
    cpu: cpuTimes.length > 0 ? summarize(cpuTimes) : null,
  };
}

/** A failure list a person can act on: the seed, how to replay, and the first failures. */
export function describeFailures(report: FuzzReport, replay: string): string {
  const lines = report.failures
    .slice(0, 25)
    .map((f) => `  #${f.index} ${f.method} ${f.target}\n      ${f.problems.join('\n      ')}`);
  return [
    `${report.failures.length} of ${report.sent} hostile requests broke a rule (seed ${report.seed}).`,
    `Replay with: ATLAS_FUZZ_SEED=${report.seed} ${replay}`,
    ...lines,
    report.failures.length > 25 ? `  … and ${report.failures.length - 25} more.` : '',
  ].join('\n');
}

/** One line for the test log: what was sent and how fast it was answered. */
export function describeRun(label: string, report: FuzzReport): string {
  const l = report.latency;
  const c = report.cpu;
  const statuses = Object.entries(report.statuses)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([s, n]) => `${s}×${n}`)
    .join(' ');
  return (
    `${label}: seed ${report.seed}, ${report.sent} requests over ${Object.keys(report.routes).length} routes; ` +
    `statuses ${statuses}; wall ms p50 ${l.p50.toFixed(2)} p99 ${l.p99.toFixed(2)} max ${l.max.toFixed(1)}; ` +
    (c ? `CPU ms p50 ${c.p50.toFixed(2)} p99 ${c.p99.toFixed(2)} max ${c.max.toFixed(1)}; ` : '') +
    `costliest ${report.slowest.ms.toFixed(1)} ms: ${report.slowest.method} ${report.slowest.target.slice(0, 120)}`
  );
}
