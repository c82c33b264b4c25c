import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { apiDay, slugDay } from '../../test/fixtures/usage-days.ts';
import type { UsageOrigin } from '../sources/types.ts';
import { apiIdByPermaslug, joinPermaslug, usageFacts } from './usage.ts';

const DAILY_A: UsageOrigin = { format: 'rankings-daily-api', location: 'daily-a.json', date: '2026-01-28' };
const DAILY_B: UsageOrigin = { format: 'rankings-daily-api', location: 'daily-b.json', date: '2026-01-30' };

const api = apiDay;
const slug = slugDay;

const NO_JOIN = { apiIdByPermaslug: new Map<string, string>() };

describe('7- and 30-day sums from the activity CSV', () => {
  const days = [
    api('2026-01-29', 'a/x', 100),
    api('2026-01-23', 'a/x', 10), // first day of the 7-day window
    api('2026-01-22', 'a/x', 1000), // just before it, inside 30 days
    api('2025-12-31', 'a/x', 5), // first day of the 30-day window
    api('2025-12-30', 'a/x', 99999), // outside both windows
    api('2026-01-30', 'a/x', 77777), // after as-of
    api('2026-01-29', 'a/x:free', 50),
    api('2026-01-25', 'b/y', 110),
    api('2026-01-10', 'c/z', 40), // inside 30 days only
    api('2026-01-28', 'd/zero', 0),
  ];
  const facts = usageFacts(days, '2026-01-29', NO_JOIN);

  test('windows end at as-of, inclusive, and only present days are summed', () => {
    const x = facts.get('a/x')!;
    assert.equal(x.tokens7d, 110);
    assert.equal(x.tokens30d, 1115);
  });

  test('a variant is its own key', () => {
    assert.equal(facts.get('a/x:free')!.tokens7d, 50);
  });

  test('coverage counts days the file has data for, platform-wide', () => {
    const x = facts.get('a/x')!;
    // 7-day window: 01-23, 01-25, 01-28, 01-29; 30-day adds 12-31, 01-10, 01-22.
    assert.equal(x.daysCovered7d, 4);
    assert.equal(x.daysCovered30d, 7);
    assert.equal(facts.get('c/z')!.daysCovered7d, 4);
    assert.equal(x.asOf, '2026-01-29');
    assert.equal(x.source, 'model-activity-csv');
  });

  test('rank and share: share over every row of the 7 days, ties share a rank', () => {
    const total = 110 + 50 + 110 + 0;
    assert.equal(facts.get('a/x')!.rank7d, 1);
    assert.equal(facts.get('b/y')!.rank7d, 1);
    assert.equal(facts.get('a/x:free')!.rank7d, 3);
    assert.equal(facts.get('a/x')!.share7d, 110 / total);
    assert.equal(facts.get('a/x:free')!.share7d, 50 / total);
  });

  test('a model with rows in 30 days but none in 7 has 0 tokens, no rank and no share', () => {
    const z = facts.get('c/z')!;
    assert.equal(z.tokens7d, 0);
    assert.equal(z.tokens30d, 40);
    assert.equal(z.rank7d, null);
    assert.equal(z.share7d, null);
  });

  test('a zero row is a real zero: share 0, no rank', () => {
    const zero = facts.get('d/zero')!;
    assert.equal(zero.tokens7d, 0);
    assert.equal(zero.share7d, 0);
    assert.equal(zero.rank7d, null);
  });

  test('models without rows in the window get no entry, never a 0', () => {
    assert.equal(facts.size, 5);
    assert.ok(!facts.has('e/none'));
    assert.equal(usageFacts(days, '2027-06-01', NO_JOIN).size, 0);
  });

  test('a gap in the data shows in coverage and in as-of', () => {
    const f = usageFacts(days, '2026-02-03', NO_JOIN).get('a/x')!;
    assert.equal(f.daysCovered7d, 3); // 01-28, 01-29 and 01-30; nothing after
    assert.equal(f.asOf, '2026-01-30');
  });

  test('an as-of that is not a date is refused', () => {
    assert.throws(() => usageFacts(days, '29/01/2026', NO_JOIN), /not a YYYY-MM-DD date/);
  });
});

