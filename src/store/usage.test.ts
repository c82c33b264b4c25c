import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import type { SnapshotInput } from '../catalog/types.ts';
import type { UsageDay } from '../sources/types.ts';
import { sqliteDialect } from './dialect.ts';
import { StoreError } from './errors.ts';
import { makeDraft, makeInput, makeRecord } from './fixtures.ts';
import { migrationProvider } from './migrations/index.ts';
import { openStore } from './open.ts';
import { countRows, tempDatabase } from './test-support.ts';
import type { SnapshotDraft, Store } from './types.ts';

const CSV = makeInput({
  kind: 'openrouter.usage',
  location: 'openrouter-usage/activity.csv',
  date: '2026-01-30',
  sha256: 'c'.repeat(64),
  meta: { format: 'model-activity-csv', dateFrom: '2026-01-01' },
});
const DAILY = makeInput({
  kind: 'openrouter.usage',
  location: 'openrouter-usage/rankings-daily.json',
  date: '2026-02-03',
  sha256: 'd'.repeat(64),
  meta: { format: 'rankings-daily-api', dateFrom: '2026-01-30' },
});
const PAGE = makeInput({
  kind: 'openrouter.usage',
  location: 'openrouter-usage/rankings-page.json',
  date: '2026-02-01',
  sha256: 'e'.repeat(64),
  partial: true,
  meta: { format: 'rankings-page-snapshot' },
});

const day = (
  date: string,
  modelKey: string,
  tokens: number,
  keyKind: UsageDay['keyKind'] = 'api-id',
): UsageDay => ({
  date,
  modelKey,
  keyKind,
  tokens,
  prompt: keyKind === 'api-id' ? Math.floor(tokens / 2) : null,
  completion: null,
  reasoning: null,
});

const CSV_DAYS = [
  day('2026-01-04', 'z-ai/glm-4-32b', 5), // before a 30-day window ending 2026-02-03
  day('2026-01-05', 'z-ai/glm-4-32b', 10),
  day('2026-01-29', 'z-ai/glm-4-32b', 29_000_000_000),
  day('2026-01-30', 'z-ai/glm-4-32b', 30),
  day('2026-01-30', 'z-ai/glm-4-32b:free', 3),
  day('2026-01-30', 'retired/model', 7), // in no record
];
const DAILY_DAYS = [
  // Restates 01-30 (the later file wins the whole day) and carries on to 02-03, with a gap on 02-01.
  day('2026-01-30', 'z-ai/glm-4-32b-0414', 300, 'permaslug'),
  day('2026-01-30', 'other', 900, 'other'),
  day('2026-01-31', 'z-ai/glm-4-32b-0414', 310, 'permaslug'),
  day('2026-01-31', 'z-ai/glm-4-32b-0414:free', 31, 'permaslug'),
  day('2026-02-02', 'z-ai/glm-4-32b-0414', 320, 'permaslug'),
  day('2026-02-03', 'z-ai/glm-4-32b-0414', 330, 'permaslug'),
  day('2026-02-04', 'z-ai/glm-4-32b-0414', 340, 'permaslug'), // after as-of
];

function usageDraft(asOf: string, inputs: SnapshotInput[], days: Map<string, UsageDay[]>): SnapshotDraft {
  const records = [
    makeRecord(),
    makeRecord({
      id: 'z-ai/glm-4-32b:free',
      ids: { ...makeRecord().ids, openrouter: 'z-ai/glm-4-32b:free' },
    }),
  ];
  const base = makeDraft({ records });
  return {
    ...base,
    asOf,
    inputs: [...base.inputs, ...inputs],
    usageDays: inputs
      .filter((i) => days.has(i.sha256))
      .map((i) => ({ inputSha256: i.sha256, days: days.get(i.sha256)! })),
  };
}

