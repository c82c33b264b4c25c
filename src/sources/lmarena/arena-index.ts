// The arena side of one snapshot, per key: which keys exist (match candidates) and what each arena
// says about a key (ArenaFacts). Inputs are the arena files chosen for the snapshot; when several
// files of one arena and style-control setting are given anyway, the newest is used and noted.

import type { ArenaFacts } from '../../domain/model.ts';
import type { ArenaCandidate } from '../../match/types.ts';
import type {
  ArenaKeyEntry,
  ArenaLeaderboard,
  ArenaLeaderboardRow,
  ArenaPriceEntry,
  ArenaRatingsFile,
} from '../types.ts';
import { type ArenaFiles, arenaFactsByKey, overallSource } from './arena-facts.ts';
import { type JoinResult, type JoinRule, joinDisplayNames } from './display-name-join.ts';

export interface ArenaIndexInput {
  ratings: ArenaRatingsFile[];
  leaderboards: ArenaLeaderboard[];
  keys: ArenaKeyEntry[];
  prices: ArenaPriceEntry[];
}

export interface ArenaIndex {
  /** Every key known in this snapshot, sorted by key; `arenas` empty for keys ranked nowhere. */
  candidates: ArenaCandidate[];
  /** The text arena's figures where the key is ranked in text (else its first other arena), the rest apart. */
  facts(key: string): { arena: ArenaFacts | null; otherArenas: ArenaFacts[] };
  /** Other keys that share this key's key-table display name (`chatgpt-4o-latest` ↔ `chatgpt-4o-latest-20240808`). */
  aliases(key: string): string[];
  /** How each arena's figures were sourced and joined, for the match review and the ingest log. */
  notes: string[];
}

/** Text first, then the other known arenas, then any other in alphabetical order. */
const ARENA_ORDER = ['text', 'vision', 'image'];
function arenaRank(arena: string): number {
  const i = ARENA_ORDER.indexOf(arena);
  return i === -1 ? ARENA_ORDER.length : i;
}
const byArena = (a: string, b: string) => arenaRank(a) - arenaRank(b) || a.localeCompare(b);

function newestBy<T extends { date: string }>(
  items: T[],
  group: (t: T) => string,
  notes: string[],
): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) {
    const g = group(item);
    const current = out.get(g);
    if (current) notes.push(`${g}: two files given (${current.date}, ${item.date}); the newer is used`);
    if (!current || item.date > current.date) out.set(g, item);
  }
  return out;
}

function firstByKey<T extends { key: string }>(items: T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) if (!out.has(item.key)) out.set(item.key, item);
  return out;
}

