// Words the pages use for the domain's codes: source types, confidences, sources, price modes,
// arena categories. One table each, so every page names things the same way.

import type { Confidence, ExtraPriceMode, SourceName, SourceType } from '../../domain/model.ts';

export const SOURCE_TYPE_LABELS = {
  openrouter_only: 'OpenRouter only',
  arena_only: 'LMArena only',
  'openrouter+arena': 'OpenRouter + LMArena',
} as const satisfies Record<SourceType, string>;

export const CONFIDENCE_LABELS = {
  exact: 'Exact',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  unmatched: 'Unmatched',
} as const satisfies Record<Confidence, string>;

export const CONFIDENCE_MEANING = {
  exact: 'the ids or a reviewed override link the records directly',
  high: 'names, size and version tokens all agree',
  medium: 'names agree but a date or version token could not be confirmed',
  low: 'a plausible link with missing or conflicting evidence; check it before relying on it',
  unmatched: 'no record in another source was accepted as the same model',
} as const satisfies Record<Confidence, string>;

export const SOURCE_LABELS = {
  openrouter: 'OpenRouter catalog',
  'openrouter-endpoints': 'OpenRouter endpoints',
  'lmarena-ratings': 'LMArena ratings (arena-catalog)',
  'lmarena-leaderboard': 'LMArena leaderboard table',
  'lmarena-keys': 'LMArena model key table',
  'lmarena-prices': 'LMArena price table',
  litellm: 'LiteLLM price map',
  modelsdev: 'models.dev',
  'openrouter-usage': 'OpenRouter usage',
} as const satisfies Record<SourceName, string>;

export const SOURCE_HOME = {
  openrouter: 'https://openrouter.ai/models',
  'openrouter-endpoints': 'https://openrouter.ai/docs/api-reference/list-endpoints-for-a-model',
  'lmarena-ratings': 'https://github.com/lmarena/arena-catalog',
  'lmarena-leaderboard': 'https://lmarena.ai/leaderboard',
  'lmarena-keys': 'https://huggingface.co/spaces/lmarena-ai/chatbot-arena-leaderboard',
  'lmarena-prices': 'https://github.com/lmarena/arena-catalog',
  litellm: 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json',
  modelsdev: 'https://models.dev',
  'openrouter-usage': 'https://openrouter.ai/rankings',
} as const satisfies Record<SourceName, string>;

/** Extra price modes: label and unit ("tokens" modes are per 1M tokens). */
export const EXTRA_MODE_INFO = {
  request: { label: 'Per request', unit: 'request' },
  image: { label: 'Image input', unit: 'image' },
  audio: { label: 'Audio input', unit: 'tokens' },
  webSearch: { label: 'Web search', unit: 'search' },
  internalReasoning: { label: 'Reasoning tokens', unit: 'tokens' },
  cacheRead: { label: 'Cache read', unit: 'tokens' },
  cacheWrite: { label: 'Cache write', unit: 'tokens' },
} as const satisfies Record<ExtraPriceMode, { label: string; unit: string }>;

const CATEGORY_LABELS: Record<string, string> = {
  full: 'Overall',
  coding: 'Coding',
  math: 'Math',
  creative_writing: 'Creative writing',
  hard_6: 'Hard prompts',
  hard_english_6: 'Hard prompts (English)',
  if: 'Instruction following',
  long_user: 'Longer queries',
  multiturn: 'Multi-turn',
  no_refusal: 'Excluding refusals',
  no_short: 'Excluding short queries',
  no_tie: 'Excluding ties',
  english: 'English',
  chinese: 'Chinese',
  french: 'French',
  german: 'German',
  japanese: 'Japanese',
  korean: 'Korean',
  russian: 'Russian',
  spanish: 'Spanish',
};

/** A readable arena category name; unknown categories print their key with spaces. */
export function categoryLabel(key: string): string {
  return CATEGORY_LABELS[key] ?? key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  description: 'Description',
  contextLength: 'Context window',
  maxCompletionTokens: 'Max output tokens',
  modalities: 'Modalities',
  supportedParameters: 'Supported parameters',
  pricing: 'Pricing',
  'pricing.input': 'Input price',
  'pricing.output': 'Output price',
  arena: 'Arena rank and score',
  'arena.votes': 'Arena votes',
  usage: 'Usage',
  license: 'License',
  openWeights: 'Open weights',
  tokenizer: 'Tokenizer',
  created: 'Date added',
  knowledgeCutoff: 'Knowledge cutoff',
  author: 'Author',
  'ids.openrouter': 'OpenRouter id',
  'ids.canonicalSlug': 'Canonical slug',
  'ids.arena': 'Arena key',
  'ids.huggingFace': 'Hugging Face id',
  'ids.litellm': 'LiteLLM id',
  'ids.modelsDev': 'models.dev id',
};

/** A readable name for a provenance key such as `pricing.input` or `ids.arena`. */
export function fieldLabel(key: string): string {
  const known = FIELD_LABELS[key];
  if (known) return known;
  const mode = /^pricing\.(\w+)$/.exec(key)?.[1];
  if (mode && mode in EXTRA_MODE_INFO) return `${EXTRA_MODE_INFO[mode as ExtraPriceMode].label} price`;
  return key;
}