describe('rankings-daily permaslugs, the other row and restated days', () => {
  const join = {
    apiIdByPermaslug: apiIdByPermaslug([
      { id: 'deepseek/deepseek-v4-flash', canonicalSlug: 'deepseek/deepseek-v4-flash-20260423' },
      { id: 'deepseek/deepseek-v4-flash:free', canonicalSlug: 'deepseek/deepseek-v4-flash-20260423' },
      { id: 'google/gemini-2.5-flash', canonicalSlug: 'google/gemini-2.5-flash' },
      { id: 'inclusionai/ring-2.6-1t:free', canonicalSlug: 'inclusionai/ring-2.6-1t-20260508' },
    ]),
  };
  const days = [
    // File A covers 01-27 and 01-28.
    slug('2026-01-27', 'deepseek/deepseek-v4-flash-20260423', 600, DAILY_A),
    slug('2026-01-27', 'deepseek/deepseek-v4-flash-20260423:free', 60, DAILY_A),
    slug('2026-01-27', 'google/gemini-2.5-flash', 300, DAILY_A),
    slug('2026-01-27', 'other', 40, DAILY_A),
    slug('2026-01-28', 'deepseek/deepseek-v4-flash-20260423', 500, DAILY_A),
    slug('2026-01-28', 'google/gemini-2.5-flash', 200, DAILY_A),
    slug('2026-01-28', 'other', 100, DAILY_A),
    // File B is later and restates 01-28: gemini fell into `other`.
    slug('2026-01-28', 'deepseek/deepseek-v4-flash-20260423', 510, DAILY_B),
    slug('2026-01-28', 'unknown/new-model-20260101', 400, DAILY_B),
    slug('2026-01-28', 'other', 290, DAILY_B),
    slug('2026-01-29', 'inclusionai/ring-2.6-1t-20260508:free', 20, DAILY_B),
    slug('2026-01-29', 'other', 80, DAILY_B),
  ];
  const facts = usageFacts(days, '2026-01-29', join);

  test('permaslugs join to API ids through the canonical slug, variants to their variant id', () => {
    assert.equal(facts.get('deepseek/deepseek-v4-flash')!.tokens7d, 600 + 510);
    assert.equal(facts.get('deepseek/deepseek-v4-flash:free')!.tokens7d, 60);
    assert.equal(facts.get('inclusionai/ring-2.6-1t:free')!.tokens7d, 20);
    assert.equal(facts.get('deepseek/deepseek-v4-flash')!.source, 'rankings-daily-api');
  });

  test('a restated day comes whole from the later file', () => {
    // Gemini's 01-28 row from file A is gone: file B counts it inside `other`.
    assert.equal(facts.get('google/gemini-2.5-flash')!.tokens7d, 300);
    assert.equal(facts.get('deepseek/deepseek-v4-flash')!.daysCovered7d, 3);
  });

  test('share counts the other row in the platform total', () => {
    const platform = 600 + 60 + 300 + 40 + (510 + 400 + 290) + (20 + 80);
    assert.equal(facts.get('deepseek/deepseek-v4-flash')!.share7d, 1110 / platform);
  });

  test('an unjoined permaslug gets no entry but keeps its rank position', () => {
    assert.ok(![...facts.keys()].some((k) => k.includes('unknown/new-model')));
    assert.ok(!facts.has('other'));
    assert.equal(facts.get('deepseek/deepseek-v4-flash')!.rank7d, 1);
    assert.equal(facts.get('google/gemini-2.5-flash')!.rank7d, 3); // behind the unjoined 400
  });

  test('with two files of the same date, the one that comes later in the list wins', () => {
    const first: UsageOrigin = { ...DAILY_A, location: 'one.json' };
    const second: UsageOrigin = { ...DAILY_A, location: 'two.json' };
    const f = usageFacts(
      [
        slug('2026-01-29', 'google/gemini-2.5-flash', 1, first),
        slug('2026-01-29', 'google/gemini-2.5-flash', 2, second),
      ],
      '2026-01-29',
      join,
    );
    assert.equal(f.get('google/gemini-2.5-flash')!.tokens7d, 2);
  });

  test('days from both formats name both sources', () => {
    const f = usageFacts(
      [
        api('2026-01-20', 'google/gemini-2.5-flash', 5),
        slug('2026-01-29', 'google/gemini-2.5-flash', 7, DAILY_B),
      ],
      '2026-01-29',
      join,
    );
    assert.equal(f.get('google/gemini-2.5-flash')!.source, 'model-activity-csv+rankings-daily-api');
    assert.equal(f.get('google/gemini-2.5-flash')!.tokens30d, 12);
  });
});

describe('joining permaslugs to API ids', () => {
  const map = apiIdByPermaslug([
    { id: 'z-ai/glm-4-32b', canonicalSlug: 'z-ai/glm-4-32b-0414' },
    { id: 'poolside/laguna-xs.2:free', canonicalSlug: 'poolside/laguna-xs.2-20260421' },
    { id: 'openai/gpt-4o-mini', canonicalSlug: null },
  ]);
  const join = { apiIdByPermaslug: map };

  test('the map takes canonical slugs to base API ids, and ids without one to themselves', () => {
    assert.equal(map.get('z-ai/glm-4-32b-0414'), 'z-ai/glm-4-32b');
    assert.equal(map.get('poolside/laguna-xs.2-20260421'), 'poolside/laguna-xs.2');
    assert.equal(map.get('openai/gpt-4o-mini'), 'openai/gpt-4o-mini');
  });

  test('variants carry over; unknown permaslugs give null', () => {
    assert.equal(joinPermaslug('z-ai/glm-4-32b-0414', join), 'z-ai/glm-4-32b');
    assert.equal(joinPermaslug('poolside/laguna-xs.2-20260421:free', join), 'poolside/laguna-xs.2:free');
    assert.equal(joinPermaslug('openai/gpt-4o-mini', join), 'openai/gpt-4o-mini');
    assert.equal(joinPermaslug('nobody/nothing-20260101', join), null);
  });

  test('a map that points a plain permaslug at a variant id still gives the plain id', () => {
    const odd = { apiIdByPermaslug: new Map([['x/y-20260101', 'x/y:free']]) };
    assert.equal(joinPermaslug('x/y-20260101', odd), 'x/y');
    assert.equal(joinPermaslug('x/y-20260101:free', odd), 'x/y:free');
  });
});
