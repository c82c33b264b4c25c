// OpenRouter usage through the real pipeline on the recorded files: the 7-day tokens of every record
// equal its CSV rows (converted from billions) exactly, in the store, in the CLI's CSV export and in
// the daily series; models without rows have no usage (never 0). Needs ATLAS_RECORDED_DATA.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { CatalogData } from '../../src/catalog/types.ts';
import { createProgress } from '../../src/cli/progress.ts';
import type { ModelRecord } from '../../src/domain/model.ts';
import { usageValue } from '../../src/domain/query-columns.ts';
import { addDays } from '../../src/domain/usage.ts';
import { sumBetween } from '../../src/domain/usage-series.ts';
import { ingestRecordedAsOf, readRecordedData } from '../../src/pipeline/ingest.ts';
import { openStore, type Store } from '../../src/store/index.ts';

const DATA = process.env.ATLAS_RECORDED_DATA;
if (!DATA) {
  console.warn(
    '\n*** SKIPPED: the recorded usage pipeline suite needs ATLAS_RECORDED_DATA (e.g. ATLAS_RECORDED_DATA=/work/shared/data). ***\n',
  );
}

const CSV_PATH = 'openrouter-usage/openrouter_model_activity_daily_2025-11-11_to_2026-05-04.csv';

/** Billions as a decimal string → tokens, by BigInt arithmetic (a different route from the parser's). */
function billions(text: string): bigint {
  const [mantissa, e = '0'] = text.toLowerCase().split('e') as [string, string?];
  const [whole, frac = ''] = mantissa.split('.') as [string, string?];
  const exp = Number(e) + 9 - frac.length;
  const digits = BigInt(whole + frac);
  if (exp >= 0) return digits * 10n ** BigInt(exp);
  const divisor = 10n ** BigInt(-exp);
  assert.equal(digits % divisor, 0n, `${text} billions is not a whole number of tokens`);
  return digits / divisor;
}

/** Tokens per API id over [from, to], straight from the CSV text. */
function csvSums(text: string, from: string, to: string): Map<string, bigint> {
  const sums = new Map<string, bigint>();
  for (const line of text.trim().split('\n').slice(1)) {
    const cells = line.trim().split(',');
    const date = cells[0]!;
    if (date < from || date > to) continue;
    sums.set(cells[1]!, (sums.get(cells[1]!) ?? 0n) + billions(cells[5]!));
  }
  return sums;
}

