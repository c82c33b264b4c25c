import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PayloadError } from '../source.ts';
import { inputFor } from './fixtures/input.ts';
import { arenaRatings } from './ratings.ts';

const recorded = inputFor('lmarena.catalog.ratings', 'lmarena/arenacatalog_text_2025-05-24.json', {
  arena: 'text',
  styleControl: false,
});

const PAYLOAD = JSON.stringify({
  full: {
    'gpt-4o-2024-08-06': { rating: 1261.8, rating_q975: 1265.1, rating_q025: 1258.6 },
    'gemini-2.5-pro': { rating: 1450.2, rating_q975: 1455.0, rating_q025: 1446.0 },
    'o3-2025-04-16': { rating: 1444.9, rating_q975: 1449.0, rating_q025: 1440.0 },
    'llama-3-8b-instruct': { rating: 1150.0, rating_q975: 1153.0, rating_q025: 1147.0 },
  },
  coding: {
    'gemini-2.5-pro': { rating: 1470.0, rating_q975: 1480.0, rating_q025: 1460.0 },
    'gpt-4o-2024-08-06': { rating: 1300.0, rating_q975: 1310.0, rating_q025: 1290.0 },
  },
});

describe('arenaRatings', () => {
  test('reads every category with entries sorted by rating and ranked by upper bound', () => {
    const { records, rejections } = arenaRatings.parse(PAYLOAD, recorded);
    assert.deepEqual(rejections, []);
    assert.equal(records.length, 1);
    const file = records[0]!;
    assert.deepEqual([file.arena, file.styleControl, file.date], ['text', false, '2025-05-24']);
    assert.deepEqual(
      file.categories.full!.map((e) => [e.key, e.rank]),
      // o3's interval [1440, 1449] overlaps gemini's [1446, 1455]: both rank 1.
      [
        ['gemini-2.5-pro', 1],
        ['o3-2025-04-16', 1],
        ['gpt-4o-2024-08-06', 3],
        ['llama-3-8b-instruct', 4],
      ],
    );
    assert.deepEqual(
      file.categories.coding!.map((e) => [e.key, e.rank]),
      [
        ['gemini-2.5-pro', 1],
        ['gpt-4o-2024-08-06', 2],
      ],
    );
  });

  test('reads the bounds as absolute values, not deltas', () => {
    const entry = arenaRatings
      .parse(PAYLOAD, recorded)
      .records[0]!.categories.full!.find((e) => e.key === 'gpt-4o-2024-08-06')!;
    assert.deepEqual([entry.rating, entry.ciLow, entry.ciHigh], [1261.8, 1258.6, 1265.1]);
  });

  test('keeps one raw record per key with its values across all categories', () => {
    const { raw } = arenaRatings.parse(PAYLOAD, recorded);
    assert.equal(raw.length, 4);
    const gemini = raw.find((r) => r.recordId === 'gemini-2.5-pro')!;
    assert.equal(gemini.source, 'lmarena-ratings');
    assert.deepEqual(gemini.raw, {
      full: { rating: 1450.2, rating_q975: 1455.0, rating_q025: 1446.0 },
      coding: { rating: 1470.0, rating_q975: 1480.0, rating_q025: 1460.0 },
    });
  });

  test('keeps a key with a nickname in parentheses as the key', () => {
    const text = JSON.stringify({
      full: {
        'gemini-2.5-flash-image-preview (nano-banana)': {
          rating: 1150,
          rating_q975: 1153,
          rating_q025: 1147,
        },
      },
    });
    const file = arenaRatings.parse(text, inputFor('lmarena.catalog.ratings', 'x.json', { arena: 'image' }))
      .records[0]!;
    assert.equal(file.categories.full![0]!.key, 'gemini-2.5-flash-image-preview (nano-banana)');
  });

  test('takes the arena and style control of a live URL from its file name', () => {
    const text = JSON.stringify({ full: { a: { rating: 1, rating_q975: 2, rating_q025: 0 } } });
    const url = 'https://raw.githubusercontent.com/lmarena/arena-catalog/main/data/';
    const style = arenaRatings.parse(
      text,
      inputFor('lmarena.catalog.ratings', `${url}leaderboard-text-style-control.json`),
    ).records[0]!;
    assert.deepEqual([style.arena, style.styleControl], ['text', true]);
    const vision = arenaRatings.parse(
      text,
      inputFor('lmarena.catalog.ratings', `${url}leaderboard-vision.json`),
    ).records[0]!;
    assert.deepEqual([vision.arena, vision.styleControl], ['vision', false]);
  });

  test('refuses a payload whose arena neither the manifest nor the file name gives', () => {
    const text = JSON.stringify({ full: { a: { rating: 1, rating_q975: 2, rating_q025: 0 } } });
    assert.throws(
      () => arenaRatings.parse(text, inputFor('lmarena.catalog.ratings', 'https://example.com/ratings.json')),
      (e: unknown) => e instanceof PayloadError && /which arena/.test(e.problem),
    );
  });

  test('rejects each bad entry by category/key and field, and ranks the others without it', () => {
    const text = `{"full": {
      "good-a": {"rating": 1300, "rating_q975": 1305, "rating_q025": 1295},
      "good-b": {"rating": 1200, "rating_q975": 1205, "rating_q025": 1195},
      "text-rating": {"rating": "1250", "rating_q975": 1255, "rating_q025": 1245},
      "no-upper": {"rating": 1250, "rating_q025": 1245},
      "python-nan": {"rating": NaN, "rating_q975": 1255, "rating_q025": 1245},
      "inverted": {"rating": 1250, "rating_q975": 1240, "rating_q025": 1260},
      "not-an-object": 1250,
      "": {"rating": 1250, "rating_q975": 1255, "rating_q025": 1245}
    }, "coding": "n/a"}`;
    const { records, rejections } = arenaRatings.parse(text, recorded);
    const byId = Object.fromEntries(rejections.map((r) => [r.recordId, r]));
    assert.deepEqual(Object.keys(byId).sort(), [
      'coding',
      'full/',
      'full/inverted',
      'full/no-upper',
      'full/not-an-object',
      'full/python-nan',
      'full/text-rating',
    ]);
    assert.ok(rejections.every((r) => r.source === 'lmarena-ratings'));
    assert.equal(byId['full/text-rating']!.field, 'rating');
    assert.equal(byId['full/no-upper']!.field, 'rating_q975');
    assert.match(byId['full/no-upper']!.reason, /missing/);
    assert.equal(byId['full/python-nan']!.field, 'rating');
    assert.match(byId['full/python-nan']!.reason, /NaN/);
    assert.equal(byId['full/inverted']!.field, 'rating_q025');
    assert.match(byId['full/inverted']!.reason, /above the upper bound/);
    assert.deepEqual(
      records[0]!.categories.full!.map((e) => [e.key, e.rank]),
      [
        ['good-a', 1],
        ['good-b', 2],
      ],
    );
    assert.equal(records[0]!.categories.coding, undefined);
  });

  test('notes a file without a full category', () => {
    const text = JSON.stringify({ coding: { a: { rating: 1, rating_q975: 2, rating_q025: 0 } } });
    assert.match(arenaRatings.parse(text, recorded).notes.join(' '), /no `full` category/);
  });

  for (const [what, text, problem] of [
    ['an empty payload', '  \n', /empty/],
    ['an HTML error page', '<!DOCTYPE html><html><body>502 Bad Gateway</body></html>', /HTML page/],
    ['truncated JSON', '{"full": {"a": {"rating": 12', /not valid JSON/],
    ['a list', '[{"name": "GPT-4o"}]', /got a list/],
    ['an object without categories', '{"error": "rate limited"}', /no category holds ratings/],
  ] as const) {
    test(`refuses ${what} as a whole`, () => {
      assert.throws(
        () => arenaRatings.parse(text, recorded),
        (e: unknown) =>
          e instanceof PayloadError && e.source === 'lmarena-ratings' && problem.test(e.problem),
      );
    });
  }
});
