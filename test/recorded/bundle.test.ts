// The committed offline history is what `npm run bundle` makes from the recorded data with today's
// code: a change to parsing or matching that moves a fact fails here until the bundle is rebuilt,
// so `npm start` offline never serves facts the current code would not produce. Needs ATLAS_RECORDED_DATA.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { BUNDLED_DATES, buildBundleDrafts } from '../../scripts/build-bundle.ts';
import { BUNDLED_HISTORY_PATH } from '../../src/cli/config.ts';
import { addDays } from '../../src/domain/usage.ts';
import { USAGE_SERIES_DAYS } from '../../src/domain/usage-series.ts';
import { decodeBundle, encodeBundle } from '../../src/pipeline/bundle.ts';
import type { SnapshotDraft } from '../../src/store/index.ts';

const DATA = process.env.ATLAS_RECORDED_DATA;
if (!DATA) {
  console.warn(
    '\n*** SKIPPED: the bundled-history freshness check needs ATLAS_RECORDED_DATA (e.g. ATLAS_RECORDED_DATA=/work/shared/data). ***\n',
  );
}

describe('the bundled offline history', { skip: !DATA }, () => {
  test('holds the bundled dates, oldest first, and is well under 2 MB', () => {
    const bytes = readFileSync(BUNDLED_HISTORY_PATH);
    assert.ok(bytes.length < 2 * 1024 * 1024, `${bytes.length} bytes`);
    const committed = decodeBundle(bytes, BUNDLED_HISTORY_PATH);
    assert.deepEqual(
      committed.map((d) => d.asOf),
      BUNDLED_DATES,
    );
  });

  test('is what npm run bundle makes from the recorded data today, record by record', async () => {
    const committed = decodeBundle(readFileSync(BUNDLED_HISTORY_PATH), BUNDLED_HISTORY_PATH);
    // Through the file format both ways: facts only, usage trimmed, as `npm run bundle` writes it.
    const fresh = decodeBundle(encodeBundle(await buildBundleDrafts(DATA!)), 'a fresh build');
    const stale =
      'The committed bundle is stale: run "npm run bundle" and commit data/bundled-history.json.gz.';
    for (const [i, now] of fresh.entries()) {
      const then = committed[i]!;
      const ids = (d: SnapshotDraft) => d.records.map((r) => r.id);
      assert.deepEqual(ids(then), ids(now), `${now.asOf}: the model ids differ. ${stale}`);
      for (const [j, record] of now.records.entries()) {
        assert.deepEqual(then.records[j], record, `${now.asOf} ${record.id}: the record differs. ${stale}`);
      }
      assert.deepEqual(then, now, `${now.asOf}: the snapshot differs outside its records. ${stale}`);
    }
  });

  test('keeps the 30-day usage series of its latest snapshot whole, so offline pages draw it', async () => {
    const committed = decodeBundle(readFileSync(BUNDLED_HISTORY_PATH), BUNDLED_HISTORY_PATH);
    const full = (await buildBundleDrafts(DATA!)).at(-1)!;
    const latest = committed.at(-1)!;
    const from = addDays(latest.asOf, -(USAGE_SERIES_DAYS - 1));
    const window = (d: { date: string }) => d.date >= from && d.date <= latest.asOf;
    assert.ok((full.usageDays ?? []).length > 0, 'the latest bundled date reads daily usage');
    for (const group of full.usageDays ?? []) {
      const kept = latest.usageDays!.find((g) => g.inputSha256 === group.inputSha256)!;
      const expected = group.days.filter(window).map((d) => [d.date, d.modelKey, d.keyKind, d.tokens]);
      const got = kept.days.filter(window).map((d) => [d.date, d.modelKey, d.keyKind, d.tokens]);
      assert.deepEqual(got, expected, group.inputSha256);
    }
  });
});
