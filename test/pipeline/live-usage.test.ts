// The live usage source end to end, against a loopback stand-in for OpenRouter and the arena catalog:
// without OPENROUTER_API_KEY usage is skipped with a sentence and everything else ingests; with a key
// the rankings-daily rows (string tokens, dated permaslugs, `other`) become the records' usage and
// series, and the key is never stored; a refused key leaves usage out, not the snapshot.

import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { liveSourceConfig } from '../../src/cli/config.ts';
import { createProgress } from '../../src/cli/progress.ts';
import { addDays } from '../../src/domain/usage.ts';
import { ingestLive } from '../../src/pipeline/live.ts';
import { openStore } from '../../src/store/index.ts';
import { catalogModels, catalogPayload, ratingsPayload } from '../robustness/upstream-payloads.ts';

const KEY = 'sk-or-test-key-never-stored';
const TODAY = '2026-06-10';
const models = catalogModels(6, 3);
// models[1] and models[2] are a model and its :free variant (one canonical slug); models[3] another.
const first = models[1]!;
const free = models[2]!;
const second = models[3]!;
const slugOf = (m: (typeof models)[number]) => String(m.record.canonical_slug);

/** 14 days of rankings-daily rows: two catalog models (one by a dated permaslug), an unknown one, other. */
function rankingsDaily(): unknown {
  const data: { date: string; model_permaslug: string; total_tokens: string }[] = [];
  for (let i = 13; i >= 0; i--) {
    const date = addDays(addDays(TODAY, -1), -i);
    data.push({ date, model_permaslug: slugOf(first), total_tokens: String(1_000_000_000 + i) });
    data.push({ date, model_permaslug: `${slugOf(free)}:free`, total_tokens: '3000000' });
    data.push({ date, model_permaslug: slugOf(second), total_tokens: '25000000' });
    data.push({ date, model_permaslug: 'newcomer/released-later-20260601', total_tokens: '7000000000' });
    data.push({ date, model_permaslug: 'other', total_tokens: '500000000' });
  }
  return {
    data,
    meta: {
      as_of: `${TODAY}T00:05:00Z`,
      start_date: data[0]!.date,
      end_date: addDays(TODAY, -1),
      version: 'v1',
    },
  };
}

let server: Server;
let base: string;
let rankingsStatus = 200;
const seenAuth: (string | undefined)[] = [];

function answer(req: IncomingMessage): { status: number; body: unknown } {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/api/v1/models') return { status: 200, body: catalogPayload(models) };
  if (path === '/arena/leaderboard-text.json') return { status: 200, body: ratingsPayload(models) };
  if (path === '/api/v1/datasets/rankings-daily') {
    seenAuth.push(req.headers.authorization);
    if (req.headers.authorization !== `Bearer ${KEY}` || rankingsStatus !== 200)
      return { status: 401, body: { error: { message: 'No auth credentials found' } } };
    return { status: 200, body: rankingsDaily() };
  }
  return { status: 404, body: { error: 'not here' } };
}

before(async () => {
  server = createServer((req, res) => {
    const { status, body } = answer(req);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function ingest(key: string | undefined) {
  const store = await openStore(':memory:');
  const config = liveSourceConfig({
    OPENROUTER_BASE_URL: `${base}/api/v1`,
    ARENA_CATALOG_BASE_URL: `${base}/arena`,
    LITELLM_PRICES_URL: `${base}/litellm.json`,
    MODELS_DEV_URL: `${base}/models-dev.json`,
    ...(key === undefined ? {} : { OPENROUTER_API_KEY: key }),
    ATLAS_FETCH_RETRIES: '0',
    ATLAS_FETCH_TIMEOUT_MS: '5000',
  });
  const summary = await ingestLive(config, {
    store,
    overrides: null,
    progress: createProgress(process.stderr, true),
    now: () => new Date(`${TODAY}T06:00:00Z`),
  });
  const data = await store.loadCatalogData(summary.snapshot.id);
  await store.close();
  return { summary, data };
}

describe('live usage from the rankings-daily dataset', () => {
  test('without a key, usage is skipped with a sentence saying why, and everything else ingests', async () => {
    const before = seenAuth.length;
    const { summary, data } = await ingest(undefined);
    assert.ok(
      summary.notes.some((n) =>
        /^OpenRouter usage is skipped because OPENROUTER_API_KEY is not set; set it/.test(n),
      ),
      summary.notes.join('\n'),
    );
    assert.equal(seenAuth.length, before, 'the dataset is not even asked');
    assert.equal(data.records.filter((r) => r.ids.openrouter).length, models.length);
    assert.ok(data.records.every((r) => r.usage === null));
    assert.equal(data.usageSeries, null);
  });

  test('with a key, rows become usage and a daily series, joined by canonical slug; the key is not stored', async () => {
    const { data } = await ingest(KEY);
    assert.equal(seenAuth.at(-1), `Bearer ${KEY}`);
    const usage = data.snapshot.inputs.find((i) => i.kind === 'openrouter.usage');
    assert.ok(usage, 'the usage input is recorded');
    assert.ok(!JSON.stringify(data.snapshot).includes(KEY), 'the key is in no stored input');
    const a = data.records.find((r) => r.id === first.id)!;
    let week = 0;
    for (let i = 6; i >= 0; i--) week += 1_000_000_000 + i;
    assert.deepEqual(
      [a.usage?.tokens7d, a.usage?.source, a.usage?.daysCovered7d, a.usage?.asOf],
      [week, 'rankings-daily-api', 7, addDays(TODAY, -1)],
    );
    // Rank counts the unjoined newcomer; share includes the other row.
    assert.equal(a.usage?.rank7d, 2);
    assert.equal(
      a.usage?.share7d,
      week / (week + 7 * (3_000_000 + 25_000_000 + 7_000_000_000 + 500_000_000)),
    );
    assert.equal(data.records.find((r) => r.id === free.id)?.usage?.tokens7d, 7 * 3_000_000);
    assert.equal(data.records.find((r) => r.id === second.id)?.usage?.tokens7d, 7 * 25_000_000);
    assert.equal(data.usageSeries?.byModel[first.id]?.length, 14);
    // A live snapshot is dated the day it runs; OpenRouter publishes a day once it is complete.
    assert.equal(data.snapshot.asOf, TODAY);
    assert.equal(data.usageSeries?.to, addDays(TODAY, -1), 'the windows end at the last complete day');
    assert.equal(data.records.filter((r) => r.usage !== null).length, 3);
  });

  test('with a key the dataset refuses, usage is left out with the reason and the rest ingests', async () => {
    rankingsStatus = 401;
    try {
      const { summary, data } = await ingest('sk-or-wrong');
      assert.ok(
        summary.notes.some((n) => /^Left out .*datasets\/rankings-daily.*401.*Check the API key/s.test(n)),
        summary.notes.join('\n'),
      );
      assert.ok(data.records.every((r) => r.usage === null));
      assert.equal(data.records.filter((r) => r.ids.openrouter).length, models.length);
    } finally {
      rankingsStatus = 200;
    }
  });
});
