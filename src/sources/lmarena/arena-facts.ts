// One arena's figures per key, from the files chosen for a snapshot. The overall rank and score
// come from one file (never mixed): the newer of the arena-catalog `full` category and the
// leaderboard CSV, the catalog winning a tie (it is keyed and unrounded).

import type { ArenaCategoryScore, ArenaFacts } from '../../domain/model.ts';
import type {
  ArenaKeyEntry,
  ArenaLeaderboard,
  ArenaLeaderboardRow,
  ArenaPriceEntry,
  ArenaRatingsFile,
} from '../types.ts';
import type { JoinResult } from './display-name-join.ts';

export interface ArenaFiles {
  arena: string;
  catalog: ArenaRatingsFile | null;
  styleControl: ArenaRatingsFile | null;
  leaderboard: ArenaLeaderboard | null;
}

/** Which file gives the arena's overall figures, or null when none can (no `full`, no CSV). */
export function overallSource(files: ArenaFiles): 'arena-catalog' | 'leaderboard-csv' | null {
  const catalogDate = files.catalog?.categories.full ? files.catalog.date : null;
  const csvDate = files.leaderboard?.date ?? null;
  if (catalogDate === null) return csvDate === null ? null : 'leaderboard-csv';
  return csvDate !== null && csvDate > catalogDate ? 'leaderboard-csv' : 'arena-catalog';
}

export interface FactsContext {
  keyTable: ReadonlyMap<string, ArenaKeyEntry>;
  prices: ReadonlyMap<string, ArenaPriceEntry>;
}

/** The leaderboard row joined to each key. */
function rowsByKey(leaderboard: ArenaLeaderboard | null, join: JoinResult): Map<string, ArenaLeaderboardRow> {
  const out = new Map<string, ArenaLeaderboardRow>();
  for (const row of leaderboard?.rows ?? []) {
    for (const key of join.byDisplayName.get(row.displayName)?.keys ?? [])
      if (!out.has(key)) out.set(key, row);
  }
  return out;
}

/** Category figures of one key, from the non-style catalog file (without `full`, which is the overall). */
function categoriesOf(catalog: ArenaRatingsFile | null): Map<string, Record<string, ArenaCategoryScore>> {
  const out = new Map<string, Record<string, ArenaCategoryScore>>();
  for (const [category, entries] of Object.entries(catalog?.categories ?? {})) {
    if (category === 'full') continue;
    for (const e of entries) {
      const record = out.get(e.key) ?? {};
      record[category] = {
        rank: e.rank,
        score: e.rating,
        ciLow: e.ciLow,
        ciHigh: e.ciHigh,
        of: entries.length,
      };
      out.set(e.key, record);
    }
  }
  return out;
}

/** Facts for every key ranked in this arena. */
export function arenaFactsByKey(
  files: ArenaFiles,
  join: JoinResult,
  context: FactsContext,
): Map<string, ArenaFacts> {
  const source = overallSource(files);
  const out = new Map<string, ArenaFacts>();
  if (source === null) return out;
  const rowOf = rowsByKey(files.leaderboard, join);
  const categories = categoriesOf(files.catalog);
  const styleFull = files.styleControl?.categories.full ?? [];
  const styleByKey = new Map(styleFull.map((e) => [e.key, e]));

  type Overall = { rank: number; of: number; score: number; ciLow: number; ciHigh: number; asOf: string };
  const overall = new Map<string, Overall>();
  if (source === 'arena-catalog') {
    const full = files.catalog!.categories.full!;
    for (const e of full)
      overall.set(e.key, {
        rank: e.rank,
        of: full.length,
        score: e.rating,
        ciLow: e.ciLow,
        ciHigh: e.ciHigh,
        asOf: files.catalog!.date,
      });
  } else {
    const board = files.leaderboard!;
    for (const [key, row] of rowOf)
      overall.set(key, {
        rank: row.rank,
        of: board.rows.length,
        score: row.score,
        ciLow: row.ciLow,
        ciHigh: row.ciHigh,
        asOf: board.date,
      });
  }

  for (const [key, o] of overall) {
    const listed = context.keyTable.get(key);
    const priced = context.prices.get(key);
    const row = rowOf.get(key);
    const style = styleByKey.get(key);
    const keyCategories = categories.get(key) ?? {};
    const hasCategories = Object.keys(keyCategories).length > 0;
    out.set(key, {
      arena: files.arena,
      key,
      displayName: listed?.displayName ?? row?.displayName ?? priced?.name ?? null,
      rank: o.rank,
      of: o.of,
      score: o.score,
      ciLow: o.ciLow,
      ciHigh: o.ciHigh,
      votes: row?.votes ?? null,
      votesAsOf: row?.votes != null ? files.leaderboard!.date : null,
      styleControl: style
        ? {
            rank: style.rank,
            score: style.rating,
            ciLow: style.ciLow,
            ciHigh: style.ciHigh,
            of: styleFull.length,
            asOf: files.styleControl!.date,
          }
        : null,
      categories: keyCategories,
      asOf: o.asOf,
      categoriesAsOf: hasCategories ? files.catalog!.date : null,
      // The key table is the official per-key record; the price file is keyed too; the CSV is joined by name.
      organization: listed?.organization ?? priced?.organization ?? row?.organization ?? null,
      license: listed?.license ?? priced?.license ?? row?.license ?? null,
      scoreSource: source,
    });
  }
  return out;
}
