// The load run: `model-atlas serve` over a real snapshot, 100 connections for 60 s on a mixed route
// set (autocannon), the server's RSS sampled every second. Passes with zero errors (intended 404s
// counted apart) and memory steady between the first and last 10 s.
//   npm run test:load                      (ATLAS_RECORDED_DATA=/work/shared/data for the recorded data)
//   tsx bench/load.ts [--db PATH] [--duration 60] [--connections 100]

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import { freePort } from '../test/export/nginx.ts';
import { rssVerdict, sampleRss } from './load-rss.ts';
import { latestCatalog, prepareDatabase, startServerProcess } from './load-server.ts';
import { type LoadKind, type LoadUrl, loadMix, loadUrlsByKind } from './load-urls.ts';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '100' },
  },
});
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const HEADERS = { 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'model-atlas-load' };

/** Every distinct URL once, so the run measures a warm server, not first renders. */
async function warmUp(base: string, urls: readonly LoadUrl[]): Promise<string[]> {
  const problems: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const { kind, path } = urls[next++]!;
      const res = await fetch(`${base}${path}`, { headers: HEADERS, redirect: 'manual' });
      await res.arrayBuffer();
      const want = kind === 'missing' ? 404 : 200;
      if (res.status !== want) problems.push(`${path} answered ${res.status} during warm-up, not ${want}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return problems;
}

async function assetPaths(base: string, pages: string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const page of pages) {
    const html = await (await fetch(`${base}${page}`)).text();
    for (const m of html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)) found.add(m[1]!);
  }
  return [...found];
}

function run(base: string, mix: readonly LoadUrl[], byStatus: Record<string, Record<string, number>>) {
  let cursor = 0;
  return new Promise<{ result: Result; perSecond: number[] }>((resolve, reject) => {
    const perSecond: number[] = [];
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        duration: DURATION,
        pipelining: 1,
        timeout: 10,
        headers: HEADERS,
        requests: [
          {
            setupRequest: (request, context) => {
              const next = mix[cursor++ % mix.length]!;
              context.kind = next.kind;
              return { ...request, method: 'GET', path: next.path };
            },
            onResponse: (status, _body, context) => {
              const kind = String(context.kind);
              const row = byStatus[kind] ?? {};
              row[status] = (row[status] ?? 0) + 1;
              byStatus[kind] = row;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve({ result, perSecond })),
    );
    instance.on('tick', ({ counter }) => perSecond.push(counter));
  });
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'atlas-load-'));
  const db = args.db ?? join(work, 'atlas.db');
  const source = args.db
    ? `the database ${args.db}`
    : await prepareDatabase(db, process.env.ATLAS_RECORDED_DATA);
  const catalog = await latestCatalog(db);
  const server = await startServerProcess(db, await freePort());
  try {
    const byKind = loadUrlsByKind(catalog, []);
    const assets = await assetPaths(server.url, ['/', byKind.compare[0]!]);
    const urls = loadUrlsByKind(catalog, assets);
    const distinct = (Object.entries(urls) as [LoadKind, string[]][]).flatMap(([kind, paths]) =>
      paths.map((path) => ({ kind, path })),
    );
    const warmProblems = await warmUp(server.url, distinct);
    if (warmProblems.length > 0) throw new Error(`The warm-up found problems:\n${warmProblems.join('\n')}`);
    const mix = loadMix(urls, 50_000);
    console.log(
      `Load: ${CONNECTIONS} connections for ${DURATION} s over ${distinct.length} distinct URLs ` +
        `(${catalog.records.length} models from ${source}); server pid ${server.pid}.`,
    );

    const byStatus: Record<string, Record<string, number>> = {};
    const loadBefore = loadavg()[0]!;
    const rss = sampleRss(server.pid);
    const cpuBefore = server.cpuSeconds();
    const clientBefore = process.cpuUsage();
    const { result, perSecond } = await run(server.url, mix, byStatus);
    const samples = rss.stop();
    const cpuUsed = server.cpuSeconds() - cpuBefore;
    const client = process.cpuUsage(clientBefore);
    const verdict = rssVerdict(samples);
    // The machine's load says how much CPU the server and the client could get at all.
    const machine = { cpus: cpus().length, loadAverage1m: [loadBefore, loadavg()[0]!] };

    const intended404 = byStatus.missing?.['404'] ?? 0;
    const unexpected = Object.entries(byStatus).flatMap(([kind, statuses]) =>
      Object.entries(statuses)
        .filter(([status]) => !(Number(status) < 400 || (kind === 'missing' && status === '404')))
        .map(([status, n]) => `${n}× ${status} on ${kind}`),
    );
    const errors = result.errors + result.timeouts;
    const report = {
      date: new Date().toISOString(),
      source,
      models: catalog.records.length,
      distinctUrls: distinct.length,
      connections: CONNECTIONS,
      durationS: result.duration,
      requests: result.requests.total,
      requestsPerSecond: {
        mean: result.requests.average,
        min: result.requests.min,
        max: result.requests.max,
      },
      throughputMBps: result.throughput.average / 1e6,
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
        mean: result.latency.average,
      },
      statusesByKind: byStatus,
      intended404,
      unexpected,
      connectionErrors: result.errors,
      timeouts: result.timeouts,
      serverCpuCores: cpuUsed / result.duration,
      clientCpuCores: (client.user + client.system) / 1e6 / result.duration,
      machine,
      rssMb: verdict,
      rssSamples: samples.map((s) => Math.round(s.mb * 10) / 10),
      perSecond,
    };
    mkdirSync('artifacts/load', { recursive: true });
    const file = join('artifacts/load', `load-${report.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

    const r = (n: number) => n.toFixed(1);
    console.log(
      [
        `Requests: ${result.requests.total} in ${result.duration} s, ${r(result.requests.average)} req/s ` +
          `(${r(report.throughputMBps)} MB/s); server used ${r(report.serverCpuCores)} and the client ${r(report.clientCpuCores)} CPU cores ` +
          `of ${machine.cpus} (1-minute load average ${r(machine.loadAverage1m[0]!)} → ${r(machine.loadAverage1m[1]!)}).`,
        `Latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}.`,
        `Statuses by kind: ${JSON.stringify(byStatus)}`,
        `Errors: ${result.errors} connection errors, ${result.timeouts} timeouts, ${unexpected.length === 0 ? 'no' : unexpected.join(', ')} unexpected statuses; ${intended404} intended 404s.`,
        `RSS MB first 10 s: ${r(verdict.first.min)}–${r(verdict.first.max)} (mean ${r(verdict.first.mean)}); ` +
          `last 10 s: ${r(verdict.last.min)}–${r(verdict.last.max)} (mean ${r(verdict.last.mean)}); ` +
          `growth ${r(verdict.growthPct)}% — ${verdict.stable ? 'stable' : 'NOT stable'}.`,
        `Report written to ${file}.`,
      ].join('\n'),
    );
    const failed = errors > 0 || unexpected.length > 0 || !verdict.stable;
    if (failed) {
      console.error('The load run FAILED: see the errors, statuses and memory above.');
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
