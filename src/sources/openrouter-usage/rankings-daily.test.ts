import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InputMeta } from '../source.ts';
import { PayloadError } from '../source.ts';
import { usageRankingsDaily } from './rankings-daily.ts';

const INPUT: InputMeta = {
  kind: 'openrouter.usage',
  location: 'usage/rankings-daily.json',
  date: '2026-05-25',
  partial: false,
  meta: { format: 'rankings-daily-api' },
};

const row = (date: string, slug: string, tokens: unknown) => ({
  date,
  model_permaslug: slug,
  total_tokens: tokens,
});

const RECORDED = {
  '2026-05-24': {
    'deepseek/deepseek-v4-flash-20260423': row(
      '2026-05-24',
      'deepseek/deepseek-v4-flash-20260423',
      '595090081549',
    ),
    'z-ai/glm-4.5-air:free': row('2026-05-24', 'z-ai/glm-4.5-air:free', '1000'),
    other: row('2026-05-24', 'other', '312000000000'),
  },
  '2026-05-25': {
    'google/gemini-2.5-flash': row('2026-05-25', 'google/gemini-2.5-flash', '9007199254740993'),
    'x/misfiled': row('2026-05-25', 'x/elsewhere', '5'),
    'x/wrong-day': row('2026-05-24', 'x/wrong-day', '5'),
    'x/decimal': row('2026-05-25', 'x/decimal', '12.5'),
    'x/missing': { date: '2026-05-25', model_permaslug: 'x/missing' },
    other: row('2026-05-25', 'other', '100'),
  },
};

const LIVE = {
  data: [
    row('2026-05-24', 'anthropic/claude-4.6-sonnet-20260217', '204401237130'),
    row('2026-05-24', 'other', '300000000000'),
    row('2026-05-25', 'anthropic/claude-4.6-sonnet-20260217', '1'),
    row('2026-05-25', 'anthropic/claude-4.6-sonnet-20260217', '2'),
  ],
  meta: { as_of: '2026-05-26T00:10:00Z', start_date: '2026-05-24', end_date: '2026-05-25', version: 'v1' },
};

describe('rankings-daily rows, recorded shape {date: {permaslug: row}}', () => {
  const parsed = usageRankingsDaily.parse(JSON.stringify(RECORDED), INPUT);
  const find = (date: string, slug: string) =>
    parsed.records.find((d) => d.date === date && d.modelKey === slug);

  test('string token counts become integers, permaslugs and variants are kept as keys', () => {
    const flash = find('2026-05-24', 'deepseek/deepseek-v4-flash-20260423')!;
    assert.equal(flash.tokens, 595090081549);
    assert.equal(flash.keyKind, 'permaslug');
    assert.equal(flash.prompt, null);
    assert.equal(flash.origin?.format, 'rankings-daily-api');
    assert.equal(find('2026-05-24', 'z-ai/glm-4.5-air:free')!.keyKind, 'permaslug');
  });

  test('the other row is kept with its own key kind', () => {
    const other = find('2026-05-24', 'other')!;
    assert.equal(other.keyKind, 'other');
    assert.equal(other.tokens, 312000000000);
  });

  test('rows above 2^53, misfiled, fractional or incomplete are rejected alone', () => {
    const why = new Map(parsed.rejections.map((r) => [r.recordId, r]));
    assert.match(why.get('google/gemini-2.5-flash@2026-05-25')!.reason, /above 2\^53/);
    assert.equal(why.get('x/misfiled@2026-05-25')!.field, 'model_permaslug');
    assert.equal(why.get('x/wrong-day@2026-05-25')!.field, 'date');
    assert.match(why.get('x/decimal@2026-05-25')!.reason, /not a whole number/);
    assert.equal(why.get('x/missing@2026-05-25')!.field, 'total_tokens');
    assert.equal(parsed.rejections.length, 5);
    assert.equal(parsed.records.length, 4);
  });

  test('the missing envelope is noted', () => {
    assert.ok(parsed.notes.some((n) => n.includes('meta.as_of) was not kept')));
  });
});

describe('rankings-daily rows, live shape {data, meta}', () => {
  const parsed = usageRankingsDaily.parse(JSON.stringify(LIVE), INPUT);

  test('rows are read and the as-of note comes from meta', () => {
    assert.equal(parsed.records.length, 3);
    assert.ok(parsed.notes.some((n) => n.includes('as of 2026-05-26T00:10:00Z')));
  });

  test('a repeated (date, permaslug) keeps the last row and says so', () => {
    const day = parsed.records.filter((d) => d.date === '2026-05-25');
    assert.deepEqual(
      day.map((d) => d.tokens),
      [2],
    );
    assert.ok(parsed.notes.some((n) => /1 rows repeat/.test(n)));
  });

  test('a day without an other row is noted', () => {
    assert.ok(parsed.notes.some((n) => /1 of 2 days have no "other" row/.test(n)));
  });

  test('a row that is not an object is rejected by its position', () => {
    const p = usageRankingsDaily.parse(
      JSON.stringify({ data: [row('2026-05-24', 'a/b', '1'), 'junk'] }),
      INPUT,
    );
    assert.equal(p.rejections[0]!.recordId, 'data[1]');
    assert.match(p.rejections[0]!.reason, /a string, not \{date/);
  });
});

describe('a rankings-daily payload that is not rows stops the ingest', () => {
  const cases: [string, string, RegExp][] = [
    [
      'truncated JSON',
      '{"data": [{"date": "2026-05-24", "model_permaslug": "a/b", "total_',
      /not valid JSON/,
    ],
    ['an HTML page', '<html><body>Cloudflare</body></html>', /HTML page/],
    [
      'an API error',
      '{"error": {"code": 401, "message": "No auth credentials found"}}',
      /No auth credentials found/,
    ],
    ['an unrelated object', '{"models": []}', /expected \{"data": \[rows\]\}/],
    ['no rows at all', '{"data": [], "meta": {}}', /no usage rows/],
  ];
  for (const [what, text, message] of cases) {
    test(`${what} is a PayloadError`, () => {
      assert.throws(
        () => usageRankingsDaily.parse(text, INPUT),
        (error: unknown) => error instanceof PayloadError && message.test(error.message),
      );
    });
  }
});