describe('usage through the pipeline on the recorded files', {
  skip: !DATA && 'ATLAS_RECORDED_DATA is not set',
}, () => {
  let dir: string;
  let db: string;
  let store: Store;
  const snapshots = new Map<string, { records: ModelRecord[]; data: CatalogData }>();
  const quiet = createProgress(process.stderr, true);

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atlas-usage-'));
    db = join(dir, 'atlas.db');
    store = await openStore(db);
    const recorded = await readRecordedData(DATA!);
    for (const asOf of ['2026-01-29', '2026-05-16', '2026-08-21']) {
      const { snapshot } = await ingestRecordedAsOf(recorded, asOf, {
        store,
        overrides: null,
        progress: quiet,
      });
      const data = await store.loadCatalogData(snapshot.id);
      snapshots.set(asOf, { records: data.records, data });
    }
  });
  after(async () => {
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('as of 2026-01-29, every record’s 7- and 30-day tokens equal its CSV rows, exactly', () => {
    const text = readFileSync(join(DATA!, CSV_PATH), 'utf8');
    const week = csvSums(text, '2026-01-23', '2026-01-29');
    const month = csvSums(text, '2025-12-31', '2026-01-29');
    const { records } = snapshots.get('2026-01-29')!;
    let checked = 0;
    for (const r of records) {
      if (r.ids.openrouter === null) {
        assert.equal(r.usage, null, `${r.id} is not on OpenRouter`);
        continue;
      }
      const expected = month.get(r.id);
      if (expected === undefined) {
        assert.equal(r.usage, null, `${r.id} has no CSV rows, so no usage (never 0)`);
        continue;
      }
      assert.ok(r.usage, `${r.id} has CSV rows`);
      assert.equal(BigInt(r.usage.tokens7d), week.get(r.id) ?? 0n, r.id);
      assert.equal(BigInt(r.usage.tokens30d), expected, r.id);
      assert.equal(r.usage.daysCovered7d, 7);
      assert.equal(r.usage.asOf, '2026-01-29');
      checked++;
    }
    assert.ok(checked > 250, `${checked} records checked`);
  });

  test('the CLI’s CSV export carries the same 7-day tokens', () => {
    const run = spawnSync(
      process.execPath,
      ['bin/model-atlas.js', 'export', '--format', 'csv', '--as-of', '2026-01-29', '--db', db],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
    );
    assert.equal(run.status, 0, run.stderr);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    const week = csvSums(readFileSync(join(DATA!, CSV_PATH), 'utf8'), '2026-01-23', '2026-01-29');
    const { records } = snapshots.get('2026-01-29')!;
    assert.equal(rows.length, records.length);
    let used = 0;
    for (const row of rows) {
      const expected = row.openrouter_id ? week.get(row.id!) : undefined;
      const usage = records.find((r) => r.id === row.id)!.usage;
      if (usage === null) {
        assert.equal(row.usage_tokens_7d, '', `${row.id}: no usage is an empty cell, not 0`);
        continue;
      }
      assert.equal(BigInt(row.usage_tokens_7d!), expected ?? 0n, row.id);
      assert.equal(row.usage_days_covered_7d, '7');
      used++;
    }
    assert.ok(used > 250);
  });

  test('the last 7 days of every model’s daily series sum to its 7-day tokens', () => {
    for (const asOf of ['2026-01-29', '2026-08-21']) {
      const { records, data } = snapshots.get(asOf)!;
      const series = data.usageSeries!;
      assert.equal(series.to, asOf);
      for (const r of records) {
        const points = series.byModel[r.id] ?? [];
        if (r.usage === null) {
          assert.equal(points.length, 0, `${r.id} has no usage and no series`);
          continue;
        }
        assert.equal(sumBetween(points, addDays(asOf, -6), asOf).tokens, r.usage.tokens7d, `${asOf} ${r.id}`);
        assert.equal(sumBetween(points, series.from, asOf).tokens, r.usage.tokens30d, `${asOf} ${r.id}`);
      }
    }
  });

  test('as of 2026-08-21, rankings-daily permaslugs join to the catalog; other models have no usage', () => {
    const { records, data } = snapshots.get('2026-08-21')!;
    const used = records.filter((r) => r.usage !== null);
    assert.ok(used.length >= 20, `${used.length} records with usage`);
    for (const r of used) {
      assert.equal(r.usage!.source, 'rankings-daily-api', r.id);
      assert.equal(r.usage!.daysCovered7d, 7);
    }
    assert.ok(
      used.some((r) => r.id.endsWith(':free')),
      'a :free variant has its own usage',
    );
    assert.ok(records.filter((r) => r.ids.openrouter && r.usage === null).length > 200);
    assert.equal(data.usageSeries?.covered.length, 30);
  });

  test('as of 2026-05-16, the 7 days have no data at all: no 7-day figure, not 0, and the gap is dated', () => {
    const { records, data } = snapshots.get('2026-05-16')!;
    const used = records.filter((r) => r.usage !== null);
    assert.ok(used.length > 200);
    for (const r of used) {
      assert.equal(r.usage!.daysCovered7d, 0, r.id);
      assert.equal(r.usage!.rank7d, null);
      assert.equal(usageValue(r), null, `${r.id} shows no 7-day figure`);
      assert.equal(r.usage!.asOf, '2026-05-04', 'dated by the last day with data');
    }
    const series = data.usageSeries!;
    assert.equal(series.covered.at(-1), '2026-05-04');
    assert.equal(series.covered.length, 18);
  });
});
