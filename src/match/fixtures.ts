// Small hand-written matcher inputs for the tests: an OpenRouter model from its id, an arena key,
// a LiteLLM native price entry, and one-call matching.

import type { Pricing } from '../domain/model.ts';
import type { LiteLLMEntry, ModelsDevEntry, OpenRouterModel } from '../sources/types.ts';
import { matchModels } from './index.ts';
import type { ArenaCandidate, MatchOverride, MatchResult } from './types.ts';

export function pricing(input: number | null = null, output: number | null = null): Pricing {
  const priced = input !== null && output !== null;
  return {
    state: priced ? (input === 0 && output === 0 ? 'free' : 'priced') : 'unknown',
    inputPer1M: input,
    outputPer1M: output,
    extra: {},
    otherRaw: {},
  };
}

/** An OpenRouter model from its full id (`author/slug[:variant]`), with any field overridden. */
export function orModel(id: string, extra: Partial<OpenRouterModel> = {}): OpenRouterModel {
  const colon = id.indexOf(':');
  const baseId = colon === -1 ? id : id.slice(0, colon);
  const slash = baseId.indexOf('/');
  return {
    id,
    baseId,
    variant: colon === -1 ? null : id.slice(colon + 1),
    author: baseId.slice(0, slash),
    slug: baseId.slice(slash + 1),
    canonicalSlug: null,
    huggingFaceId: null,
    name: '',
    created: null,
    createdUnix: null,
    description: null,
    contextLength: null,
    maxCompletionTokens: null,
    topProviderContextLength: null,
    isModerated: null,
    modality: 'text->text',
    inputModalities: ['text'],
    outputModalities: ['text'],
    tokenizer: null,
    instructType: null,
    pricing: pricing(),
    supportedParameters: null,
    defaultParameters: null,
    expirationDate: null,
    knowledgeCutoff: null,
    ...extra,
  };
}

/** An arena key, ranked in the text arena unless `arenas` says otherwise. */
export function arenaKey(key: string, extra: Partial<ArenaCandidate> = {}): ArenaCandidate {
  return { key, displayNames: [], organization: null, arenas: ['text'], ...extra };
}

/** A LiteLLM entry listing a vendor-native id at a price (USD per 1M). */
export function litellmNative(nativeId: string, input: number, output: number): LiteLLMEntry {
  return {
    key: nativeId,
    provider: 'openai',
    mode: 'chat',
    nativeId,
    openrouterId: null,
    inputPer1M: input,
    outputPer1M: output,
    cacheReadPer1M: null,
    maxInputTokens: null,
    maxOutputTokens: null,
    supports: {},
    deprecationDate: null,
  };
}

export function modelsDevEntry(
  providerId: string,
  modelId: string,
  releaseDate: string | null,
): ModelsDevEntry {
  return {
    providerId,
    modelId,
    name: null,
    family: null,
    releaseDate,
    lastUpdated: null,
    knowledge: null,
    openWeights: null,
    reasoning: null,
    toolCall: null,
    inputPer1M: null,
    outputPer1M: null,
    cacheReadPer1M: null,
    cacheWritePer1M: null,
    contextLimit: null,
    outputLimit: null,
    inputModalities: [],
    outputModalities: [],
  };
}

export interface MatchSetup {
  litellm?: LiteLLMEntry[];
  modelsDev?: ModelsDevEntry[];
  overrides?: MatchOverride[] | null;
}

/** Match some models against some keys; results by OpenRouter id. */
export function matchAll(
  models: OpenRouterModel[],
  keys: ArenaCandidate[],
  setup: MatchSetup = {},
): Map<string, MatchResult> {
  const results = matchModels({
    openrouter: models,
    arena: keys,
    litellm: setup.litellm ?? [],
    modelsDev: setup.modelsDev ?? [],
    overrides: setup.overrides ?? null,
  });
  return new Map(results.map((r) => [r.openrouterId, r]));
}

/** Match one model; the arena keys are given by name. */
export function matchOne(
  model: OpenRouterModel,
  keys: (string | ArenaCandidate)[],
  setup: MatchSetup = {},
): MatchResult {
  const candidates = keys.map((k) => (typeof k === 'string' ? arenaKey(k) : k));
  return matchAll([model], candidates, setup).get(model.id)!;
}
