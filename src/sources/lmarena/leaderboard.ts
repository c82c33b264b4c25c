// Leaderboard CSVs (fboulnois/llm-leaderboard-csv exports of the official leaderboard): display
// names, rounded Arena Scores, "+5/-4" intervals and votes. Three header layouts:
//   2024-06  rank,model,arena_elo,95_pct_ci,votes,organization,license,knowledge_cutoff,url
//   2024-09  the same with arena_score
//   2024-12+ rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,…

import { rankByUpperBound } from '../../domain/rank.ts';
import {
  type InputMeta,
  type Parsed,
  PayloadError,
  type RawRecord,
  type Rejection,
  type SourceParser,
} from '../source.ts';
import type { ArenaLeaderboard, ArenaLeaderboardRow } from '../types.ts';
import { arenaOf } from './arena-name.ts';
import { knowledgeCutoff, numberCell, textOrNull } from './cells.ts';
import { FirstOfEachId } from './duplicates.ts';
import { readCsv, requireColumns } from './payload-text.ts';

const SOURCE = 'lmarena-leaderboard' as const;
const CI = /^\+\s*(\d+(?:\.\d+)?)\s*\/\s*-\s*(\d+(?:\.\d+)?)$/;

/** "+5/-4" → the upper delta, then the lower delta. */
export function readIntervalDeltas(text: string): { up: number; down: number } | null {
  const m = CI.exec(text.trim());
  return m ? { up: Number(m[1]), down: Number(m[2]) } : null;
}

// Six decimals keep bounds from sums like 1200.1 + 0.2 comparable to the same bound written elsewhere.
const bound = (n: number) => Number(n.toFixed(6));

function parseLeaderboard(text: string, input: InputMeta): Parsed<ArenaLeaderboard> {
  const table = readCsv(text, SOURCE, input.location);
  requireColumns(table, ['model', ['arena_score', 'arena_elo'], '95_pct_ci'], SOURCE, input.location);
  const arena = arenaOf(input);
  if (arena === null)
    throw new PayloadError(
      SOURCE,
      input.location,
      'cannot tell which arena this leaderboard is for',
      'Give the arena in the manifest entry (`"arena": "text"`) or use the upstream file name (lmarena_text.csv).',
    );
  const scoreColumn = table.header.includes('arena_score') ? 'arena_score' : 'arena_elo';
  const rejections: Rejection[] = [];
  const raw: RawRecord[] = [];
  const notes: string[] = [];
  const repeats = new FirstOfEachId<Record<string, string>>(SOURCE, 'display name');
  const accepted: Omit<ArenaLeaderboardRow, 'rank'>[] = [];

  for (const { row, cells, width } of table.rows) {
    const name = cells.model ?? '';
    const reject = (field: string | null, reason: string) =>
      rejections.push({ source: SOURCE, recordId: name || `row ${row}`, field, reason });
    if (width !== table.header.length) {
      reject(null, `row ${row} has ${width} fields where the header has ${table.header.length}`);
      continue;
    }
    if (name === '') {
      reject('model', `row ${row} has no model name`);
      continue;
    }
    const score = numberCell(cells[scoreColumn]);
    if (!score.ok || score.value === null) {
      reject(scoreColumn, score.ok ? 'the score is missing' : score.reason);
      continue;
    }
    const deltas = readIntervalDeltas(cells['95_pct_ci'] ?? '');
    if (!deltas) {
      reject('95_pct_ci', `${JSON.stringify(cells['95_pct_ci'])} is not an interval like "+5/-4"`);
      continue;
    }
    const integers: Record<string, number | null> = {};
    let bad = false;
    for (const column of ['votes', 'rank', 'rank_stylectrl']) {
      const n = numberCell(cells[column], { integer: true });
      if (!n.ok) {
        reject(column, n.reason);
        bad = true;
        break;
      }
      integers[column] = n.value;
    }
    if (bad) continue;
    // The rank column can be a plain position, so it does not count when comparing repeats.
    const { rank: _position, ...comparable } = cells;
    const admitted = repeats.admit(name, comparable, `row ${row}`);
    if (admitted.rejection) rejections.push(admitted.rejection);
    if (!admitted.keep) continue;
    accepted.push({
      displayName: name,
      score: score.value,
      ciLow: bound(score.value - deltas.down),
      ciHigh: bound(score.value + deltas.up),
      votes: integers.votes ?? null,
      organization: textOrNull(cells.organization),
      license: textOrNull(cells.license),
      knowledgeCutoff: knowledgeCutoff(cells.knowledge_cutoff),
      url: textOrNull(cells.url),
      upstreamRank: integers.rank ?? null,
      upstreamRankStyleControl: integers.rank_stylectrl ?? null,
    });
    raw.push({ source: SOURCE, recordId: name, raw: cells });
  }

  const ranks = rankByUpperBound(
    accepted.map((r) => ({ key: r.displayName, ciLow: r.ciLow, ciHigh: r.ciHigh })),
  );
  const rows = accepted.map((r) => ({ ...r, rank: ranks.get(r.displayName)! }));
  const note = repeats.note();
  if (note) notes.push(note);
  if (isPlainPosition(rows))
    notes.push(
      'the upstream `rank` column is a plain position (no ties), not rank (UB); it is kept as given in upstreamRank',
    );
  return { records: [{ arena, date: input.date, rows }], rejections, raw, notes };
}

/** True when no two upstream ranks are equal although some intervals overlap (so rank (UB) ties). */
function isPlainPosition(rows: ArenaLeaderboardRow[]): boolean {
  if (rows.length < 2 || rows.some((r) => r.upstreamRank === null)) return false;
  const distinctUpstream = new Set(rows.map((r) => r.upstreamRank)).size === rows.length;
  const ourTies = new Set(rows.map((r) => r.rank)).size < rows.length;
  return distinctUpstream && ourTies;
}

/** Parser for `lmarena.leaderboard.csv` payloads. */
export const arenaLeaderboard: SourceParser<ArenaLeaderboard> = {
  kind: 'lmarena.leaderboard.csv',
  source: SOURCE,
  parse: parseLeaderboard,
};
