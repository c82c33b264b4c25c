// The outcome of comparing one OpenRouter model with one arena key, built up rule by rule:
// conflicts (any one rejects the pair), evidence lines, and a penalty for every way the two names
// differ without contradicting each other. The score is 1 minus the penalty.

import type { ArenaView } from './views.ts';

/** What the comparison rules may ask about the rest of the arena. */
export interface MatchContext {
  /** Other keys of the same model (family words, versions, sizes) that carry a date. */
  datedSiblings(view: ArenaView): ArenaView[];
  /** Ranked keys of the same model line (family words and versions) in any size. */
  family(view: ArenaView): ArenaView[];
  /** Ranked keys of the same model (family words, versions, sizes) marked with a release stage. */
  stagedSiblings(view: ArenaView): ArenaView[];
  /** Every version written by keys with these family words (to tell `2` from `2.0` and `2.1`). */
  familyVersions(core: readonly string[]): string[];
  /** LiteLLM list prices under a vendor-native id equal to this key. */
  nativePrices(key: string): { id: string; input: number; output: number }[];
}

/** How an undated OpenRouter id was tied to this dated key. */
export interface PairPin {
  how: 'exact' | 'window' | 'latest' | 'unpinned';
  from: string;
  days: number;
}

export interface PairResult {
  view: ArenaView;
  ok: boolean;
  conflicts: string[];
  evidence: string[];
  penalty: number;
  /** The slug and the key are the same id (after normalization). */
  identical: boolean;
  pin: PairPin | null;
  /** A LiteLLM id whose list price agrees with OpenRouter's, when one was checked. */
  priceBridge: string | null;
  /** How near a rejected key is, to rank near misses (1 for compatible pairs). */
  closeness: number;
}

export class Pair {
  readonly conflicts: string[] = [];
  readonly evidence: string[] = [];
  penalty = 0;
  pin: PairPin | null = null;
  priceBridge: string | null = null;
  /** A date both sides state agrees: a stage, version or size one side leaves out may pass. */
  datesAgree = false;

  constructor(readonly view: ArenaView) {}

  get ok(): boolean {
    return this.conflicts.length === 0;
  }

  conflict(text: string): void {
    this.conflicts.push(text);
  }

  note(text: string): void {
    this.evidence.push(text);
  }

  /** A difference that does not contradict: noted, and it lowers the score. */
  soft(text: string, penalty: number): void {
    this.evidence.push(text);
    this.penalty += penalty;
  }

  result(identical: boolean, closeness: number): PairResult {
    return {
      view: this.view,
      ok: this.ok,
      conflicts: this.conflicts,
      evidence: this.evidence,
      penalty: Math.round(this.penalty * 1000) / 1000,
      identical: this.ok && identical,
      pin: this.pin,
      priceBridge: this.priceBridge,
      closeness,
    };
  }
}

export const list = (xs: readonly string[]): string => xs.join(', ');
export const article = (word: string): string => (/^[aeiou]/.test(word) ? 'an' : 'a');
export const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;
