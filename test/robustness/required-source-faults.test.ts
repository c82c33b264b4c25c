// A required live source (the OpenRouter catalog, the text arena ratings) that misbehaves: the ingest
// retries what a retry can fix, then fails with one clear line and exit 1; the database keeps exactly
// what it had, the previous snapshot stays the one served, and the next good ingest succeeds.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Behaviour, type Hit, PATHS, reply, type SourcePath } from './fake-upstream.ts';
import {
  ATTEMPTS,
  CATALOG_SIZE,
  FETCH_KNOBS,
  failureLine,
  type LiveHarness,
  startLiveHarness,
} from './live-harness.ts';
import { explain } from './run-cli.ts';
import { catalogPayload, ratingsPayload } from './upstream-payloads.ts';

/**
 * A database and stand-in of its own for one describe block, started with a good ingest through the
 * command (so a good run's exit code and output are checked too) and closed after the block.
 */
function ownHarness(): () => LiveHarness {
  let h: LiveHarness | undefined;
  before(async () => {
    h = await startLiveHarness();
    await h.good();
  });
  after(() => h?.close());
  return () => h!;
}

/**
 * Refused, with the failure line matching every pattern, after `attempts` requests to `path`; then a
 * good ingest succeeds. Returns the failure line and the times of the requests.
 */
async function expectRefused(
  h: LiveHarness,
  path: SourcePath,
  behaviour: Behaviour,
  attempts: number,
  ...patterns: RegExp[]
): Promise<{ line: string; hits: Hit[] }> {
  h.upstream.clear();
  h.upstream.script(path, [behaviour]);
  const run = await h.refused();
  const line = failureLine(run);
  assert.ok(line.includes(h.upstream.url(path)), `the failure does not name the URL:\n${explain(run)}`);
  for (const p of patterns) assert.match(line, p, explain(run));
  const hits = h.upstream.hits(path);
  assert.equal(hits.length, attempts, `requests to ${path}:\n${explain(run)}`);
  h.upstream.clear();
  await h.goodInProcess();
  return { line, hits };
}

/** Milliseconds between consecutive requests. */
function gaps(hits: Hit[]): number[] {
  return hits.slice(1).map((hit, i) => hit.at - hits[i]!.at);
}

const html =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>upstream down</body></html>';

// One test at a time: request times are taken in this process, so it must be idle while a command runs.
describe('a required source that fails', () => {
  describe('the OpenRouter catalog fails', () => {
    const h = ownHarness();
    const catalog = () => catalogPayload(h().models);
    test('HTTP 500 on every attempt is retried, then refused naming the status and the attempts', async () => {
      await expectRefused(
        h(),
        PATHS.openrouter,
        reply.status(500, 'internal error'),
        ATTEMPTS,
        /HTTP 500/,
        new RegExp(`after ${ATTEMPTS} attempts`),
      );
    });

    test('HTTP 429 with Retry-After is retried no sooner than asked, then refused as rate limiting', async () => {
      const { hits } = await expectRefused(
        h(),
        PATHS.openrouter,
        reply.status(429, 'slow down', { 'retry-after': '1' }),
        ATTEMPTS,
        /HTTP 429/,
        /rate limit/,
      );
      // Retry-After: 1 overrides the 50 ms backoff (50 ms allowed for timer and clock granularity).
      for (const gap of gaps(hits)) assert.ok(gap >= 950, `retried after ${Math.round(gap)} ms`);
    });

    test('a connection reset before any response is retried, then refused as a broken connection', async () => {
      await expectRefused(
        h(),
        PATHS.openrouter,
        reply.reset(),
        ATTEMPTS,
        /connection (was reset|closed before the response was complete)/,
      );
    });

    test('a connection reset in the middle of the body is retried, never read as a short catalog', async () => {
      await expectRefused(h(), PATHS.openrouter, reply.cut(catalog(), 20_000), ATTEMPTS, /connection/);
    });

    test('a response that never ends times out on every attempt, then is refused naming the timeout', async () => {
      const { line, hits } = await expectRefused(
        h(),
        PATHS.openrouter,
        reply.stall(catalog(), 5_000),
        ATTEMPTS,
        /no complete response arrived/,
      );
      assert.equal(FETCH_KNOBS.ATLAS_FETCH_TIMEOUT_MS, '2000');
      assert.match(line, /within 2,000 ms, the body stalled after 5,000 bytes/);
      // Each attempt waited out the timeout set by ATLAS_FETCH_TIMEOUT_MS, not the 30 s default.
      for (const gap of gaps(hits))
        assert.ok(gap >= 1900 && gap < 10_000, `next attempt after ${Math.round(gap)} ms`);
    });

    test('truncated JSON served whole is refused at once as truncated', async () => {
      const text = JSON.stringify(catalog());
      const half = reply.status(200, text.slice(0, text.length / 2), { 'content-type': 'application/json' });
      await expectRefused(h(), PATHS.openrouter, half, 1, /JSON is truncated/, /cut short/);
    });

    test('an HTML error page served with status 200 is refused as HTML, with its title', async () => {
      const page = reply.status(200, html, { 'content-type': 'text/html' });
      await expectRefused(h(), PATHS.openrouter, page, 1, /HTML page, not JSON/, /502 Bad Gateway/);
    });

    test('an empty list is refused: a catalog without models would erase every page', async () => {
      await expectRefused(h(), PATHS.openrouter, reply.json({ data: [] }), 1, /"data" list is empty/);
    });

    test('a renamed top-level field is refused naming what was found instead', async () => {
      const renamed = reply.json({ models: catalog().data });
      await expectRefused(h(), PATHS.openrouter, renamed, 1, /no "data" field/, /renamed to "models"/);
    });

    test('a field renamed in every record leaves nothing usable and is refused', async () => {
      const renamed = catalog().data.map(({ pricing, ...rest }) => ({ ...rest, prices: pricing }));
      await expectRefused(
        h(),
        PATHS.openrouter,
        reply.json({ data: renamed }),
        1,
        new RegExp(`none of the ${CATALOG_SIZE} records is usable`),
        /pricing is missing/,
      );
    });

    test('prices as numbers in every record are refused: per-token strings are the contract', async () => {
      const numeric = catalog().data.map((m) => ({
        ...m,
        pricing: Object.fromEntries(
          Object.entries(m.pricing as Record<string, string>).map(([k, v]) => [k, Number(v)]),
        ),
      }));
      await expectRefused(
        h(),
        PATHS.openrouter,
        reply.json({ data: numeric }),
        1,
        new RegExp(`none of the ${CATALOG_SIZE} records is usable`),
        /decimal string in USD per token, got the number/,
      );
    });
  });

  describe('the text arena ratings fail', () => {
    const h = ownHarness();
    test('HTTP 503 on every attempt is retried, then refused', async () => {
      await expectRefused(h(), PATHS.text, reply.status(503, 'maintenance'), ATTEMPTS, /HTTP 503/);
    });

    test('truncated JSON is refused as not valid JSON', async () => {
      const text = JSON.stringify(ratingsPayload(h().models));
      const half = reply.status(200, text.slice(0, text.length / 2), { 'content-type': 'application/json' });
      await expectRefused(h(), PATHS.text, half, 1, /not valid JSON/);
    });

    test('an HTML page served with status 200 is refused as HTML', async () => {
      const page = reply.status(200, html, { 'content-type': 'text/html' });
      await expectRefused(h(), PATHS.text, page, 1, /HTML page/);
    });

    test('an empty object holds no ratings and is refused', async () => {
      await expectRefused(h(), PATHS.text, reply.json({}), 1, /no category holds ratings/);
    });
  });
});
