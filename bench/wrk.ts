// Debian's wrk as the load generator: one run against one URL, its report read into numbers.

import { spawnSync } from 'node:child_process';

export const WRK = process.env.WRK_PATH ?? '/usr/bin/wrk';

export interface WrkOptions {
  seconds: number;
  connections: number;
  threads: number;
  headers?: Readonly<Record<string, string>>;
}

export interface WrkResult {
  requestsPerSecond: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p99: number;
  requests: number;
  /** Socket errors and non-2xx/3xx answers together; a run with any is not a fair figure. */
  errors: number;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function duration(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!m) throw new Error(`wrk printed a latency this bench cannot read: "${text}".`);
  return Number(m[1]) * UNIT_MS[m[2]!]!;
}

/** Read wrk's text report (run with --latency). */
export function parseWrk(output: string): WrkResult {
  const percentile = (p: string) => {
    const m = new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm').exec(output);
    if (!m) throw new Error(`wrk's report has no ${p}% latency line; was it run with --latency?\n${output}`);
    return duration(m[1]!);
  };
  const rps = /^Requests\/sec:\s+([\d.]+)/m.exec(output);
  const total = /^\s*(\d+) requests in/m.exec(output);
  if (!rps || !total) throw new Error(`wrk's report has no request count:\n${output}`);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  const errors =
    (socket ? socket.slice(1).reduce((a, n) => a + Number(n), 0) : 0) + (non2xx ? Number(non2xx[1]) : 0);
  return {
    requestsPerSecond: Number(rps[1]),
    p50: percentile('50'),
    p99: percentile('99'),
    requests: Number(total[1]),
    errors,
  };
}

export function requireWrk(): void {
  const probe = spawnSync(WRK, ['-v'], { encoding: 'utf8' });
  if (probe.error)
    throw new Error(
      `wrk is not installed at ${WRK}, so the serving benchmark cannot run. ` +
        'Install it with `apt-get install wrk` (or set WRK_PATH), then run the bench again.',
    );
}

/** wrk's version line, for the report. */
export function wrkVersion(): string {
  const out = spawnSync(WRK, ['-v'], { encoding: 'utf8' });
  return `${out.stdout}${out.stderr}`.split('\n')[0]!.replace(/\s+Copyright.*$/, '');
}

export function runWrk(url: string, options: WrkOptions): WrkResult {
  const args = [
    `-t${options.threads}`,
    `-c${options.connections}`,
    `-d${options.seconds}s`,
    '--latency',
    ...Object.entries(options.headers ?? {}).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
    url,
  ];
  const run = spawnSync(WRK, args, { encoding: 'utf8', timeout: (options.seconds + 30) * 1000 });
  if (run.status !== 0) throw new Error(`wrk ${args.join(' ')} failed (${run.status}):\n${run.stderr}`);
  return parseWrk(run.stdout);
}
