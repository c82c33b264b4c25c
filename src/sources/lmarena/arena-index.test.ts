import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildArenaIndex } from './arena-index.ts';
import { keyEntry, leaderboard, priceEntry, ratingsFile } from './fixtures/arena-files.ts';

describe('buildArenaIndex with leaderboard CSVs and a key table only', () => {
  const index = buildArenaIndex({
    ratings: [],
    leaderboards: [
      leaderboard('text', '2024-06-19', [
        ['GPT-4o-2024-05-13', 1287, 3, 3, 42046, 'OpenAI'],
        ['ChatGPT-4o-latest (2024-08-08)', 1280, 4, 4, 20000, 'OpenAI'],
        ['Claude 3.5 Sonnet (20240620)', 1271, 5, 5, 12000, 'Anthropic'],
      ]),
    ],
    keys: [
      keyEntry('gpt-4o-2024-05-13', 'GPT-4o-2024-05-13', 'OpenAI (key table)'),
      keyEntry('chatgpt-4o-latest', 'ChatGPT-4o-latest (2024-08-08)', 'OpenAI'),
      keyEntry('chatgpt-4o-latest-20240808', 'ChatGPT-4o-latest (2024-08-08)', 'OpenAI'),
      keyEntry('vicuna-13b', 'Vicuna-13B', 'LMSYS'),
    ],
    prices: [],
  });

  test('takes rank, score, interval and votes from the CSV row joined by display name', () => {
    const { arena, otherArenas } = index.facts('gpt-4o-2024-05-13');
    assert.deepEqual(otherArenas, []);
    assert.deepEqual(arena, {
      arena: 'text',
      key: 'gpt-4o-2024-05-13',
      displayName: 'GPT-4o-2024-05-13',
      rank: 1,
      of: 3,
      score: 1287,
      ciLow: 1284,
      ciHigh: 1290,
      votes: 42046,
      votesAsOf: '2024-06-19',
      styleControl: null,
      categories: {},
      asOf: '2024-06-19',
      categoriesAsOf: null,
      organization: 'OpenAI (key table)',
      license: 'Proprietary',
      scoreSource: 'leaderboard-csv',
    });
  });

  test('gives both alias keys the row and exposes the alias relation', () => {
    assert.equal(index.facts('chatgpt-4o-latest').arena?.votes, 20000);
    assert.equal(index.facts('chatgpt-4o-latest-20240808').arena?.votes, 20000);
    assert.deepEqual(index.aliases('chatgpt-4o-latest'), ['chatgpt-4o-latest-20240808']);
    const candidate = index.candidates.find((c) => c.key === 'chatgpt-4o-latest-20240808')!;
    assert.deepEqual(candidate.aliases, ['chatgpt-4o-latest']);
  });

  test('synthesizes a marked key for a ranked display name no key table lists', () => {
    const candidate = index.candidates.find((c) => c.key === 'claude-3.5-sonnet-20240620')!;
    assert.deepEqual(candidate, {
      key: 'claude-3.5-sonnet-20240620',
      displayNames: ['Claude 3.5 Sonnet (20240620)'],
      organization: 'Anthropic',
      arenas: ['text'],
      keySynthesized: true,
    });
    // Its interval is [1266, 1276]: GPT-4o's lower bound 1284 is above it, ChatGPT's 1276 only touches it.
    assert.equal(index.facts('claude-3.5-sonnet-20240620').arena?.rank, 2);
  });

  test('lists key-table keys ranked nowhere as candidates without arenas or facts', () => {
    assert.deepEqual(index.candidates.find((c) => c.key === 'vicuna-13b')?.arenas, []);
    assert.deepEqual(index.facts('vicuna-13b'), { arena: null, otherArenas: [] });
    assert.deepEqual(index.facts('never-heard-of'), { arena: null, otherArenas: [] });
  });

  test('sorts candidates by key', () => {
    const keys = index.candidates.map((c) => c.key);
    assert.deepEqual(keys, [...keys].sort());
  });
});

