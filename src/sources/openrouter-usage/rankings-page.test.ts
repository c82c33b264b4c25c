import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InputMeta } from '../source.ts';
import { PayloadError } from '../source.ts';
import { usageRankingsPage, weekStartOf } from './rankings-page.ts';

const INPUT: InputMeta = {
  kind: 'openrouter.usage',
  location: 'usage/rankings_page_2026-03-28.json',
  date: '2026-03-28',
  partial: true,
  meta: { format: 'rankings-page-snapshot' },
};

const PAGE = {
  meta: {
    source_url: 'https://openrouter.ai/rankings',
    fetched_at: '2026-03-28T18:37:46.425748+00:00',
    counts: {},
  },
  models: [
    {
      rank: 1,
      model_id: 'xiaomi/mimo-v2-pro-20260318',
      name: 'xiaomi/mimo-v2-pro-20260318',
      tokens: 3112304109960,
      tokens_display: '3.11T',
      share_pct: 16.4,
      change: { value: 108, direction: 'up' },
    },
    {
      rank: 2,
      model_id: 'stepfun/step-3.5-flash:free',
      tokens: '1243223785680',
      share_pct: 6.5,
      change: { new: true },
    },
    { rank: 0, model_id: 'bad/rank', tokens: 1 },
    { rank: 4, model_id: 'bad/tokens', tokens: -3 },
    'junk',
  ],
  market_share: [{ rank: 1, author: 'xiaomi', tokens: 1 }],
};

describe('the rankings page snapshot', () => {
  const parsed = usageRankingsPage.parse(JSON.stringify(PAGE), INPUT);

  test('tokens stay week-to-date, placed in the week that started Monday 00:00 UTC', () => {
    assert.deepEqual(parsed.records[0], {
      fetchedAt: '2026-03-28T18:37:46.425Z',
      weekStart: '2026-03-23',
      modelKey: 'xiaomi/mimo-v2-pro-20260318',
      rank: 1,
      tokens: 3112304109960,
      sharePct: 16.4,
    });
    assert.equal(parsed.records[1]!.tokens, 1243223785680);
    assert.ok(parsed.notes[0]!.includes('138.6 hours into the week'));
  });

  test('bad entries are rejected alone', () => {
    assert.deepEqual(
      parsed.rejections.map((r) => [r.recordId, r.field]),
      [
        ['bad/rank', 'rank'],
        ['bad/tokens', 'tokens'],
        ['models[4]', null],
      ],
    );
  });

  test('the week starts on Monday, in UTC, whatever the weekday', () => {
    assert.equal(weekStartOf(new Date('2026-03-23T00:00:00Z')), '2026-03-23'); // Monday itself
    assert.equal(weekStartOf(new Date('2026-03-29T23:59:59Z')), '2026-03-23'); // Sunday
    assert.equal(weekStartOf(new Date('2026-04-22T07:26:55Z')), '2026-04-20'); // Wednesday
    assert.equal(weekStartOf(new Date('2026-03-30T00:30:00+02:00')), '2026-03-23'); // Sunday 22:30 UTC
    assert.equal(weekStartOf(new Date('2026-03-01T12:00:00Z')), '2026-02-23'); // across a month
  });
});

describe('a page snapshot that cannot be placed in time stops the ingest', () => {
  const cases: [string, string, RegExp][] = [
    ['a missing fetched_at', JSON.stringify({ meta: {}, models: [] }), /fetched_at is missing/],
    [
      'an unreadable fetched_at',
      JSON.stringify({ meta: { fetched_at: 'Saturday' }, models: [] }),
      /not a timestamp/,
    ],
    [
      'no models list',
      JSON.stringify({ meta: { fetched_at: '2026-03-28T18:37:46Z' } }),
      /expected a rankings page/,
    ],
    ['an HTML page', '<html></html>', /HTML page/],
  ];
  for (const [what, text, message] of cases) {
    test(`${what} is a PayloadError`, () => {
      assert.throws(
        () => usageRankingsPage.parse(text, INPUT),
        (error: unknown) => error instanceof PayloadError && message.test(error.message),
      );
    });
  }
});
