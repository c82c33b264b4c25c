// The serving benchmark's tables: per encoding and URL, each server's median requests/s and latency,
// as ratios to nginx from the same run, and the model-page targets.

import { kb, mdTable, median, ms, ratio } from './stats.ts';
import type { WrkResult } from './wrk.ts';

export interface Measured extends WrkResult {
  round: number;
  encoding: string;
  page: string;
  server: string;
  /** The server's own CPU time per request (all its processes), in microseconds. */
  cpuUs: number;
}

export interface ServerInfo {
  label: string;
  /** nginx is the baseline; the Node ceiling shows what any Node server can reach here. */
  kind: 'nginx' | 'node-ceiling' | 'model-atlas';
  workers: number;
}

export const CEILING = 'node:http, bytes from memory (Node ceiling)';

export interface ServeBench {
  options: {
    seconds: number;
    rounds: number;
    connections: number;
    threads: number;
    workers: number[];
    modelId: string;
  };
  servers: ServerInfo[];
  paths: Record<string, string>;
  bodies: { path: string; identityBytes: number; gzipBytes: number | null; headBytes: number }[];
  runs: Measured[];
  /** One-minute load average before the first round and after each. */
  loadAverage: number[];
}

/** The model-page targets: at least half nginx's requests/s, p99 at most 1.5× nginx's. */
export const TARGET_RPS_RATIO = 0.5;
export const TARGET_P99_RATIO = 1.5;

export interface Summary {
  encoding: string;
  page: string;
  server: ServerInfo;
  /** The nginx with as many workers, from the same run. */
  baseline: string;
  rps: number;
  p50: number;
  p99: number;
  cpuUs: number;
  rpsRatio: number;
  p99Ratio: number;
  errors: number;
}

/** Medians per encoding, URL and server, each against the nginx with the same number of workers. */
export function summarize(bench: ServeBench): Summary[] {
  const out: Summary[] = [];
  const encodings = [...new Set(bench.runs.map((r) => r.encoding))];
  const nginxes = bench.servers.filter((s) => s.kind === 'nginx');
  for (const encoding of encodings) {
    for (const page of Object.keys(bench.paths)) {
      const of = (label: string) =>
        bench.runs.filter((r) => r.encoding === encoding && r.page === page && r.server === label);
      for (const server of bench.servers) {
        const base = nginxes.find((n) => n.workers === server.workers) ?? nginxes[0]!;
        const runs = of(server.label);
        const baseRuns = of(base.label);
        const rps = median(runs.map((r) => r.requestsPerSecond));
        const p99 = median(runs.map((r) => r.p99));
        out.push({
          encoding,
          page,
          server,
          baseline: base.label,
          rps,
          p50: median(runs.map((r) => r.p50)),
          p99,
          cpuUs: median(runs.map((r) => r.cpuUs)),
          rpsRatio: rps / median(baseRuns.map((r) => r.requestsPerSecond)),
          p99Ratio: p99 / median(baseRuns.map((r) => r.p99)),
          errors: runs.reduce((a, r) => a + r.errors, 0),
        });
      }
    }
  }
  return out;
}

export function targetVerdicts(summaries: Summary[]): { line: string; met: boolean }[] {
  return summaries
    .filter((s) => s.page === 'model page' && s.server.kind === 'model-atlas')
    .map((s) => {
      const met = s.rpsRatio >= TARGET_RPS_RATIO && s.p99Ratio <= TARGET_P99_RATIO && s.errors === 0;
      return {
        met,
        line: `${met ? 'MET' : 'MISSED'}: model page, ${s.encoding}, ${s.server.label} against ${s.baseline}: ${ratio(s.rpsRatio)} the requests/s (target ≥ ${TARGET_RPS_RATIO}×), p99 ${ratio(s.p99Ratio)} (target ≤ ${TARGET_P99_RATIO}×)${s.errors ? `, ${s.errors} errors` : ''}`,
      };
    });
}

export function servingReport(bench: ServeBench): string {
  const { options: o } = bench;
  const summaries = summarize(bench);
  const sections = [
    `wrk, ${o.connections} connections, ${o.threads} threads, ${o.rounds} rounds × ${o.seconds} s per server and URL, servers alternating (the first one rotates each round); medians over the rounds. Ratios are to the nginx with as many workers (\`worker_processes auto\`, Debian's default, is 2 here). CPU per request is the server's own processes' CPU time over the run divided by its requests. One-minute load average before and after each round: ${bench.loadAverage.map((l) => l.toFixed(1)).join(' → ')}.`,
    '',
    mdTable(
      ['URL', 'path', 'identity body', 'gzip body', 'response head'],
      bench.bodies.map((b) => {
        const name = Object.entries(bench.paths).find(([, p]) => p === b.path)?.[0] ?? b.path;
        return [
          name,
          `\`${b.path}\``,
          kb(b.identityBytes),
          b.gzipBytes === null ? '—' : kb(b.gzipBytes),
          `${b.headBytes} B`,
        ];
      }),
    ),
  ];
  for (const encoding of [...new Set(summaries.map((s) => s.encoding))]) {
    sections.push(
      '',
      `**${encoding === 'identity' ? 'Identity bodies (no Accept-Encoding, as wrk sends by default)' : 'gzip bodies (Accept-Encoding: gzip; nginx serves our .gz bytes with gzip_static)'}**`,
      '',
      mdTable(
        ['URL', 'server', 'requests/s', '× nginx', 'p50', 'p99', 'p99 × nginx', 'CPU per request', 'errors'],
        summaries
          .filter((s) => s.encoding === encoding)
          .map((s) => [
            s.page,
            s.server.label,
            s.rps.toFixed(0),
            s.server.kind === 'nginx' ? '' : ratio(s.rpsRatio),
            ms(s.p50),
            ms(s.p99),
            s.server.kind === 'nginx' ? '' : ratio(s.p99Ratio),
            `${s.cpuUs.toFixed(0)} µs`,
            String(s.errors),
          ]),
      ),
    );
  }
  sections.push('', ...targetVerdicts(summaries).map((v) => `- ${v.line}`));
  return sections.join('\n');
}
