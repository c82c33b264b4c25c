// The explorer's columns: one table of id, label, sort accessor and cell text, shared by the
// server-rendered table, the browser island, the API's sort parameter and the CSV export.

import {
  formatContext,
  formatDate,
  formatInteger,
  formatPrice,
  formatRank,
  formatScore,
  formatTokens,
} from './format.ts';
import {
  CONFIDENCES,
  type Confidence,
  type Modalities,
  type PricingState,
  type SourceType,
} from './model.ts';

/**
 * The part of a ModelRecord the explorer reads. A ModelRecord satisfies it, and so does the
 * compact row the browser island downloads, so both filter and sort with the same code.
 */
export interface QueryRecord {
  id: string;
  name: string;
  author: string | null;
  sourceType: SourceType;
  match: { confidence: Confidence };
  contextLength: number | null;
  maxCompletionTokens: number | null;
  modalities: Modalities;
  supportedParameters: string[] | null;
  pricing: { state: PricingState; inputPer1M: number | null; outputPer1M: number | null };
  /** The model's main arena figures (text, vision or image, as `arena` says). */
  arena: ArenaQueryFacts | null;
  /** Other arenas the model is ranked in; absent when unknown. */
  otherArenas?: readonly ArenaQueryFacts[];
  license: string | null;
  openWeights: boolean | null;
  created: string | null;
  /** `daysCovered7d` 0 means the 7 days had no usage data at all: no figure, not 0 tokens. */
  usage: { tokens7d: number; daysCovered7d?: number } | null;
}

export interface ArenaQueryFacts {
  /** Which arena: text, vision, image. Ranks and scores compare only within one arena. */
  arena: string;
  key: string;
  displayName: string | null;
  rank: number;
  of: number;
  score: number;
  votes: number | null;
  categories: Record<string, { rank: number; score: number }>;
}

/** Which arena figures the rank, score and votes columns read: an arena and maybe one of its categories. */
export interface ArenaScope {
  arena: string;
  cat: string | null;
}

export const DEFAULT_ARENA = 'text';

export type SortValue = number | string | null;
export type SortDir = 'asc' | 'desc';

export interface Column {
  id: string;
  label: string;
  /** What the header says to a screen reader or in a tooltip, when the label is terse. */
  title: string;
  /** The value rows are ordered by; null always sorts last. `scope` picks the arena figures. */
  sort: (r: QueryRecord, scope: ArenaScope) => SortValue;
  /** The cell text, formatted by the shared formatting module. */
  text: (r: QueryRecord, scope: ArenaScope) => string;
  /** The direction a first click on the header sorts in ("best first"). */
  defaultDir: SortDir;
  defaultVisible: boolean;
  numeric: boolean;
}

/** The model's facts in one arena, or null when it is not ranked there. */
export function arenaFacts(r: QueryRecord, arena: string): ArenaQueryFacts | null {
  if (r.arena?.arena === arena) return r.arena;
  return r.otherArenas?.find((a) => a.arena === arena) ?? null;
}

/** The figures the score and rank columns show: the scope's arena, its category when one is chosen. */
export function arenaFigures(r: QueryRecord, scope: ArenaScope): { rank: number; score: number } | null {
  const facts = arenaFacts(r, scope.arena);
  if (!facts) return null;
  if (scope.cat === null) return facts;
  return facts.categories[scope.cat] ?? null;
}

/** A model-level price as a sortable number: free is 0; variable and unknown are null, never 0. */
export function priceValue(r: QueryRecord, side: 'input' | 'output'): number | null {
  if (r.pricing.state === 'variable') return null;
  return side === 'input' ? r.pricing.inputPer1M : r.pricing.outputPer1M;
}

/** OpenRouter tokens over 7 days, or null when there is no usage data for those days (never 0 for "none"). */
export function usageValue(r: Pick<QueryRecord, 'usage'>): number | null {
  if (r.usage === null || r.usage.daysCovered7d === 0) return null;
  return r.usage.tokens7d;
}

/** Blended price per 1M tokens, (3 × input + output) / 4; null unless both sides are known. */
export function blendedValue(r: QueryRecord): number | null {
  const input = priceValue(r, 'input');
  const output = priceValue(r, 'output');
  if (input === null || output === null) return null;
  return (3 * input + output) / 4;
}

function modalitiesText(m: Modalities): string {
  const side = (list: string[]) => (list.length === 0 ? '?' : list.join('+'));
  return `${side(m.input)} → ${side(m.output)}`;
}

function openText(open: boolean | null): string {
  return open === null ? 'Unknown' : open ? 'Open' : 'Proprietary';
}

const lower = (s: string | null): string | null => (s === null ? null : s.toLowerCase());

