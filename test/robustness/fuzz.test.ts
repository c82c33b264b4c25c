// Hostile input, in process: at least 10,000 seeded random and hostile requests to every route and
// method of the app over the fixture catalog (and over the recorded snapshot when
// ATLAS_RECORDED_DATA is set). Never a 5xx, never reflected markup, JSON that parses, the security
// headers everywhere, each answer within a sanity bound. The seed is printed; ATLAS_FUZZ_SEED replays it.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { buildCatalog, type Catalog } from '../../src/catalog/catalog.ts';
import { createApp } from '../../src/web/app.ts';
import { fixtureCatalogData } from '../fixtures/catalog.ts';
import type { FuzzResponse } from './fuzz-checks.ts';
import { fuzzSeed } from './fuzz-inputs.ts';
import { ingestRecordedDb, loadLatest } from './fuzz-recorded.ts';
import type { FuzzRequest } from './fuzz-requests.ts';
import { describeFailures, describeRun, fuzzWorld, runFuzz, type Sender } from './fuzz-run.ts';

const SEED = fuzzSeed();
const COUNT = Number(process.env.ATLAS_FUZZ_COUNT ?? 10_000);
/**
 * Sanity limits on one in-process answer, not a benchmark: 250 ms of CPU, and a loose wall-clock
 * limit that still catches a hang when the machine is shared with other work.
 */
const BOUNDS = { cpuMs: 250, wallMs: 3_000 };
const REPLAY = 'node scripts/test.mjs test/robustness/fuzz.test.ts';
const DATA = process.env.ATLAS_RECORDED_DATA;

console.log(`\nFuzz seed ${SEED} (replay with ATLAS_FUZZ_SEED=${SEED} ${REPLAY})\n`);
if (!DATA)
  console.warn(
    '\n*** The recorded-snapshot fuzz run is SKIPPED: set ATLAS_RECORDED_DATA (e.g. ATLAS_RECORDED_DATA=/work/shared/data) to include it. ***\n',
  );

function inProcess(app: Hono): Sender {
  return async (req: FuzzRequest): Promise<FuzzResponse> => {
    const body = req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH' ? 'a=1' : undefined;
    // Parsing a 1 MB URL into a Request is the client's work, not the app's: it stays off the clock.
    const request = new Request(`http://localhost${req.target}`, {
      method: req.method,
      headers: req.headers,
      body,
    });
    const start = performance.now();
    const cpu = process.cpuUsage();
    const res = await app.request(request);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const used = process.cpuUsage(cpu);
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      headers[name] = value;
    });
    return {
      status: res.status,
      headers,
      body: bytes,
      ms: performance.now() - start,
      cpuMs: (used.user + used.system) / 1000,
    };
  };
}

/** Pages are rendered once per snapshot: render the common ones first, so the bound measures requests. */
async function warm(app: Hono, catalog: Catalog): Promise<void> {
  const paths = ['/', '/methodology', '/changes', '/changes.atom', '/api/models', '/api/models.csv'];
  paths.push('/explorer-data.json', '/api/openapi.json', '/sitemap.xml');
  for (const r of catalog.records) paths.push(`/models/${r.id}`, `/api/models/${r.id}`);
  for (const path of paths) await app.request(`http://localhost${path}`);
}

async function fuzzCatalog(label: string, catalog: Catalog, count: number): Promise<void> {
  const app = createApp({ catalog, baseUrl: 'https://atlas.example' });
  await warm(app, catalog);
  const report = await runFuzz({
    seed: SEED,
    count,
    world: fuzzWorld(catalog),
    send: inProcess(app),
    bounds: BOUNDS,
  });
  console.log(describeRun(label, report));
  assert.equal(report.sent, count);
  assert.ok(
    Object.keys(report.routes).length >= 19,
    `only ${Object.keys(report.routes).length} routes reached`,
  );
  assert.equal(report.failures.length, 0, describeFailures(report, REPLAY));
}

describe('hostile requests in process', () => {
  test(`${COUNT} seeded hostile requests over the fixture catalog never fail the rules`, async () => {
    await fuzzCatalog('fixture catalog', buildCatalog(fixtureCatalogData()), COUNT);
  });

  describe('over the recorded snapshot', { skip: !DATA && 'ATLAS_RECORDED_DATA is not set' }, () => {
    let catalog: Catalog;
    let cleanup = () => {};
    before(async () => {
      const ingested = ingestRecordedDb(DATA!);
      cleanup = ingested.cleanup;
      catalog = buildCatalog(await loadLatest(ingested.db));
    });
    after(() => cleanup());

    test(`${COUNT} seeded hostile requests over the real catalog never fail the rules`, async () => {
      await fuzzCatalog('recorded snapshot', catalog, COUNT);
    });
  });
});
