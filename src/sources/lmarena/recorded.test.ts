// The LMArena parsers and the arena index over every recorded lmarena file in the manifest.
// Needs ATLAS_RECORDED_DATA (the recorded data directory); skipped loudly without it.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { InputMeta, Parsed, SourceKind, SourceParser } from '../source.ts';
import type { ArenaKeyEntry, ArenaLeaderboard, ArenaPriceEntry, ArenaRatingsFile } from '../types.ts';
import { buildArenaIndex } from './arena-index.ts';
import { arenaKeys, arenaLeaderboard, arenaPrices, arenaRatings } from './index.ts';

const DATA = process.env.ATLAS_RECORDED_DATA;
if (!DATA)
  console.warn(
    '\n*** SKIPPED: src/sources/lmarena/recorded.test.ts needs ATLAS_RECORDED_DATA=<recorded data directory>. ***\n',
  );

interface Entry extends InputMeta {
  path: string;
}

function manifestEntries(): Entry[] {
  const manifest = JSON.parse(readFileSync(join(DATA!, 'manifest.json'), 'utf8')) as {
    files: { path: string; kind: string; date: string; partial?: boolean; [k: string]: unknown }[];
  };
  return manifest.files
    .filter((f) => f.kind.startsWith('lmarena.'))
    .map(({ path, kind, date, partial, ...meta }) => ({
      path,
      kind: kind as SourceKind,
      location: path,
      date,
      partial: partial === true,
      meta,
    }));
}

function parse<T>(parser: SourceParser<T>, entry: Entry): Parsed<T> {
  return parser.parse(readFileSync(join(DATA!, entry.path), 'utf8'), entry);
}

/** The newest file of each kind / arena / style-control setting dated on or before `asOf`. */
function selectFor(entries: Entry[], asOf: string): Entry[] {
  const best = new Map<string, Entry>();
  for (const e of entries) {
    if (e.date > asOf) continue;
    const group = `${e.kind}|${String(e.meta.arena ?? '')}|${String(e.meta.styleControl ?? '')}`;
    const current = best.get(group);
    if (!current || e.date > current.date) best.set(group, e);
  }
  return [...best.values()];
}

function indexFor(entries: Entry[], asOf: string) {
  const input = {
    ratings: [] as ArenaRatingsFile[],
    leaderboards: [] as ArenaLeaderboard[],
    keys: [] as ArenaKeyEntry[],
    prices: [] as ArenaPriceEntry[],
  };
  const chosen = selectFor(entries, asOf);
  for (const e of chosen) {
    if (e.kind === 'lmarena.catalog.ratings') input.ratings.push(...parse(arenaRatings, e).records);
    if (e.kind === 'lmarena.leaderboard.csv') input.leaderboards.push(...parse(arenaLeaderboard, e).records);
    if (e.kind === 'lmarena.keys.csv') input.keys.push(...parse(arenaKeys, e).records);
    if (e.kind === 'lmarena.catalog.prices') input.prices.push(...parse(arenaPrices, e).records);
  }
  return { index: buildArenaIndex(input), chosen: chosen.map((e) => e.path).sort() };
}

const file = (entries: Entry[], name: string) => entries.find((e) => e.path.endsWith(name))!;

