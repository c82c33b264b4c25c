// npm run bench:ingest — time and peak memory of a full replay and of one as-of ingest, against
// merely parsing the same inputs, measured in the same run, alternating, in fresh processes.
// Data from ATLAS_RECORDED_DATA (default ../shared/data). Results: stdout and artifacts/bench/ingest.md.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const dataDir = resolve(process.env.ATLAS_RECORDED_DATA ?? '../shared/data');

interface Run {
  ms: number;
  matchMs: number;
  maxRssMb: number;
}

function run(mode: string, asOf?: string): Run {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  try {
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/ingest-run.ts',
        mode,
        dataDir,
        join(dir, 'atlas.db'),
        ...(asOf ? [asOf] : []),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    return JSON.parse(out.trim().split('\n').at(-1)!) as Run;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const modes = ['replay', 'parse-replay', 'as-of', 'parse-as-of', 'as-of-next'] as const;
const results: Record<string, Run[]> = Object.fromEntries(modes.map((m) => [m, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const mode of modes) {
    results[mode]!.push(run(mode));
    process.stderr.write(
      `round ${round + 1}/${ROUNDS} ${mode}: ${results[mode]!.at(-1)!.ms.toFixed(0)} ms\n`,
    );
  }
}

const row = (label: string, mode: string, floor: string, target: string) => {
  const t = median(results[mode]!.map((r) => r.ms));
  const f = median(results[floor]!.map((r) => r.ms));
  const mem = Math.max(...results[mode]!.map((r) => r.maxRssMb));
  const match = median(results[mode]!.map((r) => r.matchMs));
  return `| ${label} | ${(t / 1000).toFixed(2)} s | ${(f / 1000).toFixed(3)} s | ${(t / f).toFixed(1)}× | ${mem.toFixed(0)} MB | ${match.toFixed(0)} ms | ${target} |`;
};

const report = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
  `Command: \`npm run bench:ingest\` (median of ${ROUNDS} alternating rounds, each run in a fresh process, data ${dataDir}).`,
  '',
  '| run | time | parse-only floor | ratio | peak RSS | matching | target |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  row('full replay (every manifest date)', 'replay', 'parse-replay', '< 10 s'),
  row('one as-of ingest (newest date) into a new database', 'as-of', 'parse-as-of', '< 1 s'),
  row('the same, onto a database holding the date before', 'as-of-next', 'parse-as-of', '< 1 s'),
  '',
  'The second as-of row is a daily refresh: input files already stored (same SHA-256) skip their raw',
  'records and usage rows; its peak RSS includes the untimed ingest of the date before.',
  'Floor: reading the same files and only `JSON.parse` (CSV files: `csv-parse`), in the same run.',
  'Times include process start-up of the measured work only (not node/tsx boot).',
].join('\n');
console.log(report);
mkdirSync('artifacts/bench', { recursive: true });
writeFileSync('artifacts/bench/ingest.md', `${report}\n`);
