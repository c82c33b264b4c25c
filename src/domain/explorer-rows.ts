// The compact row format the browser island downloads: only what the explorer filters, sorts and
// shows, as positional arrays with shared dictionaries, so the whole catalog stays small.
// Decoding gives QueryRecords, which applyQuery treats exactly like full ModelRecords.

import { CONFIDENCES, PRICING_STATES, SOURCE_TYPES } from './model.ts';
import { type ArenaQueryFacts, arenaFacts, type QueryRecord, usageValue } from './query-columns.ts';

type CompactArena = [
  arena: string,
  key: string,
  displayName: string | null,
  rank: number,
  of: number,
  score: number,
  votes: number | null,
];

function encodeArena(a: ArenaQueryFacts): CompactArena {
  return [a.arena, a.key, a.displayName, a.rank, a.of, a.score, a.votes];
}

function decodeArena(a: CompactArena): ArenaQueryFacts {
  return {
    arena: a[0],
    key: a[1],
    displayName: a[2],
    rank: a[3],
    of: a[4],
    score: a[5],
    votes: a[6],
    categories: {},
  };
}

export type CompactRow = [
  id: string,
  name: string,
  author: string | null,
  sourceType: number,
  confidence: number,
  context: number | null,
  maxOutput: number | null,
  input: number[],
  output: number[],
  params: number[] | null,
  pricingState: number,
  inputPer1M: number | null,
  outputPer1M: number | null,
  arena: CompactArena | null,
  license: string | null,
  openWeights: 0 | 1 | null,
  created: string | null,
  tokens7d: number | null,
  otherArenas: CompactArena[] | null,
];

export interface ExplorerData {
  /** The catalog version the rows belong to. */
  version: string;
  /** Dictionary of modality names that rows refer to by index. */
  modalities: string[];
  /** Dictionary of supported parameter names. */
  params: string[];
  rows: CompactRow[];
}

/** One arena category's figures, fetched only when the category is chosen: [id, rank, score]. */
export interface ExplorerCategoryData {
  version: string;
  arena: string;
  cat: string;
  rows: [id: string, rank: number, score: number][];
}

function dictionary() {
  const names: string[] = [];
  const index = new Map<string, number>();
  return {
    names,
    ref(name: string): number {
      let i = index.get(name);
      if (i === undefined) {
        i = names.length;
        names.push(name);
        index.set(name, i);
      }
      return i;
    },
  };
}

/** Encode records for the island (categories are left out: see encodeCategory). */
export function encodeExplorerData(records: readonly QueryRecord[], version: string): ExplorerData {
  const modalities = dictionary();
  const params = dictionary();
  const rows = records.map((r): CompactRow => {
    const others = r.otherArenas ?? [];
    return [
      r.id,
      r.name,
      r.author,
      SOURCE_TYPES.indexOf(r.sourceType),
      CONFIDENCES.indexOf(r.match.confidence),
      r.contextLength,
      r.maxCompletionTokens,
      r.modalities.input.map(modalities.ref),
      r.modalities.output.map(modalities.ref),
      r.supportedParameters === null ? null : r.supportedParameters.map(params.ref),
      PRICING_STATES.indexOf(r.pricing.state),
      r.pricing.inputPer1M,
      r.pricing.outputPer1M,
      r.arena === null ? null : encodeArena(r.arena),
      r.license,
      r.openWeights === null ? null : r.openWeights ? 1 : 0,
      r.created,
      usageValue(r),
      others.length === 0 ? null : others.map(encodeArena),
    ];
  });
  return { version, modalities: modalities.names, params: params.names, rows };
}

/** Decode the island's rows back into QueryRecords (with empty category maps). */
export function decodeExplorerData(data: ExplorerData): QueryRecord[] {
  const name = (dict: string[]) => (i: number) => dict[i] ?? '';
  return data.rows.map((c): QueryRecord => {
    const a = c[13];
    const others = c[18];
    return {
      id: c[0],
      name: c[1],
      author: c[2],
      sourceType: SOURCE_TYPES[c[3]] ?? 'openrouter_only',
      match: { confidence: CONFIDENCES[c[4]] ?? 'unmatched' },
      contextLength: c[5],
      maxCompletionTokens: c[6],
      modalities: { input: c[7].map(name(data.modalities)), output: c[8].map(name(data.modalities)) },
      supportedParameters: c[9] === null ? null : c[9].map(name(data.params)),
      pricing: { state: PRICING_STATES[c[10]] ?? 'unknown', inputPer1M: c[11], outputPer1M: c[12] },
      arena: a === null ? null : decodeArena(a),
      otherArenas: others === null ? [] : others.map(decodeArena),
      license: c[14],
      openWeights: c[15] === null ? null : c[15] === 1,
      created: c[16],
      usage: c[17] === null ? null : { tokens7d: c[17] },
    };
  });
}

/** Arena name → the categories any record is ranked in there (without "full"), sorted. */
export function arenaCategories(records: readonly QueryRecord[]): Map<string, string[]> {
  const byArena = new Map<string, Set<string>>();
  for (const r of records) {
    for (const facts of [r.arena, ...(r.otherArenas ?? [])]) {
      if (!facts) continue;
      const names = byArena.get(facts.arena) ?? new Set<string>();
      for (const cat of Object.keys(facts.categories)) if (cat !== 'full') names.add(cat);
      byArena.set(facts.arena, names);
    }
  }
  return new Map(
    [...byArena].sort(([a], [b]) => a.localeCompare(b)).map(([arena, cats]) => [arena, [...cats].sort()]),
  );
}

/** One arena category's figures for every record ranked in it. */
export function encodeCategory(
  records: readonly QueryRecord[],
  arena: string,
  cat: string,
  version: string,
): ExplorerCategoryData {
  const rows: ExplorerCategoryData['rows'] = [];
  for (const r of records) {
    const figures = arenaFacts(r, arena)?.categories[cat];
    if (figures) rows.push([r.id, figures.rank, figures.score]);
  }
  return { version, arena, cat, rows };
}

/** Merge a category's figures into decoded rows (in place: the rows belong to the island). */
export function mergeCategory(rows: QueryRecord[], data: ExplorerCategoryData): void {
  const byId = new Map(data.rows.map(([id, rank, score]) => [id, { rank, score }]));
  for (const r of rows) {
    const figures = byId.get(r.id);
    const facts = arenaFacts(r, data.arena);
    if (facts && figures) facts.categories[data.cat] = figures;
  }
}