export function buildArenaIndex(input: ArenaIndexInput): ArenaIndex {
  const notes: string[] = [];
  const ratings = newestBy(
    input.ratings,
    (r) => `${r.arena} ratings${r.styleControl ? ' (style control)' : ''}`,
    notes,
  );
  const boards = newestBy(input.leaderboards, (b) => `${b.arena} leaderboard`, notes);
  const keyTable = firstByKey(input.keys);
  const prices = firstByKey(input.prices);

  const knownKeys = new Set<string>([...keyTable.keys(), ...prices.keys()]);
  for (const file of ratings.values())
    for (const entries of Object.values(file.categories)) for (const e of entries) knownKeys.add(e.key);

  const arenas = [
    ...new Set([...[...ratings.values()].map((r) => r.arena), ...[...boards.values()].map((b) => b.arena)]),
  ].sort(byArena);
  const factsByArena = new Map<string, Map<string, ArenaFacts>>();
  const joins = new Map<string, JoinResult>();
  const synthesized = new Set<string>();
  for (const arena of arenas) {
    const files: ArenaFiles = {
      arena,
      catalog: ratings.get(`${arena} ratings`) ?? null,
      styleControl: ratings.get(`${arena} ratings (style control)`) ?? null,
      leaderboard: boards.get(`${arena} leaderboard`) ?? null,
    };
    const source = overallSource(files);
    const names = files.leaderboard?.rows.map((r) => r.displayName) ?? [];
    // Keys are made up for unjoined rows only when the CSV itself ranks the arena.
    const join = joinDisplayNames(names, keyTable, knownKeys, { synthesize: source === 'leaderboard-csv' });
    joins.set(arena, join);
    for (const j of join.byDisplayName.values())
      if (j.rule === 'synthesized') for (const k of j.keys) synthesized.add(k);
    const facts = arenaFactsByKey(files, join, { keyTable, prices });
    factsByArena.set(arena, facts);
    notes.push(describeArena(files, source, join, facts.size));
  }

  const aliasesByName = new Map<string, string[]>();
  for (const e of keyTable.values())
    aliasesByName.set(e.displayName, [...(aliasesByName.get(e.displayName) ?? []), e.key]);
  const aliases = (key: string): string[] => {
    const name = keyTable.get(key)?.displayName;
    return name === undefined ? [] : (aliasesByName.get(name) ?? []).filter((k) => k !== key);
  };

  // Each key's leaderboard rows across arenas, in arena order, for its display names and organization.
  const rowsOfKey = new Map<string, ArenaLeaderboardRow[]>();
  for (const arena of arenas) {
    for (const row of boards.get(`${arena} leaderboard`)?.rows ?? []) {
      for (const key of joins.get(arena)!.byDisplayName.get(row.displayName)?.keys ?? [])
        rowsOfKey.set(key, [...(rowsOfKey.get(key) ?? []), row]);
    }
  }

  const allKeys = [...new Set([...knownKeys, ...synthesized])].sort();
  const candidates: ArenaCandidate[] = allKeys.map((key) => {
    const listed = keyTable.get(key);
    const rows = rowsOfKey.get(key) ?? [];
    const displayNames = new Set<string>(listed ? [listed.displayName] : []);
    for (const row of rows) displayNames.add(row.displayName);
    const csvOrganization = rows.find((r) => r.organization !== null)?.organization ?? null;
    const priced = prices.get(key);
    if (priced?.name) displayNames.add(priced.name);
    const candidate: ArenaCandidate = {
      key,
      displayNames: [...displayNames],
      organization: listed?.organization ?? priced?.organization ?? csvOrganization,
      arenas: arenas.filter((a) => factsByArena.get(a)!.has(key)),
    };
    const others = aliases(key);
    if (others.length > 0) candidate.aliases = others;
    if (synthesized.has(key)) candidate.keySynthesized = true;
    return candidate;
  });

  return {
    candidates,
    facts(key) {
      const all = arenas.flatMap((a) => factsByArena.get(a)!.get(key) ?? []);
      return { arena: all[0] ?? null, otherArenas: all.slice(1) };
    },
    aliases,
    notes,
  };
}

function describeArena(
  files: ArenaFiles,
  source: ReturnType<typeof overallSource>,
  join: JoinResult,
  ranked: number,
): string {
  const from =
    source === 'arena-catalog'
      ? `arena-catalog ${files.catalog!.date}`
      : source === 'leaderboard-csv'
        ? `leaderboard CSV ${files.leaderboard!.date}`
        : 'no file with overall figures';
  const byRule = new Map<JoinRule, number>();
  for (const j of join.byDisplayName.values()) byRule.set(j.rule, (byRule.get(j.rule) ?? 0) + 1);
  const joined = [...byRule].map(([rule, n]) => `${n} ${rule}`).join(', ');
  const parts = [`${files.arena}: overall figures from ${from}, ${ranked} keys ranked`];
  if (files.leaderboard)
    parts.push(
      `CSV ${files.leaderboard.date} rows joined to keys: ${joined || 'none'}; unjoined: ${join.unjoined.length}${
        join.unjoined.length > 0 ? ` (${join.unjoined.join(', ')})` : ''
      }`,
    );
  const byName = [...join.byDisplayName].filter(([, j]) => j.rule !== 'key-table');
  if (byName.length > 0)
    parts.push(
      `joined by name rules: ${byName.map(([name, j]) => `${name} → ${j.keys.join(' + ')} (${j.rule})`).join(', ')}`,
    );
  for (const c of join.conflicts) parts.push(`not joined: ${c}`);
  return parts.join('; ');
}