describe('usage days in the store', () => {
  let tmp: ReturnType<typeof tempDatabase>;
  let store: Store;
  beforeEach(async () => {
    tmp = tempDatabase();
    store = await openStore(tmp.path);
  });
  afterEach(async () => {
    await store.close();
    tmp.cleanup();
  });

  const both = new Map([
    [CSV.sha256, CSV_DAYS],
    [DAILY.sha256, DAILY_DAYS],
  ]);

  test('the series joins permaslugs to records, lets the later file win a day and keeps gaps', async () => {
    const meta = await store.writeSnapshot(usageDraft('2026-02-03', [CSV, DAILY, PAGE], both));
    const data = await store.loadCatalogData(meta.id);
    const usage = data.usageSeries!;
    assert.equal(usage.from, '2026-01-05');
    assert.equal(usage.to, '2026-02-03');
    assert.deepEqual(usage.covered, [
      '2026-01-05',
      '2026-01-29',
      '2026-01-30',
      '2026-01-31',
      '2026-02-02',
      '2026-02-03',
    ]);
    assert.deepEqual(usage.byModel['z-ai/glm-4-32b'], [
      { date: '2026-01-05', tokens: 10 },
      { date: '2026-01-29', tokens: 29_000_000_000 },
      { date: '2026-01-30', tokens: 300 },
      { date: '2026-01-31', tokens: 310 },
      { date: '2026-02-02', tokens: 320 },
      { date: '2026-02-03', tokens: 330 },
    ]);
    // The CSV's 01-30 row of the :free variant lost its day to the rankings-daily file.
    assert.deepEqual(usage.byModel['z-ai/glm-4-32b:free'], [{ date: '2026-01-31', tokens: 31 }]);
    assert.deepEqual(Object.keys(usage.byModel).sort(), ['z-ai/glm-4-32b', 'z-ai/glm-4-32b:free']);
  });

  test('an input used by many snapshots is stored once', async () => {
    await store.writeSnapshot(usageDraft('2026-02-02', [CSV, DAILY], both));
    await store.writeSnapshot(usageDraft('2026-02-03', [CSV, DAILY], both));
    await store.writeSnapshot(usageDraft('2026-02-03', [DAILY, CSV, DAILY], both));
    assert.equal(countRows(tmp.path, ['usage_day']).usage_day, CSV_DAYS.length + DAILY_DAYS.length);
  });

  test('a file stored from a draft with other rows (a newer parser) is stored again, whole', async () => {
    await store.writeSnapshot(usageDraft('2026-01-30', [CSV], new Map([[CSV.sha256, CSV_DAYS]])));
    const fewer = CSV_DAYS.slice(0, 2);
    const meta = await store.writeSnapshot(usageDraft('2026-01-30', [CSV], new Map([[CSV.sha256, fewer]])));
    assert.equal(countRows(tmp.path, ['usage_day']).usage_day, 2);
    assert.deepEqual((await store.loadCatalogData(meta.id)).usageSeries!.byModel['z-ai/glm-4-32b'], [
      { date: '2026-01-04', tokens: 5 },
      { date: '2026-01-05', tokens: 10 },
    ]);
  });

  test('a snapshot reads only its own usage inputs, up to its as-of date', async () => {
    await store.writeSnapshot(usageDraft('2026-02-03', [CSV, DAILY], both));
    const csvOnly = await store.writeSnapshot(
      usageDraft('2026-01-30', [CSV], new Map([[CSV.sha256, CSV_DAYS]])),
    );
    const usage = (await store.loadCatalogData(csvOnly.id)).usageSeries!;
    assert.equal(usage.to, '2026-01-30');
    assert.deepEqual(usage.byModel['z-ai/glm-4-32b']?.at(-1), { date: '2026-01-30', tokens: 30 });
    assert.deepEqual(usage.byModel['z-ai/glm-4-32b:free'], [{ date: '2026-01-30', tokens: 3 }]);
  });

  test('tokens beyond 2^31 come back exact', async () => {
    const meta = await store.writeSnapshot(
      usageDraft('2026-01-30', [CSV], new Map([[CSV.sha256, CSV_DAYS]])),
    );
    const points = (await store.loadCatalogData(meta.id)).usageSeries!.byModel['z-ai/glm-4-32b']!;
    assert.equal(points.find((p) => p.date === '2026-01-29')?.tokens, 29_000_000_000);
  });

  test('a snapshot without daily usage has no series', async () => {
    const meta = await store.writeSnapshot(usageDraft('2026-02-03', [PAGE], new Map()));
    assert.equal((await store.loadCatalogData(meta.id)).usageSeries, null);
    const plain = await store.writeSnapshot(makeDraft());
    assert.equal((await store.loadCatalogData(plain.id)).usageSeries, null);
  });

  test('a repeated (date, key) in one input keeps its last row', async () => {
    const days = [day('2026-01-30', 'z-ai/glm-4-32b', 1), day('2026-01-30', 'z-ai/glm-4-32b', 2)];
    const meta = await store.writeSnapshot(usageDraft('2026-01-30', [CSV], new Map([[CSV.sha256, days]])));
    assert.deepEqual((await store.loadCatalogData(meta.id)).usageSeries!.byModel['z-ai/glm-4-32b'], [
      { date: '2026-01-30', tokens: 2 },
    ]);
  });

  test('usage rows of an input the snapshot does not list, or with impossible tokens, write nothing', async () => {
    const stray = usageDraft('2026-02-03', [CSV], new Map([[CSV.sha256, CSV_DAYS]]));
    stray.usageDays = [{ inputSha256: 'f'.repeat(64), days: CSV_DAYS }];
    await assert.rejects(
      store.writeSnapshot(stray),
      (e: unknown) =>
        e instanceof StoreError && /not among the snapshot's inputs; nothing was written/.test(e.message),
    );
    const negative = usageDraft('2026-02-03', [CSV], new Map([[CSV.sha256, [day('2026-01-30', 'a/b', -1)]]]));
    await assert.rejects(store.writeSnapshot(negative), /has -1 tokens, not a whole number of 0 or more/);
    assert.deepEqual(countRows(tmp.path, ['snapshot', 'usage_day']), { snapshot: 0, usage_day: 0 });
  });
});

describe('upgrading a store that has usage rows', () => {
  test('0004 records each stored file’s row count, so the next snapshot does not store them again', async () => {
    const tmp = tempDatabase();
    try {
      const sqlite = new Sqlite(tmp.path);
      const db = new Kysely<unknown>({ dialect: sqliteDialect(sqlite) });
      const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo('0003_usage_day');
      assert.equal(error, undefined);
      sqlite.prepare("insert into input_file values (?, 'openrouter.usage', 10, 0)").run(CSV.sha256);
      const insert = sqlite.prepare("insert into usage_day values (?, ?, ?, 'api-id', ?, null, null, null)");
      for (const d of CSV_DAYS) insert.run(CSV.sha256, d.date, d.modelKey, d.tokens);
      await db.destroy();

      const store = await openStore(tmp.path);
      await store.writeSnapshot(usageDraft('2026-01-30', [CSV], new Map([[CSV.sha256, CSV_DAYS]])));
      await store.close();
      assert.equal(countRows(tmp.path, ['usage_day']).usage_day, CSV_DAYS.length);
      const check = new Sqlite(tmp.path, { readonly: true });
      assert.deepEqual(check.prepare('select usage_count from input_file where sha256 = ?').get(CSV.sha256), {
        usage_count: CSV_DAYS.length,
      });
      check.close();
    } finally {
      tmp.cleanup();
    }
  });
});
