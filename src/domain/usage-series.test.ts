import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { apiDay, slugDay } from '../../test/fixtures/usage-days.ts';
import type { UsageOrigin } from '../sources/types.ts';
import { apiIdByPermaslug, usageFacts } from './usage.ts';
import { sumBetween, usageSeries, usageWindowEnd } from './usage-series.ts';

const DAILY: UsageOrigin = { format: 'rankings-daily-api', location: 'daily.json', date: '2026-02-05' };

const api = apiDay;
const slug = (date: string, key: string, tokens: number) => slugDay(date, key, tokens, DAILY);

const join = {
  apiIdByPermaslug: apiIdByPermaslug([
    { id: 'z-ai/glm-4-32b', canonicalSlug: 'z-ai/glm-4-32b-0414' },
    { id: 'z-ai/glm-4-32b:free', canonicalSlug: 'z-ai/glm-4-32b-0414' },
  ]),
};

describe('the daily usage series', () => {
  const days = [
    api('2026-01-01', 'a/x', 1), // before the 30-day window ending 2026-02-03
    api('2026-01-05', 'a/x', 10),
    api('2026-01-06', 'a/x', 20),
    api('2026-01-06', 'b/y', 7),
    // 01-07 … 01-29: no file has data (a gap for the whole platform).
    api('2026-01-30', 'a/x', 30),
    api('2026-01-31', 'a/x:free', 3),
    // A later rankings-daily file restates 01-31 and adds 02-01 … 02-03.
    slug('2026-01-31', 'z-ai/glm-4-32b-0414', 500),
    slug('2026-01-31', 'other', 99),
    slug('2026-02-01', 'z-ai/glm-4-32b-0414', 600),
    slug('2026-02-01', 'z-ai/glm-4-32b', 50), // an undated permaslug of the same model adds up
    slug('2026-02-01', 'z-ai/glm-4-32b-0414:free', 9),
    slug('2026-02-01', 'nobody/unjoined-20260101', 4000),
    slug('2026-02-03', 'z-ai/glm-4-32b-0414', 700),
    slug('2026-02-04', 'z-ai/glm-4-32b-0414', 999), // after as-of
  ];
  const series = usageSeries(days, '2026-02-03', join);

  test('the window is the 30 days ending at as-of, and covered lists the days with data', () => {
    assert.equal(series.from, '2026-01-05');
    assert.equal(series.to, '2026-02-03');
    assert.deepEqual(series.covered, [
      '2026-01-05',
      '2026-01-06',
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
      '2026-02-03',
    ]);
  });

  test('a model has points only on days it has a row: gaps stay gaps, never zeros', () => {
    assert.deepEqual(series.byModel['a/x'], [
      { date: '2026-01-05', tokens: 10 },
      { date: '2026-01-06', tokens: 20 },
      { date: '2026-01-30', tokens: 30 },
    ]);
  });

  test('a restated day comes whole from the later file, as in the facts', () => {
    // The CSV's 01-31 row for a/x:free is replaced by the rankings-daily day, which does not list it.
    assert.equal(series.byModel['a/x:free'], undefined);
    assert.deepEqual(
      series.byModel['z-ai/glm-4-32b']?.map((p) => p.date),
      ['2026-01-31', '2026-02-01', '2026-02-03'],
    );
  });

  test('permaslugs join through the canonical slug, variants keep their variant, undated slugs add up', () => {
    assert.equal(series.byModel['z-ai/glm-4-32b']![1]!.tokens, 650);
    assert.deepEqual(series.byModel['z-ai/glm-4-32b:free'], [{ date: '2026-02-01', tokens: 9 }]);
    assert.ok(!Object.keys(series.byModel).some((id) => id.includes('unjoined') || id === 'other'));
  });

  test('the last 7 days of a series sum to the record’s 7-day tokens, and 30 to its 30-day tokens', () => {
    const facts = usageFacts(days, '2026-02-03', join);
    for (const [id, f] of facts) {
      const points = series.byModel[id] ?? [];
      assert.equal(sumBetween(points, '2026-01-28', '2026-02-03').tokens, f.tokens7d, id);
      assert.equal(sumBetween(points, series.from, series.to).tokens, f.tokens30d, id);
    }
    assert.ok(facts.size >= 4);
  });

  test('a shorter window and bad arguments', () => {
    assert.deepEqual(usageSeries(days, '2026-02-03', join, 3).covered, ['2026-02-01', '2026-02-03']);
    assert.throws(() => usageSeries(days, '2026-2-3', join), /not a YYYY-MM-DD date/);
    assert.throws(() => usageSeries(days, '2026-02-03', join, 0), /whole number of days/);
  });

  test('sumBetween counts the days that have a point', () => {
    assert.deepEqual(sumBetween(series.byModel['a/x']!, '2026-01-06', '2026-01-30'), { tokens: 50, days: 2 });
    assert.deepEqual(sumBetween([], '2026-01-01', '2026-01-31'), { tokens: 0, days: 0 });
  });
});

describe('where the usage windows end', () => {
  test('a live snapshot ends them the day before its date; a recorded one at its date', () => {
    assert.equal(usageWindowEnd('2026-03-01', true), '2026-02-28');
    assert.equal(usageWindowEnd('2026-03-01', false), '2026-03-01');
  });
});
