import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeNews, MAX_WORKERS, resolveWorkers } from './cluster.ts';

describe('resolveWorkers', () => {
  test('runs one process when neither the flag nor WEB_CONCURRENCY is set', () => {
    assert.equal(resolveWorkers(undefined, {}), 1);
  });

  test('takes WEB_CONCURRENCY, and the flag over it', () => {
    assert.equal(resolveWorkers(undefined, { WEB_CONCURRENCY: '2' }), 2);
    assert.equal(resolveWorkers('3', { WEB_CONCURRENCY: '2' }), 3);
  });

  test('refuses what is not a whole number of workers from 1 to the maximum, with a sentence', () => {
    for (const bad of ['0', '-1', '1.5', 'two', '', String(MAX_WORKERS + 1)])
      assert.throws(
        () => resolveWorkers(bad, {}),
        /The number of workers must be a whole number from 1 to 64/,
      );
  });
});

describe('describeNews', () => {
  test('says how many workers serve when there are several', () => {
    const line = 'Serving 3 models (snapshot #1, as of 2025-05-23) at http://127.0.0.1:3000';
    assert.equal(describeNews({ kind: 'listening', line }), line);
    assert.equal(describeNews({ kind: 'listening', line }, 2), `${line} with 2 workers`);
  });

  test('reports the warm cache with its time and every page that failed', () => {
    assert.equal(
      describeNews({ kind: 'warm', pages: 12, ms: 2345, failed: [] }),
      'Render cache warm: 12 pages in 2.3 s.',
    );
    assert.equal(
      describeNews({ kind: 'warm', pages: 11, ms: 1000, failed: ['/models/x (500)'] }, 2),
      'Render cache warm in every worker: 11 pages in 1.0 s; 1 failed: /models/x (500).',
    );
  });
});
