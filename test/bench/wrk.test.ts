import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseWrk } from '../../bench/wrk.ts';

const REPORT = `Running 5s test @ http://127.0.0.1:3000/models/z-ai/glm-4-32b
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     3.45ms    9.12ms 210.33ms   97.85%
    Req/Sec    10.53k     1.92k   14.21k    70.00%
  Latency Distribution
     50%  812.00us
     75%    1.90ms
     90%    4.10ms
     99%    1.20s 
  104823 requests in 5.00s, 2.31GB read
Requests/sec:  20961.45
Transfer/sec:    472.86MB
`;

describe('parseWrk', () => {
  test('reads requests per second, the request count and p50/p99 in milliseconds whatever the unit', () => {
    const r = parseWrk(REPORT);
    assert.equal(r.requestsPerSecond, 20961.45);
    assert.equal(r.requests, 104823);
    assert.equal(r.p50, 0.812);
    assert.equal(r.p99, 1200);
    assert.equal(r.errors, 0);
  });

  test('counts socket errors and non-2xx answers as errors', () => {
    const r = parseWrk(
      REPORT.replace(
        'Requests/sec',
        '  Socket errors: connect 1, read 2, write 0, timeout 3\n  Non-2xx or 3xx responses: 4\nRequests/sec',
      ),
    );
    assert.equal(r.errors, 10);
  });

  test('refuses a report without the latency distribution, saying how wrk must be run', () => {
    assert.throws(
      () => parseWrk(REPORT.replace(/ {5}99%.*\n/, '')),
      /no 99% latency line; was it run with --latency/,
    );
  });

  test('refuses a latency in a unit it does not know', () => {
    assert.throws(() => parseWrk(REPORT.replace('1.20s', '1.20h')), /cannot read: "1.20h"/);
  });
});
