import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type Measured,
  type ServeBench,
  servingReport,
  summarize,
  targetVerdicts,
} from '../../bench/serve-report.ts';

function run(server: string, rps: number, p99: number, round = 0, errors = 0): Measured {
  return {
    round,
    encoding: 'identity',
    page: 'model page',
    server,
    requestsPerSecond: rps,
    p50: p99 / 4,
    p99,
    requests: rps * 5,
    errors,
    cpuUs: 1e6 / rps,
  };
}

const bench = (runs: Measured[]): ServeBench => ({
  options: { seconds: 5, rounds: 3, connections: 64, threads: 2, workers: [1, 2], modelId: 'z-ai/glm-4-32b' },
  servers: [
    { label: 'nginx, 1 worker', kind: 'nginx', workers: 1 },
    { label: 'nginx, 2 workers', kind: 'nginx', workers: 2 },
    { label: 'model-atlas, 1 process', kind: 'model-atlas', workers: 1 },
    { label: 'model-atlas, 2 workers', kind: 'model-atlas', workers: 2 },
  ],
  paths: { 'model page': '/models/z-ai/glm-4-32b' },
  bodies: [{ path: '/models/z-ai/glm-4-32b', identityBytes: 22000, gzipBytes: 5000, headBytes: 780 }],
  runs,
  loadAverage: [1, 1.2],
});

describe('the serving summary', () => {
  const rounds = (server: string, values: [number, number][]) =>
    values.map(([rps, p99], i) => run(server, rps, p99, i));
  const b = bench([
    ...rounds('nginx, 1 worker', [
      [20000, 2],
      [10000, 9],
      [21000, 3],
    ]),
    ...rounds('nginx, 2 workers', [
      [30000, 2],
      [31000, 2],
      [29000, 2],
    ]),
    ...rounds('model-atlas, 1 process', [
      [12000, 4],
      [2000, 90],
      [11000, 4],
    ]),
    ...rounds('model-atlas, 2 workers', [
      [14000, 2.5],
      [15000, 3.5],
      [16000, 3],
    ]),
  ]);

  test('compares each server with the nginx that has as many workers, on the medians of the rounds', () => {
    const one = summarize(b).find((s) => s.server.label === 'model-atlas, 1 process')!;
    assert.equal(one.baseline, 'nginx, 1 worker');
    assert.equal(one.rps, 11000);
    assert.equal(one.rpsRatio, 11000 / 20000);
    assert.equal(one.p99Ratio, 4 / 3);
    const two = summarize(b).find((s) => s.server.label === 'model-atlas, 2 workers')!;
    assert.equal(two.baseline, 'nginx, 2 workers');
    assert.equal(two.rpsRatio, 15000 / 30000);
  });

  test('meets the model-page target at half the requests/s and 1.5× the p99 exactly, and misses just past them', () => {
    const verdicts = targetVerdicts(summarize(b));
    assert.equal(verdicts.length, 2);
    for (const v of verdicts) assert.ok(v.met, v.line);
    assert.match(
      verdicts[1]!.line,
      /^MET: model page, identity, model-atlas, 2 workers against nginx, 2 workers: 0\.50× .* p99 1\.50×/,
    );
    const slower = bench([
      ...b.runs.filter((r) => r.server !== 'model-atlas, 2 workers'),
      ...rounds('model-atlas, 2 workers', [
        [14900, 2.5],
        [14900, 3.5],
        [16000, 3],
      ]),
    ]);
    const missed = targetVerdicts(summarize(slower))[1]!;
    assert.ok(!missed.met);
    assert.match(missed.line, /^MISSED: .* 0\.50× the requests\/s/);
  });

  test('fails a server that answered with errors, whatever its speed', () => {
    const withErrors = bench([
      ...b.runs.filter((r) => r.server !== 'model-atlas, 1 process'),
      run('model-atlas, 1 process', 19000, 2, 0, 3),
    ]);
    const verdict = targetVerdicts(summarize(withErrors)).find((v) => v.line.includes('1 process'))!;
    assert.ok(!verdict.met);
    assert.match(verdict.line, /3 errors/);
  });

  test('prints a table per encoding with the ratios and the CPU per request', () => {
    const text = servingReport(b);
    assert.match(
      text,
      /\| model page \| model-atlas, 1 process \| 11000 \| 0\.55× \| 1\.00 ms \| 4\.00 ms \| 1\.33× \| 91 µs \| 0 \|/,
    );
    assert.match(text, /- MET: model page, identity, model-atlas, 1 process/);
  });
});
