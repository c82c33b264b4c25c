// Faults the live ingest gets through: a transient error that a retry fixes, optional sources that
// fail (left out, each with its reason), records that are bad one by one (rejected and listed, the
// rest ingested), and a catalog ten times the usual size. Each writes one whole new snapshot and
// leaves every earlier one as it was.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SnapshotMeta } from '../../src/catalog/types.ts';
import { openStore } from '../../src/store/index.ts';
import { type Behaviour, PATHS, reply, type SourcePath } from './fake-upstream.ts';
import { CATALOG_SIZE, type LiveHarness, startLiveHarness } from './live-harness.ts';
import { type CliRun, explain } from './run-cli.ts';
import { catalogModels, catalogPayload, ratingsPayload } from './upstream-payloads.ts';

let h: LiveHarness;
before(async () => {
  h = await startLiveHarness();
  await h.good();
});
after(() => h?.close());

/** Script the faults, run an ingest that must succeed, and return it with its snapshot. */
async function ingestThrough(
  faults: [SourcePath, Behaviour[]][],
): Promise<{ run: CliRun; snapshot: SnapshotMeta }> {
  h.upstream.clear();
  for (const [path, behaviours] of faults) h.upstream.script(path, behaviours);
  return h.good();
}

describe('transient failures of both required sources, in one ingest', () => {
  let snapshot: SnapshotMeta;
  before(async () => {
    ({ snapshot } = await ingestThrough([
      [PATHS.openrouter, [reply.reset(), reply.status(500), reply.good()]],
      [PATHS.text, [reply.status(429, '', { 'retry-after': '1' }), reply.status(503), reply.good()]],
    ]));
  });

  test('a reset connection, then HTTP 500, then the catalog: retried twice and ingested whole', () => {
    assert.equal(h.upstream.hits(PATHS.openrouter).length, 3);
    const input = snapshot.inputs.find((i) => i.kind === 'openrouter.models');
    assert.equal(input?.records, CATALOG_SIZE);
  });

  test('HTTP 429 with Retry-After: 1, then 503, then the ratings: the first retry waits the second', () => {
    const [first, second, third] = h.upstream.hits(PATHS.text);
    assert.ok(third, 'the ratings were not asked for three times');
    assert.ok(second!.at - first!.at >= 950, `retried after ${Math.round(second!.at - first!.at)} ms`);
    assert.ok(snapshot.inputs.some((i) => i.location === h.upstream.url(PATHS.text)));
  });
});

describe('optional sources that fail', () => {
  const html = '<html><head><title>Service Unavailable</title></head><body>try later</body></html>';
  const broken: [SourcePath, Behaviour[], RegExp][] = [
    [PATHS.litellm, [reply.status(500, 'oops')], /HTTP 500/],
    [PATHS.modelsDev, [reply.status(200, html, { 'content-type': 'text/html' })], /HTML/],
    [PATHS.vision, [reply.reset()], /connection/],
    [
      PATHS.visionStyle,
      [reply.stall(ratingsPayload(catalogModels(20, 3)), 10)],
      /no complete response arrived within 2,000 ms/,
    ],
    [PATHS.image, [reply.status(200, '{"full": {"a": {"rating": 1', {})], /not valid JSON/],
    [PATHS.scatterplot, [reply.status(429, '', { 'retry-after': '0' })], /HTTP 429/],
    [PATHS.textStyle, [reply.json({})], /no category holds ratings/],
  ];
  let run: CliRun;
  let snapshot: SnapshotMeta;
  before(async () => {
    ({ run, snapshot } = await ingestThrough(broken.map(([path, b]) => [path, b])));
  });

  test('the ingest still succeeds, from the required sources', () => {
    const kinds = snapshot.inputs.map((i) => i.kind);
    assert.ok(kinds.includes('openrouter.models'), kinds.join(', '));
    assert.ok(kinds.includes('lmarena.catalog.ratings'), kinds.join(', '));
    assert.ok(snapshot.counts.models >= CATALOG_SIZE);
  });

  for (const [path, , why] of broken) {
    test(`${path.split('/').pop()} is left out, and the summary says so and why`, () => {
      const url = h.upstream.url(path);
      assert.ok(!snapshot.inputs.some((i) => i.location === url), `${url} is among the inputs`);
      const note = run.stdout.split('\n').find((l) => l.startsWith(`note: Left out ${url}:`));
      assert.ok(note, `no note leaves out ${url}:\n${explain(run)}`);
      assert.match(note, why);
    });
  }

  test('the optional sources that answered are in the snapshot', () => {
    const locations = new Set(snapshot.inputs.map((i) => i.location));
    assert.ok(locations.has(h.upstream.url(PATHS.text)));
  });
});

describe('a catalog with some bad records', () => {
  test('the bad records are rejected one by one, listed with their reasons, and the rest ingested', async () => {
    const data = catalogPayload(h.models).data.map((m, i) => {
      if (i % 50 === 10) return { ...m, pricing: { prompt: 0.000001, completion: 0.000002 } };
      if (i % 50 === 20) {
        const { name, ...rest } = m;
        return { ...rest, title: name };
      }
      return m;
    });
    const badIds = data.filter(
      (m) => !('name' in m) || typeof (m.pricing as { prompt: unknown }).prompt === 'number',
    );
    const { run, snapshot } = await ingestThrough([[PATHS.openrouter, [reply.json({ data })]]]);
    const or = snapshot.inputs.find((i) => i.kind === 'openrouter.models')!;
    assert.equal(or.rejected, badIds.length);
    assert.equal(or.records, CATALOG_SIZE - badIds.length);
    assert.match(run.stdout, new RegExp(`Rejected records: ${snapshot.counts.rejected}`));
    const store = await openStore(h.db, { readonly: true });
    try {
      const rejections = (await store.loadRejections(snapshot.id)).filter((r) => r.source === 'openrouter');
      assert.deepEqual(rejections.map((r) => r.recordId).sort(), badIds.map((m) => String(m.id)).sort());
      for (const r of rejections) {
        assert.match(
          r.reason,
          /pricing\.prompt should be a decimal string in USD per token, got the number|name is missing/,
        );
        assert.ok(run.stdout.includes(`${r.recordId}`), `${r.recordId} is not listed:\n${explain(run)}`);
      }
      const records = await store.loadRecords(snapshot.id);
      for (const bad of badIds)
        assert.ok(!records.some((r) => r.id === bad.id), `${String(bad.id)} was kept`);
    } finally {
      await store.close();
    }
  });
});

describe('a catalog ten times the usual size', () => {
  test('is ingested whole, in reasonable time', async (t) => {
    const big = catalogModels(CATALOG_SIZE * 10, 23);
    const { run, snapshot } = await ingestThrough([[PATHS.openrouter, [reply.json(catalogPayload(big))]]]);
    const or = snapshot.inputs.find((i) => i.kind === 'openrouter.models')!;
    assert.equal(or.records, CATALOG_SIZE * 10);
    assert.ok(snapshot.counts.models >= CATALOG_SIZE * 10);
    t.diagnostic(
      `${CATALOG_SIZE * 10} models (${or.bytes} bytes) ingested in ${Math.round(run.ms)} ms; ${run.stdout.split('\n').find((l) => l.startsWith('Took'))}`,
    );
    assert.ok(run.ms < 60_000, `took ${Math.round(run.ms)} ms`);
  });
});