describe('buildArenaIndex with arena-catalog files', () => {
  const text = ratingsFile('text', '2025-12-11', {
    full: [
      ['gemini-2.5-pro', 1464.5, 1461.0, 1467.9],
      ['claude-3-5-sonnet-20241022', 1298.5, 1295.5, 1301.5],
      ['newcomer', 1290, 1280, 1300],
    ],
    coding: [
      ['gemini-2.5-pro', 1480, 1475, 1485],
      ['claude-3-5-sonnet-20241022', 1350, 1345, 1355],
    ],
  });
  const textStyle = ratingsFile(
    'text',
    '2025-12-17',
    {
      full: [
        ['gemini-2.5-pro', 1451, 1447.5, 1454.4],
        ['claude-3-5-sonnet-20241022', 1372.7, 1369.6, 1375.7],
      ],
    },
    true,
  );
  const vision = ratingsFile('vision', '2025-12-11', {
    full: [
      ['gemini-2.5-pro', 1300, 1295, 1305],
      ['vision-only', 1100, 1090, 1110],
    ],
  });
  const csv = leaderboard('text', '2025-08-04', [
    ['Gemini-2.5-Pro', 1470, 5, 5, 26019, 'Google (CSV)'],
    ['Claude 3.5 Sonnet (20241022)', 1300, 3, 3, 84537, 'Anthropic (CSV)'],
    ['Retired Model', 1200, 4, 4, 9000, 'Someone'],
  ]);
  const index = buildArenaIndex({
    ratings: [text, textStyle, vision],
    leaderboards: [csv],
    keys: [keyEntry('claude-3-5-sonnet-20241022', 'Claude 3.5 Sonnet (20241022)', 'Anthropic')],
    prices: [
      priceEntry('gemini-2.5-pro', 'Gemini 2.5 Pro', 'Google'),
      priceEntry('newcomer', 'Newcomer', 'NewCo'),
    ],
  });

  test('takes the overall figures from the newer catalog, and votes from the CSV with their own date', () => {
    const { arena } = index.facts('claude-3-5-sonnet-20241022');
    assert.ok(arena);
    assert.deepEqual(
      [arena.scoreSource, arena.asOf, arena.score, arena.rank, arena.of, arena.ciLow, arena.ciHigh],
      ['arena-catalog', '2025-12-11', 1298.5, 2, 3, 1295.5, 1301.5],
    );
    assert.deepEqual([arena.votes, arena.votesAsOf], [84537, '2025-08-04']);
  });

  test('joins CSV votes to a catalog key whose display name spells the key', () => {
    assert.deepEqual(
      [index.facts('gemini-2.5-pro').arena?.votes, index.facts('gemini-2.5-pro').arena?.displayName],
      [26019, 'Gemini-2.5-Pro'],
    );
  });

  test('takes style control from the style-control file, with its own size and date', () => {
    assert.deepEqual(index.facts('claude-3-5-sonnet-20241022').arena?.styleControl, {
      rank: 2,
      score: 1372.7,
      ciLow: 1369.6,
      ciHigh: 1375.7,
      of: 2,
      asOf: '2025-12-17',
    });
    assert.equal(index.facts('newcomer').arena?.styleControl, null);
  });

  test('takes categories from the non-style catalog, without full, each with its size', () => {
    const { arena } = index.facts('claude-3-5-sonnet-20241022');
    assert.deepEqual(arena?.categories, {
      coding: { rank: 2, score: 1350, ciLow: 1345, ciHigh: 1355, of: 2 },
    });
    assert.equal(arena?.categoriesAsOf, '2025-12-11');
    assert.deepEqual(index.facts('newcomer').arena?.categories, {});
    assert.equal(index.facts('newcomer').arena?.categoriesAsOf, null);
  });

  test('prefers the key table, then the price file, then the CSV for organization', () => {
    assert.equal(index.facts('claude-3-5-sonnet-20241022').arena?.organization, 'Anthropic');
    assert.equal(index.facts('gemini-2.5-pro').arena?.organization, 'Google');
    assert.equal(index.facts('newcomer').arena?.organization, 'NewCo');
  });

  test('gives the text arena first and other arenas apart', () => {
    const { arena, otherArenas } = index.facts('gemini-2.5-pro');
    assert.equal(arena?.arena, 'text');
    assert.deepEqual(
      otherArenas.map((o) => [o.arena, o.rank, o.of, o.votes]),
      [['vision', 1, 2, null]],
    );
    const visionOnly = index.facts('vision-only');
    assert.deepEqual([visionOnly.arena?.arena, visionOnly.otherArenas.length], ['vision', 0]);
  });

  test('does not rank a CSV-only model from the older CSV next to catalog figures', () => {
    assert.equal(
      index.candidates.some((c) => c.displayNames.includes('Retired Model')),
      false,
    );
    assert.match(
      index.notes.join('\n'),
      /text: overall figures from arena-catalog 2025-12-11.*unjoined: 1 \(Retired Model\)/,
    );
  });

  test('lists candidates with every display name and the arenas they are ranked in', () => {
    const gemini = index.candidates.find((c) => c.key === 'gemini-2.5-pro')!;
    assert.deepEqual(gemini, {
      key: 'gemini-2.5-pro',
      displayNames: ['Gemini-2.5-Pro', 'Gemini 2.5 Pro'],
      organization: 'Google',
      arenas: ['text', 'vision'],
    });
  });
});

