// `npm start` on an empty database with no network: the live ingest fails, the committed bundled
// history fills the store, and one line says so. Runs on the file in data/, as a fresh clone would.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ensureData } from '../../src/cli/commands/serve.ts';
import { addDays } from '../../src/domain/usage.ts';
import { USAGE_SERIES_DAYS } from '../../src/domain/usage-series.ts';
import { openStore } from '../../src/store/index.ts';
import { freePort } from '../export/nginx.ts';

describe('npm start on an empty database without network', () => {
  test('ATLAS_OFFLINE loads the bundled history and says so in one line', async () => {
    const store = await openStore(':memory:');
    try {
      const line = await ensureData(store, { ATLAS_OFFLINE: '1' });
      assert.match(
        line!,
        /^Live sources unavailable \(ATLAS_OFFLINE is set\); serving the bundled offline history: 5 snapshots, 2024-12-31 to 2026-08-21\.$/,
      );
      const snapshots = await store.listSnapshots();
      assert.deepEqual(
        snapshots.map((s) => [s.asOf, s.mode]),
        ['2024-12-31', '2025-05-24', '2025-12-18', '2026-01-29', '2026-08-21'].map((d) => [d, 'bundled']),
      );
    } finally {
      await store.close();
    }
  });

  test('the bundled facts are right to the unit and carry no third-party prose', async () => {
    const store = await openStore(':memory:');
    try {
      await ensureData(store, { ATLAS_OFFLINE: '1' });
      const dec18 = (await store.listSnapshots()).find((s) => s.asOf === '2025-12-18')!;
      const records = await store.loadRecords(dec18.id);
      const glm = records.find((r) => r.id === 'z-ai/glm-4-32b')!;
      assert.equal(glm.contextLength, 128000);
      assert.equal(glm.pricing.inputPer1M, 0.1);
      assert.equal(glm.pricing.outputPer1M, 0.1);
      assert.equal(records.find((r) => r.id === 'openrouter/auto')!.pricing.state, 'variable');
      assert.deepEqual(
        records.filter((r) => r.description !== null).map((r) => r.id),
        [],
      );
    } finally {
      await store.close();
    }
  });

  test('the latest bundled snapshot draws 30-day usage series whose last 7 days are the 7-day totals', async () => {
    const store = await openStore(':memory:');
    try {
      await ensureData(store, { ATLAS_OFFLINE: '1' });
      const latest = (await store.latestSnapshot())!;
      const data = await store.loadCatalogData(latest.id);
      const series = data.usageSeries!;
      assert.equal(series.to, latest.asOf);
      assert.equal(series.from, addDays(latest.asOf, -(USAGE_SERIES_DAYS - 1)));
      const withUsage = data.records.filter((r) => r.usage?.tokens7d);
      assert.ok(withUsage.length >= 20, `${withUsage.length} records with 7-day usage`);
      const weekStart = addDays(latest.asOf, -6);
      for (const r of withUsage) {
        const week = (series.byModel[r.id] ?? [])
          .filter((p) => p.date >= weekStart)
          .reduce((sum, p) => sum + p.tokens, 0);
        assert.equal(week, r.usage!.tokens7d, r.id);
      }
    } finally {
      await store.close();
    }
  });

  test('an unreachable live source falls back to the bundle with the reason in the line', async () => {
    // A port nothing listens on refuses the connection.
    const port = await freePort();
    const store = await openStore(':memory:');
    try {
      const line = await ensureData(store, {
        OPENROUTER_BASE_URL: `http://127.0.0.1:${port}/api/v1`,
        ARENA_CATALOG_BASE_URL: `http://127.0.0.1:${port}/data`,
        LITELLM_PRICES_URL: `http://127.0.0.1:${port}/litellm.json`,
        MODELS_DEV_URL: `http://127.0.0.1:${port}/api.json`,
        ATLAS_FETCH_RETRIES: '0',
      });
      assert.match(
        line!,
        /^Live sources unavailable \(.*127\.0\.0\.1.*\); serving the bundled offline history: 5 snapshots/,
      );
      assert.equal((await store.listSnapshots()).length, 5);
    } finally {
      await store.close();
    }
  });

  test('a database that already holds a snapshot is left alone', async () => {
    const store = await openStore(':memory:');
    try {
      await ensureData(store, { ATLAS_OFFLINE: '1' });
      assert.equal(await ensureData(store, { ATLAS_OFFLINE: '1' }), null);
      assert.equal((await store.listSnapshots()).length, 5);
    } finally {
      await store.close();
    }
  });
});