describe('LMArena recorded files', { skip: !DATA }, () => {
  const entries = DATA ? manifestEntries() : [];

  test('the manifest lists 25 lmarena files', () => {
    assert.equal(entries.length, 25);
  });

  test('every ratings file parses without rejections, with the model and category counts of SOURCES.md', () => {
    const expected: Record<string, [full: number, categories: number]> = {
      'arenacatalog_text_2025-03-14.json': [205, 20],
      'arenacatalog_text_stylectrl_2025-03-14.json': [205, 8],
      'arenacatalog_text_2025-05-24.json': [236, 20],
      'arenacatalog_text_stylectrl_2025-05-24.json': [236, 19],
      'arenacatalog_vision_2025-05-21.json': [72, 3],
      'arenacatalog_text_2025-12-11.json': [282, 29],
      'arenacatalog_text_stylectrl_2025-12-17.json': [283, 29],
      'arenacatalog_vision_2025-12-11.json': [87, 10],
      'arenacatalog_vision_stylectrl_2025-12-11.json': [87, 10],
      'arenacatalog_image_2025-12-11.json': [34, 3],
    };
    const ratings = entries.filter((e) => e.kind === 'lmarena.catalog.ratings');
    assert.equal(ratings.length, Object.keys(expected).length);
    for (const e of ratings) {
      const { records, rejections, notes } = parse(arenaRatings, e);
      const [full, categories] = expected[e.path.split('/').pop()!]!;
      assert.deepEqual(rejections, [], e.path);
      assert.deepEqual(notes, [], e.path);
      assert.equal(records[0]!.categories.full!.length, full, e.path);
      assert.equal(Object.keys(records[0]!.categories).length, categories, e.path);
      assert.equal(records[0]!.styleControl, e.path.includes('stylectrl'), e.path);
    }
  });

  test('gpt-4o-2024-08-06 rates 1261.8 on 2025-05-24 and 1283.5 on 2025-12-11 (anchoring shifts)', () => {
    const rating = (name: string) =>
      parse(arenaRatings, file(entries, name)).records[0]!.categories.full!.find(
        (x) => x.key === 'gpt-4o-2024-08-06',
      )!.rating;
    assert.ok(Math.abs(rating('arenacatalog_text_2025-05-24.json') - 1261.8) < 0.05);
    assert.ok(Math.abs(rating('arenacatalog_text_2025-12-11.json') - 1283.5) < 0.05);
  });

  test('image keys keep their nicknames', () => {
    const image = parse(arenaRatings, file(entries, 'arenacatalog_image_2025-12-11.json')).records[0]!;
    assert.ok(image.categories.full!.some((x) => x.key === 'gemini-2.5-flash-image-preview (nano-banana)'));
  });

  test('every key table parses, keeping the repeated yi-34b-chat once', () => {
    const expected: Record<string, number> = {
      'hfspace_leaderboard_table_20240125.csv': 71,
      'hfspace_leaderboard_table_20240626.csv': 129,
      'hfspace_leaderboard_table_20241230.csv': 229,
      'hfspace_leaderboard_table_20250511.csv': 293,
    };
    for (const e of entries.filter((x) => x.kind === 'lmarena.keys.csv')) {
      const rows = expected[e.path.split('/').pop()!]!;
      const { records, rejections, notes } = parse(arenaKeys, e);
      assert.deepEqual(rejections, [], e.path);
      const repeated = rows === 71 ? 0 : 1;
      assert.equal(records.length, rows - repeated, e.path);
      if (repeated) assert.match(notes.join(' '), /yi-34b-chat/, e.path);
    }
    const latest = parse(arenaKeys, file(entries, 'hfspace_leaderboard_table_20250511.csv')).records;
    // SOURCES.md counts 226 of 293 rows; one of them is the repeated yi-34b-chat.
    assert.equal(latest.filter((r) => r.mtBench === null).length, 225);
    const aliases = latest
      .filter((r) => r.displayName === 'ChatGPT-4o-latest (2024-08-08)')
      .map((r) => r.key);
    assert.deepEqual(aliases, ['chatgpt-4o-latest', 'chatgpt-4o-latest-20240808']);
  });

  test('every leaderboard CSV parses with the row counts of SOURCES.md', () => {
    const expected: Record<string, number> = {
      'fboulnois_lmsys_text_2024-06-19.csv': 109,
      'fboulnois_lmsys_text_2024-09-28.csv': 145,
      'fboulnois_lmsys_text_2024-12-31.csv': 182,
      'fboulnois_lmsys_text_2025-03-28.csv': 185,
      'fboulnois_lmsys_text_2025-06-25.csv': 209,
      'fboulnois_lmsys_text_2025-07-18.csv': 218,
      // Yi-34B-Chat is listed twice, identically: kept once.
      'fboulnois_lmarena_text_2025-08-04.csv': 265,
      'fboulnois_lmarena_vision_2025-08-04.csv': 86,
      'fboulnois_lmarena_image_2025-08-04.csv': 19,
    };
    for (const e of entries.filter((x) => x.kind === 'lmarena.leaderboard.csv')) {
      const { records, rejections } = parse(arenaLeaderboard, e);
      assert.deepEqual(rejections, [], e.path);
      assert.equal(records[0]!.rows.length, expected[e.path.split('/').pop()!], e.path);
      assert.equal(records[0]!.arena, e.meta.arena, e.path);
    }
  });

  test('our rank (UB) agrees with the upstream rank column where upstream publishes rank (UB)', () => {
    // Upstream ranks from unrounded scores and bounds, we from the rounded CSV figures: they can
    // differ by one near a boundary. Floors measured on the recorded files (exact, within one).
    const floors: Record<string, [exact: number, withinOne: number]> = {
      'fboulnois_lmsys_text_2024-06-19.csv': [0.88, 1],
      'fboulnois_lmsys_text_2024-09-28.csv': [0.8, 0.96],
      'fboulnois_lmsys_text_2024-12-31.csv': [0.78, 0.94],
      'fboulnois_lmsys_text_2025-03-28.csv': [0.81, 0.99],
      'fboulnois_lmsys_text_2025-06-25.csv': [0.79, 0.98],
      'fboulnois_lmsys_text_2025-07-18.csv': [0.76, 0.96],
    };
    const report: string[] = [];
    for (const e of entries.filter((x) => x.kind === 'lmarena.leaderboard.csv')) {
      const parsed = parse(arenaLeaderboard, e);
      const name = e.path.split('/').pop()!;
      const floor = floors[name];
      if (!floor) {
        // The 2025-08-04 exports number rows 1…N: a position, not rank (UB). The parser says so.
        assert.match(parsed.notes.join(' '), /plain position/, name);
        continue;
      }
      const rows = parsed.records[0]!.rows;
      const exact = rows.filter((r) => r.rank === r.upstreamRank).length / rows.length;
      const withinOne = rows.filter((r) => Math.abs(r.rank - r.upstreamRank!) <= 1).length / rows.length;
      report.push(`${name}: exact ${(exact * 100).toFixed(1)}%, within one ${(withinOne * 100).toFixed(1)}%`);
      assert.ok(exact >= floor[0], `${name}: exact agreement ${exact} below ${floor[0]}`);
      assert.ok(withinOne >= floor[1], `${name}: within-one agreement ${withinOne} below ${floor[1]}`);
    }
    console.log(`rank (UB) against upstream:\n  ${report.join('\n  ')}`);
  });

  test('price files parse, with number prices and hidden entries', () => {
    const may = parse(arenaPrices, file(entries, 'arenacatalog_scatterplot_price_2025-05-26.json'));
    const dec = parse(arenaPrices, file(entries, 'arenacatalog_scatterplot_price_2025-12-17.json'));
    assert.deepEqual([may.records.length, may.rejections.length], [71, 0]);
    assert.deepEqual([dec.records.length, dec.rejections.length], [141, 0]);
    assert.equal(dec.records.filter((r) => r.hidden).length, 47);
    const nano = dec.records.find((r) => r.key === 'gpt-5-nano-high')!;
    assert.deepEqual([nano.inputPer1M, nano.outputPer1M], [0.05, 0.4]);
    const gpt4o = dec.records.find((r) => r.key === 'chatgpt-4o-latest-20241120')!;
    assert.deepEqual([gpt4o.name, gpt4o.inputPer1M, gpt4o.outputPer1M], ['GPT-4o', 2.5, 10]);
  });

  test('the index of every manifest date keeps its invariants', () => {
    for (const asOf of [...new Set(entries.map((e) => e.date))].sort()) {
      const { index } = indexFor(entries, asOf);
      const keys = index.candidates.map((c) => c.key);
      assert.equal(new Set(keys).size, keys.length, `${asOf}: a key is listed twice`);
      for (const c of index.candidates) {
        const { arena, otherArenas } = index.facts(c.key);
        const all = arena ? [arena, ...otherArenas] : otherArenas;
        assert.deepEqual(
          all.map((f) => f.arena),
          c.arenas,
          `${asOf} ${c.key}`,
        );
        for (const f of all) {
          assert.ok(f.rank >= 1 && f.rank <= f.of, `${asOf} ${c.key}: rank ${f.rank} of ${f.of}`);
          assert.ok(
            f.ciLow <= f.score && f.score <= f.ciHigh,
            `${asOf} ${c.key}: score outside its interval`,
          );
          assert.equal(f.votes === null, f.votesAsOf === null, `${asOf} ${c.key}: votes without a date`);
          assert.ok(f.asOf <= asOf && (f.votesAsOf ?? '') <= asOf && (f.categoriesAsOf ?? '') <= asOf);
        }
      }
    }
  });

  test('the 2024-06-26 index ranks from the CSV, every row joined through the key table', () => {
    const { index, chosen } = indexFor(entries, '2024-06-26');
    assert.deepEqual(chosen, [
      'lmarena/fboulnois_lmsys_text_2024-06-19.csv',
      'lmarena/hfspace_leaderboard_table_20240626.csv',
    ]);
    assert.equal(index.candidates.filter((c) => c.arenas.includes('text')).length, 109);
    assert.equal(index.candidates.filter((c) => c.keySynthesized).length, 0);
    const gpt4o = index.facts('gpt-4o-2024-05-13').arena!;
    assert.deepEqual(
      [gpt4o.rank, gpt4o.of, gpt4o.score, gpt4o.votes, gpt4o.scoreSource, gpt4o.asOf],
      [1, 109, 1287, 42046, 'leaderboard-csv', '2024-06-19'],
    );
    const opus = index.facts('claude-3-opus-20240229').arena!;
    assert.ok(opus.votes !== null && opus.rank > 1);
  });

  test('the 2025-12-18 index ranks from the catalogs and joins CSV votes', () => {
    const { index, chosen } = indexFor(entries, '2025-12-18');
    assert.equal(chosen.length, 10);
    const { arena, otherArenas } = index.facts('claude-3-5-sonnet-20241022');
    assert.ok(arena);
    assert.deepEqual(
      [arena.arena, arena.scoreSource, arena.asOf, arena.of],
      ['text', 'arena-catalog', '2025-12-11', 282],
    );
    assert.ok(arena.rank > 1 && arena.rank < 282);
    assert.deepEqual([arena.votes, arena.votesAsOf], [84537, '2025-08-04']);
    assert.equal(arena.styleControl?.asOf, '2025-12-17');
    assert.equal(Object.keys(arena.categories).length, 28);
    assert.deepEqual(
      otherArenas.map((o) => o.arena),
      ['vision'],
    );
    assert.equal(index.facts('gemini-2.5-pro').arena?.votes, 26019);
    assert.deepEqual(index.aliases('chatgpt-4o-latest'), ['chatgpt-4o-latest-20240808']);
    assert.equal(index.candidates.filter((c) => c.keySynthesized).length, 0);
    const ranked = (arenaName: string) => index.candidates.filter((c) => c.arenas.includes(arenaName)).length;
    assert.deepEqual([ranked('text'), ranked('vision'), ranked('image')], [282, 87, 34]);
  });
});