describe('buildArenaIndex choosing between a catalog and a CSV of one arena', () => {
  const catalog = (date: string) =>
    ratingsFile('text', date, {
      full: [['gpt-4o-2024-08-06', 1261.8, 1258.6, 1265.1]],
      coding: [['gpt-4o-2024-08-06', 1280, 1270, 1290]],
    });
  const csv = (date: string) => leaderboard('text', date, [['GPT-4o-2024-08-06', 1265, 4, 4, 47973]]);
  const keys = [keyEntry('gpt-4o-2024-08-06', 'GPT-4o-2024-08-06', 'OpenAI')];

  test('uses a CSV newer than the catalog, keeping the catalog categories with their older date', () => {
    const { arena } = buildArenaIndex({
      ratings: [catalog('2025-05-24')],
      leaderboards: [csv('2025-08-04')],
      keys,
      prices: [],
    }).facts('gpt-4o-2024-08-06');
    assert.deepEqual(
      [arena?.scoreSource, arena?.score, arena?.asOf, arena?.categoriesAsOf],
      ['leaderboard-csv', 1265, '2025-08-04', '2025-05-24'],
    );
    assert.equal(arena?.categories.coding?.score, 1280);
  });

  test('uses the catalog when both carry the same date', () => {
    const { arena } = buildArenaIndex({
      ratings: [catalog('2025-08-04')],
      leaderboards: [csv('2025-08-04')],
      keys,
      prices: [],
    }).facts('gpt-4o-2024-08-06');
    assert.deepEqual([arena?.scoreSource, arena?.score], ['arena-catalog', 1261.8]);
  });

  test('uses the CSV when the catalog has no full category', () => {
    const noFull = ratingsFile('text', '2025-12-11', { coding: [['gpt-4o-2024-08-06', 1280, 1270, 1290]] });
    const { arena } = buildArenaIndex({
      ratings: [noFull],
      leaderboards: [csv('2025-08-04')],
      keys,
      prices: [],
    }).facts('gpt-4o-2024-08-06');
    assert.equal(arena?.scoreSource, 'leaderboard-csv');
  });

  test('uses the newest of two files given for one arena, and says so', () => {
    const index = buildArenaIndex({
      ratings: [catalog('2025-12-11'), catalog('2025-05-24')],
      leaderboards: [],
      keys,
      prices: [],
    });
    assert.equal(index.facts('gpt-4o-2024-08-06').arena?.asOf, '2025-12-11');
    assert.match(
      index.notes.join('\n'),
      /text ratings: two files given \(2025-12-11, 2025-05-24\); the newer is used/,
    );
  });
});
