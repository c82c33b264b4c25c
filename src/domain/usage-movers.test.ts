import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatTokenChange } from './format.ts';
import { addDays } from './usage.ts';
import { usageMovers } from './usage-movers.ts';
import type { UsagePoint, UsageSeries } from './usage-series.ts';

const TO = '2026-01-29';

/** 14 daily points ending at TO: `before` tokens a day in the first week, `after` in the second. */
function twoWeeks(before: number, after: number, skip: string[] = []): UsagePoint[] {
  const out: UsagePoint[] = [];
  for (let i = 13; i >= 0; i--) {
    const date = addDays(TO, -i);
    if (!skip.includes(date)) out.push({ date, tokens: i >= 7 ? before : after });
  }
  return out;
}

function series(byModel: Record<string, UsagePoint[]>, covered?: string[]): UsageSeries {
  const from = addDays(TO, -29);
  const all: string[] = [];
  for (let i = 29; i >= 0; i--) all.push(addDays(TO, -i));
  return { from, to: TO, covered: covered ?? all, byModel };
}

describe('usage movers week over week', () => {
  const s = series({
    'a/steady': twoWeeks(100, 100),
    'b/up-big': twoWeeks(1_000, 3_000),
    'c/up-small-but-fast': twoWeeks(1, 50),
    'd/down': twoWeeks(5_000, 2_000),
    'e/down-less': twoWeeks(300, 200),
    'f/new-this-week': twoWeeks(0, 900).filter((p) => p.date > addDays(TO, -7)),
    'g/missing-a-day': twoWeeks(10, 10_000, ['2026-01-20']),
    'h/zero-before': twoWeeks(0, 10),
  });
  const movers = usageMovers(s, 2);

  test('the weeks are the 7 days to as-of and the 7 days before', () => {
    assert.deepEqual(movers.current, { from: '2026-01-23', to: '2026-01-29', covered: 7 });
    assert.deepEqual(movers.previous, { from: '2026-01-16', to: '2026-01-22', covered: 7 });
    assert.equal(movers.comparable, true);
  });

  test('risers and fallers are ordered by the change in tokens, with the percentage beside it', () => {
    assert.deepEqual(
      movers.risers.map((m) => [m.id, m.previous, m.current, m.change, m.pct]),
      [
        ['b/up-big', 7_000, 21_000, 14_000, 200],
        ['c/up-small-but-fast', 7, 350, 343, 4900],
      ],
    );
    assert.deepEqual(
      movers.fallers.map((m) => [m.id, m.change, m.pct]),
      [
        ['d/down', -21_000, -60],
        ['e/down-less', -700, (-700 / 2100) * 100],
      ],
    );
  });

  test('only models with a figure on all 14 days, and some tokens the week before, are compared', () => {
    // steady, up-big, up-small, down, down-less; not the new, gapped or zero-before models.
    assert.equal(movers.compared, 5);
    const all = usageMovers(s, 100);
    const named = [...all.risers, ...all.fallers].map((m) => m.id);
    for (const id of ['f/new-this-week', 'g/missing-a-day', 'h/zero-before', 'a/steady'])
      assert.ok(!named.includes(id), id);
  });

  test('a week with a day missing platform-wide compares nothing and says how many days it has', () => {
    const gap = series(
      s.byModel,
      s.covered.filter((d) => d !== '2026-01-18'),
    );
    const m = usageMovers(gap);
    assert.equal(m.comparable, false);
    assert.equal(m.previous.covered, 6);
    assert.deepEqual([m.risers, m.fallers, m.compared], [[], [], 0]);
  });

  test('a series shorter than two weeks is not comparable', () => {
    const short: UsageSeries = { ...s, from: addDays(TO, -6) };
    assert.equal(usageMovers(short).comparable, false);
  });
});

describe('token changes as text', () => {
  test('carry their sign and the compact unit', () => {
    assert.equal(formatTokenChange(73_500_000_000), '+73.5B');
    assert.equal(formatTokenChange(-49_000_000_000), '−49B');
    assert.equal(formatTokenChange(0), '0');
    assert.equal(formatTokenChange(-999), '−999');
  });
});