export const COLUMNS = [
  {
    id: 'name',
    label: 'Model',
    title: 'Model name',
    sort: (r) => r.name.toLowerCase(),
    text: (r) => r.name,
    defaultDir: 'asc',
    defaultVisible: true,
    numeric: false,
  },
  {
    id: 'id',
    label: 'ID',
    title: 'Primary id',
    sort: (r) => r.id,
    text: (r) => r.id,
    defaultDir: 'asc',
    defaultVisible: false,
    numeric: false,
  },
  {
    id: 'author',
    label: 'Author',
    title: 'Author or organization',
    sort: (r) => lower(r.author),
    text: (r) => r.author ?? '—',
    defaultDir: 'asc',
    defaultVisible: true,
    numeric: false,
  },
  {
    id: 'source',
    label: 'Sources',
    title: 'Source type: which sources hold the model',
    sort: (r) => r.sourceType,
    text: (r) => r.sourceType,
    defaultDir: 'asc',
    defaultVisible: false,
    numeric: false,
  },
  {
    id: 'confidence',
    label: 'Match',
    title: 'Match confidence between sources, exact first',
    sort: (r) => CONFIDENCES.indexOf(r.match.confidence),
    text: (r) => r.match.confidence,
    defaultDir: 'asc',
    defaultVisible: true,
    numeric: false,
  },
  {
    id: 'context',
    label: 'Context',
    title: 'Context window in tokens',
    sort: (r) => (r.contextLength !== null && r.contextLength > 0 ? r.contextLength : null),
    text: (r) => formatContext(r.contextLength),
    defaultDir: 'desc',
    defaultVisible: true,
    numeric: true,
  },
  {
    id: 'max_output',
    label: 'Max output',
    title: 'Maximum output tokens per request',
    sort: (r) => (r.maxCompletionTokens !== null && r.maxCompletionTokens > 0 ? r.maxCompletionTokens : null),
    text: (r) => formatContext(r.maxCompletionTokens),
    defaultDir: 'desc',
    defaultVisible: false,
    numeric: true,
  },
  {
    id: 'input',
    label: 'Input $/1M',
    title: 'Input price in USD per 1M tokens (lowest provider)',
    sort: (r) => priceValue(r, 'input'),
    text: (r) => formatPrice(r.pricing.inputPer1M, r.pricing.state),
    defaultDir: 'asc',
    defaultVisible: true,
    numeric: true,
  },
  {
    id: 'output',
    label: 'Output $/1M',
    title: 'Output price in USD per 1M tokens (lowest provider)',
    sort: (r) => priceValue(r, 'output'),
    text: (r) => formatPrice(r.pricing.outputPer1M, r.pricing.state),
    defaultDir: 'asc',
    defaultVisible: true,
    numeric: true,
  },
  {
    id: 'blended',
    label: 'Blended $/1M',
    title: 'Blended price per 1M tokens: (3 × input + output) / 4',
    sort: (r) => blendedValue(r),
    text: (r) => formatPrice(blendedValue(r), r.pricing.state),
    defaultDir: 'asc',
    defaultVisible: false,
    numeric: true,
  },
  {
    id: 'rank',
    label: 'Rank',
    title: 'LMArena rank (UB) in the chosen arena and category',
    // Ranks (UB) tie often; within one rank the higher score comes first.
    sort: (r, scope) => {
      const f = arenaFigures(r, scope);
      return f === null ? null : f.rank - f.score / 1e7;
    },
    text: (r, scope) => formatRank(arenaFigures(r, scope)?.rank ?? null),
    defaultDir: 'asc',
    defaultVisible: true,
    numeric: true,
  },
  {
    id: 'score',
    label: 'Score',
    title: 'LMArena score in the chosen arena and category',
    sort: (r, scope) => arenaFigures(r, scope)?.score ?? null,
    text: (r, scope) => formatScore(arenaFigures(r, scope)?.score ?? null),
    defaultDir: 'desc',
    defaultVisible: true,
    numeric: true,
  },
  {
    id: 'votes',
    label: 'Votes',
    title: 'LMArena votes in the chosen arena',
    sort: (r, scope) => arenaFacts(r, scope.arena)?.votes ?? null,
    text: (r, scope) => {
      const votes = arenaFacts(r, scope.arena)?.votes ?? null;
      return votes === null ? '—' : formatInteger(votes);
    },
    defaultDir: 'desc',
    defaultVisible: false,
    numeric: true,
  },
  {
    id: 'modalities',
    label: 'Modalities',
    title: 'Input → output modalities',
    sort: (r) => modalitiesText(r.modalities),
    text: (r) => modalitiesText(r.modalities),
    defaultDir: 'asc',
    defaultVisible: false,
    numeric: false,
  },
  {
    id: 'license',
    label: 'License',
    title: 'License where a source states it',
    sort: (r) => lower(r.license),
    text: (r) => r.license ?? 'Unknown',
    defaultDir: 'asc',
    defaultVisible: false,
    numeric: false,
  },
  {
    id: 'open',
    label: 'Weights',
    title: 'Open weights or proprietary, where a source says',
    sort: (r) => (r.openWeights === null ? null : r.openWeights ? 0 : 1),
    text: (r) => openText(r.openWeights),
    defaultDir: 'asc',
    defaultVisible: false,
    numeric: false,
  },
  {
    id: 'usage',
    label: 'Tokens 7d',
    title: 'OpenRouter tokens over 7 days: adoption, not quality',
    sort: (r) => usageValue(r),
    text: (r) => formatTokens(usageValue(r)),
    defaultDir: 'desc',
    defaultVisible: false,
    numeric: true,
  },
  {
    id: 'created',
    label: 'Added',
    title: 'Date added (ISO)',
    sort: (r) => r.created,
    text: (r) => formatDate(r.created),
    defaultDir: 'desc',
    defaultVisible: true,
    numeric: false,
  },
] as const satisfies readonly Column[];

export type ColumnId = (typeof COLUMNS)[number]['id'];

export const COLUMN_IDS: readonly ColumnId[] = COLUMNS.map((c) => c.id);

export const DEFAULT_COLUMNS: readonly ColumnId[] = COLUMNS.filter((c) => c.defaultVisible).map((c) => c.id);

export function columnById(id: ColumnId): Column {
  return COLUMNS.find((c) => c.id === id)!;
}
