// Name normalization: one model name (an OpenRouter slug, an arena key, a display name, a Hugging Face
// repo) → classified tokens and the facts they state. Separators, case, `qwen2.5` vs `qwen-2.5`,
// `3-5` vs `3.5`, `v1` vs `v1.0` and a leading vendor word all normalize away; what is left is the
// family words, versions, sizes, dates, stage, tuning and mode of the model.

import type { PartialDate } from './dates.ts';
import { type SizeKind, type Token, type TokenKind, tokenize } from './tokens.ts';

export { normalizeVersion, SIZE_KINDS, type SizeKind, type Token, type TokenKind } from './tokens.ts';

export interface NameFacts {
  raw: string;
  tokens: Token[];
  /** Family words, names and bare numbers, sorted: the words two names must share. */
  core: string[];
  versions: Token[];
  sizes: Record<SizeKind, string[]>;
  contexts: string[];
  dates: PartialDate[];
  revisions: string[];
  stages: string[];
  latest: boolean;
  instruct: boolean;
  base: boolean;
  thinking: 'on' | 'off' | null;
  effort: string | null;
  precision: string | null;
  /** The naming tokens in order: equal sequences are one id spelled two ways. */
  sequence: string;
}
const NAMING = new Set<TokenKind>(['word', 'name', 'number']);

function textsOf(byKind: Map<TokenKind, Token[]>, kind: TokenKind): string[] {
  return (byKind.get(kind) ?? []).map((t) => t.text);
}

/** Names repeat across models and runs (variants share a slug, display names recur); results are never mutated. */
const CACHE = new Map<string, NameFacts>();
const CACHE_LIMIT = 20_000;

/** Analyze one name. */
export function analyzeName(raw: string): NameFacts {
  const hit = CACHE.get(raw);
  if (hit) return hit;
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  const facts = analyze(raw);
  CACHE.set(raw, facts);
  return facts;
}

function analyze(raw: string): NameFacts {
  const tokens = tokenize(raw);
  const byKind = new Map<TokenKind, Token[]>();
  const core: string[] = [];
  const sequence: string[] = [];
  const dates: PartialDate[] = [];
  let base = false;
  for (const t of tokens) {
    if (t.kind === 'date' && t.date) dates.push(t.date);
    if (t.kind === 'base') base = true;
    if (t.aside || t.kind === 'vendor' || t.kind === 'ignored') continue;
    const list = byKind.get(t.kind);
    if (list) list.push(t);
    else byKind.set(t.kind, [t]);
    if (NAMING.has(t.kind)) core.push(t.text);
    sequence.push(`${t.kind}:${t.text}`);
  }
  const texts = textsOf.bind(null, byKind);
  return {
    raw,
    tokens,
    core: core.sort(),
    versions: byKind.get('version') ?? [],
    sizes: {
      size: texts('size'),
      active: texts('active'),
      effective: texts('effective'),
      moe: texts('moe'),
      experts: texts('experts'),
    },
    contexts: texts('context'),
    // Dates in parentheses count: `Claude 3.5 Haiku (2024-10-22)` states its snapshot there.
    dates,
    revisions: texts('revision'),
    stages: [...new Set(texts('stage'))],
    latest: byKind.has('latest'),
    instruct: byKind.has('instruct'),
    base,
    thinking: byKind.has('thinking') ? 'on' : byKind.has('nothinking') ? 'off' : null,
    effort: texts('effort')[0] ?? null,
    precision: texts('precision')[0] ?? null,
    sequence: sequence.join(' '),
  };
}
