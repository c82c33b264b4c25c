// The model record: one honest record per model, merged across sources.
// This is the shape `export`, the API and every page read. Plain data only.

export const SOURCE_TYPES = ['openrouter_only', 'arena_only', 'openrouter+arena'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const CONFIDENCES = ['exact', 'high', 'medium', 'low', 'unmatched'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** A decision from the reviewed override file, when one applied to this record. */
export interface MatchOverrideApplied {
  decision: 'same' | 'different';
  arenaKey: string;
  reason: string;
  reviewed: string; // ISO date of the review
}

export interface MatchAlternative {
  arenaKey: string;
  score: number;
  whyRejected: string;
}

export interface MatchInfo {
  confidence: Confidence;
  /** 0..1; 0 when unmatched. */
  score: number;
  /** Short readable sentences: which rule, which normalized forms, which tokens agreed or were missing. */
  evidence: string[];
  /** Arena keys that are variants of the matched key (thinking budget, serving precision, effort). */
  variantKeys: string[];
  alternatives: MatchAlternative[];
  override: MatchOverrideApplied | null;
  /**
   * What the algorithm alone decided, kept only when a reviewed override changed the outcome,
   * so `--no-overrides` views need no second ingest.
   */
  algorithm?: AlgorithmMatch | null;
}

export interface AlgorithmMatch {
  arenaKey: string | null;
  confidence: Confidence;
  score: number;
  evidence: string[];
  alternatives: MatchAlternative[];
}

export interface ModelIds {
  openrouter: string | null;
  canonicalSlug: string | null;
  arena: string | null;
  huggingFace: string | null;
  litellm: string | null;
  modelsDev: string | null;
}

export const PRICING_STATES = ['priced', 'free', 'variable', 'unknown'] as const;
export type PricingState = (typeof PRICING_STATES)[number];

/** One price: USD per 1M tokens for token prices, USD per unit for request/image prices. */
export type PriceValue =
  | { kind: 'amount'; usd: number }
  | { kind: 'free' }
  | { kind: 'variable' }
  | { kind: 'unknown' };

export const EXTRA_PRICE_MODES = [
  'request',
  'image',
  'audio',
  'webSearch',
  'internalReasoning',
  'cacheRead',
  'cacheWrite',
] as const;
export type ExtraPriceMode = (typeof EXTRA_PRICE_MODES)[number];

export interface Pricing {
  state: PricingState;
  /** USD per 1M input tokens; 0 when free; null when variable or unknown. */
  inputPer1M: number | null;
  outputPer1M: number | null;
  /**
   * Extra price modes the source lists (only those present). Token modes are per 1M tokens;
   * `request` is per request, `image` per image, `webSearch` per search. null = variable.
   */
  extra: Partial<Record<ExtraPriceMode, number | null>>;
  /** Source keys we did not recognise, kept verbatim (per-token strings) so nothing is lost. */
  otherRaw: Record<string, string>;
}

export interface ArenaScore {
  /** Rank (UB): 1 + the number of models whose lower 95% bound is above this model's upper bound. */
  rank: number;
  score: number;
  ciLow: number;
  ciHigh: number;
}

export interface ArenaCategoryScore extends ArenaScore {
  /** Models ranked in this category, so "rank 3 of 210" can be shown. */
  of: number;
}

export interface ArenaFacts {
  /** Which arena the overall figures come from: text, vision, image. */
  arena: string;
  key: string;
  displayName: string | null;
  rank: number;
  /** Models ranked in the same file and category. */
  of: number;
  score: number;
  ciLow: number;
  ciHigh: number;
  votes: number | null;
  /** Date of the leaderboard file that gave the votes (it can differ from asOf). */
  votesAsOf: string | null;
  styleControl: (ArenaScore & { of: number; asOf: string }) | null;
  categories: Record<string, ArenaCategoryScore>;
  /** Date of the file the overall rank and score come from. */
  asOf: string;
  /** Date of the file the category figures come from (null when there are none). */
  categoriesAsOf: string | null;
  organization: string | null;
  license: string | null;
  /** Where the overall figure came from: 'arena-catalog' (raw Bradley-Terry) or 'leaderboard-csv' (rounded Arena Score). */
  scoreSource: 'arena-catalog' | 'leaderboard-csv';
}

export interface Modalities {
  input: string[];
  output: string[];
}

/** Where a displayed field came from: source, the source's own field name, snapshot date of the source file. */
export interface FieldProvenance {
  source: SourceName;
  field: string;
  asOf: string;
}

export const SOURCE_NAMES = [
  'openrouter',
  'openrouter-endpoints',
  'lmarena-ratings',
  'lmarena-leaderboard',
  'lmarena-keys',
  'lmarena-prices',
  'litellm',
  'modelsdev',
  'openrouter-usage',
] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];

export interface UsageFacts {
  tokens7d: number;
  tokens30d: number;
  rank7d: number | null;
  share7d: number | null;
  daysCovered7d: number;
  daysCovered30d: number;
  asOf: string;
  source: string;
}

export interface ProviderEndpoint {
  name: string;
  provider: string;
  tag: string | null;
  contextLength: number | null;
  maxCompletionTokens: number | null;
  quantization: string | null;
  pricing: Pricing;
  asOf: string;
}

export interface ModelRecord {
  /** Primary id: the OpenRouter id when the model is there, else "lmarena:<key>". Stable: it is the page URL. */
  id: string;
  name: string;
  /** Author / organization as a slug-like label (OpenRouter id prefix, or arena organization). */
  author: string | null;
  sourceType: SourceType;
  match: MatchInfo;
  ids: ModelIds;
  /** OpenRouter variant suffix (`free`, `beta`, `extended`, `thinking`, `exacto`) or null. */
  variant: string | null;
  description: string | null;
  contextLength: number | null;
  maxCompletionTokens: number | null;
  modalities: Modalities;
  /** null when the source does not list supported parameters (older catalogs). */
  supportedParameters: string[] | null;
  pricing: Pricing;
  /** Per-provider endpoints where the endpoints source has them. */
  endpoints: ProviderEndpoint[];
  arena: ArenaFacts | null;
  /** Other arenas (vision, image) the matched key is ranked in. */
  otherArenas: ArenaFacts[];
  usage: UsageFacts | null;
  license: string | null;
  /** true / false when a source says so; null when unknown. */
  openWeights: boolean | null;
  tokenizer: string | null;
  /** ISO date the model was added to OpenRouter (from `created`), or the earliest date a source knows. */
  created: string | null;
  knowledgeCutoff: string | null;
  /** Snapshot as-of date. */
  asOf: string;
  provenance: Record<string, FieldProvenance>;
}
