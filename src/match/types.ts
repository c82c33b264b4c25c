// The matcher's contract: OpenRouter models in, one decision per OpenRouter id out.
// Pure data; the matcher does no I/O.

import type { AlgorithmMatch, Confidence, MatchAlternative, MatchOverrideApplied } from '../domain/model.ts';
import type { LiteLLMEntry, ModelsDevEntry, OpenRouterModel } from '../sources/types.ts';

/** An arena key that can be matched, with what the arena sources say about it. */
export interface ArenaCandidate {
  key: string;
  /** Display names seen for this key (key table, leaderboard CSV, price file). */
  displayNames: string[];
  organization: string | null;
  /** Arenas the key is ranked in (text, vision, image). */
  arenas: string[];
  /** Other keys sharing this key's key-table display name (`chatgpt-4o-latest` ↔ `chatgpt-4o-latest-20240808`). */
  aliases?: string[];
  /** True when no arena file names this key: it was made from a leaderboard display name (a slug of it). */
  keySynthesized?: boolean;
}

/** A reviewed manual decision. `same` forces a link, `different` forbids one. */
export interface MatchOverride {
  openrouterId: string;
  arenaKey: string;
  decision: 'same' | 'different';
  reason: string;
  /** ISO date of the review. */
  reviewed: string;
}

export interface MatchInput {
  openrouter: OpenRouterModel[];
  arena: ArenaCandidate[];
  litellm: LiteLLMEntry[];
  modelsDev: ModelsDevEntry[];
  /** null runs the algorithm alone (`--no-overrides`). */
  overrides: MatchOverride[] | null;
}

export interface MatchResult {
  openrouterId: string;
  arenaKey: string | null;
  /** Arena keys that are variants of the same model (thinking budgets, precision, effort). */
  variantKeys: string[];
  confidence: Confidence;
  score: number;
  evidence: string[];
  alternatives: MatchAlternative[];
  override: MatchOverrideApplied | null;
  /** What the algorithm alone decided, when an override changed it (filled by the pipeline). */
  algorithm?: AlgorithmMatch | null;
  /** Bridge ids that supported the decision, when found. */
  bridges: { litellm: string | null; modelsDev: string | null };
}

export type MatchModels = (input: MatchInput) => MatchResult[];
