// Normalized records each source parser produces. Everything downstream (matching, records,
// store, web) reads these, never the upstream JSON.

import type { Pricing } from '../domain/model.ts';

// ───────────────────────────── OpenRouter ─────────────────────────────

export interface OpenRouterModel {
  /** Full id, with variant suffix: `meta-llama/llama-3.1-8b-instruct:free`. */
  id: string;
  /** Id without the variant suffix: `meta-llama/llama-3.1-8b-instruct`. */
  baseId: string;
  /** `free`, `beta`, `extended`, `thinking`, `exacto`, … or null. */
  variant: string | null;
  /** Prefix of the id before the slash: `meta-llama`. */
  author: string;
  /** Id part after the slash, without variant: `llama-3.1-8b-instruct`. */
  slug: string;
  canonicalSlug: string | null;
  /** null when absent or empty. */
  huggingFaceId: string | null;
  /** Display name, trimmed: "Z.ai: GLM 4 32B". */
  name: string;
  /** `created` as an ISO date (UTC), null when absent. */
  created: string | null;
  createdUnix: number | null;
  description: string | null;
  contextLength: number | null;
  maxCompletionTokens: number | null;
  topProviderContextLength: number | null;
  isModerated: boolean | null;
  modality: string | null;
  inputModalities: string[];
  outputModalities: string[];
  tokenizer: string | null;
  instructType: string | null;
  pricing: Pricing;
  /** null when the catalog does not list them (2025-04 files). */
  supportedParameters: string[] | null;
  defaultParameters: Record<string, unknown> | null;
  expirationDate: string | null;
  knowledgeCutoff: string | null;
}

export interface OpenRouterEndpoint {
  name: string;
  providerName: string;
  tag: string | null;
  contextLength: number | null;
  maxCompletionTokens: number | null;
  maxPromptTokens: number | null;
  quantization: string | null;
  pricing: Pricing;
  discount: number | null;
  supportedParameters: string[] | null;
  status: number | null;
  /** The provider's own model slug from the endpoint name (`google/gemini-2.5-pro-preview-03-25`), or null. */
  upstreamSlug: string | null;
}

export interface OpenRouterEndpoints {
  modelId: string;
  endpoints: OpenRouterEndpoint[];
}

// ───────────────────────────── LMArena ─────────────────────────────

/** One model's rating in one category of one arena-catalog file. */
export interface ArenaRatingEntry {
  key: string;
  rating: number;
  ciLow: number;
  ciHigh: number;
  /** Rank (UB) within the same file and category. */
  rank: number;
}

/** One arena-catalog ratings file: `{category: {key: {rating, rating_q975, rating_q025}}}`. */
export interface ArenaRatingsFile {
  arena: string; // text | vision | image | …
  styleControl: boolean;
  date: string;
  /** category → entries, sorted by rating descending. `full` is overall. */
  categories: Record<string, ArenaRatingEntry[]>;
}

/** One row of the HF Space key table: key → display name, organization, license. */
export interface ArenaKeyEntry {
  key: string;
  displayName: string;
  organization: string | null;
  license: string | null;
  knowledgeCutoff: string | null;
  link: string | null;
  mtBench: number | null;
  mmlu: number | null;
}

/** One row of a leaderboard CSV (display names, rounded scores, votes). */
export interface ArenaLeaderboardRow {
  displayName: string;
  score: number;
  /** Absolute bounds from the "+5/-4" string. */
  ciLow: number;
  ciHigh: number;
  votes: number | null;
  organization: string | null;
  license: string | null;
  knowledgeCutoff: string | null;
  url: string | null;
  /** Upstream's own rank column (UB), kept to cross-check ours. */
  upstreamRank: number | null;
  upstreamRankStyleControl: number | null;
  /** Rank (UB) we compute within the file. */
  rank: number;
}

export interface ArenaLeaderboard {
  arena: string;
  date: string;
  rows: ArenaLeaderboardRow[];
}

/** One entry of the arena-catalog price/scatter file (prices already USD per 1M). */
export interface ArenaPriceEntry {
  key: string;
  name: string;
  organization: string | null;
  license: string | null;
  inputPer1M: number | null;
  outputPer1M: number | null;
  priceSource: string | null;
  modelSource: string | null;
  hidden: boolean;
}

// ───────────────────────────── Bridges ─────────────────────────────

export interface LiteLLMEntry {
  /** The map key: `openrouter/anthropic/claude-3.5-sonnet`, `claude-3-5-sonnet-20241022`, `gemini/gemini-2.5-pro`. */
  key: string;
  provider: string | null;
  mode: string | null;
  /** The key without a provider prefix (`gemini/x` → `x`; bare keys unchanged). */
  nativeId: string;
  /** The OpenRouter id when the key is `openrouter/<id>`, else null. */
  openrouterId: string | null;
  inputPer1M: number | null;
  outputPer1M: number | null;
  cacheReadPer1M: number | null;
  maxInputTokens: number | null;
  maxOutputTokens: number | null;
  supports: Record<string, boolean>;
  deprecationDate: string | null;
}

export interface ModelsDevEntry {
  providerId: string;
  /** Model id under its provider: `claude-3-5-haiku-20241022`, or `anthropic/claude-3.5-haiku` under openrouter. */
  modelId: string;
  name: string | null;
  family: string | null;
  releaseDate: string | null;
  lastUpdated: string | null;
  knowledge: string | null;
  openWeights: boolean | null;
  reasoning: boolean | null;
  toolCall: boolean | null;
  inputPer1M: number | null;
  outputPer1M: number | null;
  cacheReadPer1M: number | null;
  cacheWritePer1M: number | null;
  contextLimit: number | null;
  outputLimit: number | null;
  inputModalities: string[];
  outputModalities: string[];
}

// ───────────────────────────── Usage ─────────────────────────────

/** The usage file (or live fetch) a day's figures came from: lets overlapping files be ordered. */
export interface UsageOrigin {
  /** `model-activity-csv` or `rankings-daily-api`. */
  format: string;
  location: string;
  /** The input's date; among files covering the same day, the later one wins. */
  date: string;
}

/** Tokens for one model key on one day, from any usage format. */
export interface UsageDay {
  date: string;
  /** As the file keys it: an API id (`x/y:free`) or a permaslug (`x/y-20260423`), or `other`. */
  modelKey: string;
  keyKind: 'api-id' | 'permaslug' | 'other';
  /** Integer tokens. */
  tokens: number;
  prompt: number | null;
  completion: number | null;
  reasoning: number | null;
  /** Set by the usage parsers; absent on hand-built days (they then count as one file). */
  origin?: UsageOrigin;
}

/** A week-to-date figure from a rankings-page snapshot: never mixed with daily figures. */
export interface UsageWeekToDate {
  fetchedAt: string;
  weekStart: string;
  modelKey: string;
  rank: number;
  tokens: number;
  sharePct: number | null;
}
