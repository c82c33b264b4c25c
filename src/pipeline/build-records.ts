// Assemble one record per model from the parsed sources and the match decisions.
// Pure: every field gets its value and its provenance (source, the source's field name, file date).

import type {
  ArenaFacts,
  FieldProvenance,
  MatchInfo,
  ModelRecord,
  ProviderEndpoint,
  SourceName,
  UsageFacts,
} from '../domain/model.ts';
import { pricingFromPer1M, UNKNOWN_PRICING } from '../domain/price.ts';
import type { ArenaCandidate, MatchResult } from '../match/types.ts';
import type {
  ArenaPriceEntry,
  LiteLLMEntry,
  ModelsDevEntry,
  OpenRouterEndpoints,
  OpenRouterModel,
} from '../sources/types.ts';

/** What the arena sources say about one key, as the arena index gives it. */
export interface ArenaLookup {
  candidates: ArenaCandidate[];
  facts(key: string): { arena: ArenaFacts | null; otherArenas: ArenaFacts[] };
}

export interface RecordInputs {
  asOf: string;
  openrouter: { models: OpenRouterModel[]; asOf: string } | null;
  endpoints: { data: OpenRouterEndpoints; asOf: string }[];
  arena: ArenaLookup;
  arenaPrices: { entries: ArenaPriceEntry[]; asOf: string } | null;
  litellm: { entries: LiteLLMEntry[]; asOf: string } | null;
  modelsDev: { entries: ModelsDevEntry[]; asOf: string } | null;
  matches: MatchResult[];
  /** Usage facts per OpenRouter id, when a usage source is present. */
  usage: Map<string, UsageFacts> | null;
}

const UNMATCHED: MatchInfo = {
  confidence: 'unmatched',
  score: 0,
  evidence: [],
  variantKeys: [],
  alternatives: [],
  override: null,
};

/** Licenses that say the weights are not published. */
const CLOSED_LICENSE = /^(proprietary|closed)/i;

export function buildRecords(input: RecordInputs): ModelRecord[] {
  const matchById = new Map(input.matches.map((m) => [m.openrouterId, m]));
  const endpointsById = new Map(input.endpoints.map((e) => [e.data.modelId, e]));
  const litellmByOpenRouter = new Map<string, LiteLLMEntry>();
  const litellmByKey = new Map<string, LiteLLMEntry>();
  for (const e of input.litellm?.entries ?? []) {
    litellmByKey.set(e.key, e);
    if (e.openrouterId && !litellmByOpenRouter.has(e.openrouterId))
      litellmByOpenRouter.set(e.openrouterId, e);
  }
  const modelsDevByOpenRouter = new Map<string, ModelsDevEntry>();
  const modelsDevById = new Map<string, ModelsDevEntry>();
  for (const e of input.modelsDev?.entries ?? []) {
    modelsDevById.set(`${e.providerId}/${e.modelId}`, e);
    if (e.providerId === 'openrouter') modelsDevByOpenRouter.set(e.modelId, e);
  }
  const arenaPriceByKey = new Map((input.arenaPrices?.entries ?? []).map((e) => [e.key, e]));

  const records: ModelRecord[] = [];
  const claimedKeys = new Set<string>();

  for (const m of input.openrouter?.models ?? []) {
    const orAsOf = input.openrouter!.asOf;
    const match = matchById.get(m.id);
    const prov: Record<string, FieldProvenance> = {};
    const from = (source: SourceName, field: string, asOf: string): FieldProvenance => ({
      source,
      field,
      asOf,
    });
    prov.name = from('openrouter', 'name', orAsOf);
    prov.author = from('openrouter', 'id', orAsOf);
    prov.description = from('openrouter', 'description', orAsOf);
    prov.contextLength = from('openrouter', 'context_length', orAsOf);
    prov.maxCompletionTokens = from('openrouter', 'top_provider.max_completion_tokens', orAsOf);
    prov.modalities = from('openrouter', 'architecture.input_modalities', orAsOf);
    prov.supportedParameters = from('openrouter', 'supported_parameters', orAsOf);
    prov.pricing = from('openrouter', 'pricing', orAsOf);
    prov.tokenizer = from('openrouter', 'architecture.tokenizer', orAsOf);
    prov.created = from('openrouter', 'created', orAsOf);
    prov['ids.openrouter'] = from('openrouter', 'id', orAsOf);
    if (m.canonicalSlug) prov['ids.canonicalSlug'] = from('openrouter', 'canonical_slug', orAsOf);
    if (m.huggingFaceId) prov['ids.huggingFace'] = from('openrouter', 'hugging_face_id', orAsOf);

    const arenaKey = match?.arenaKey ?? null;
    let arena: ArenaFacts | null = null;
    let otherArenas: ArenaFacts[] = [];
    if (arenaKey) {
      ({ arena, otherArenas } = input.arena.facts(arenaKey));
      claimedKeys.add(arenaKey);
      for (const v of match?.variantKeys ?? []) claimedKeys.add(v);
      if (arena) addArenaProvenance(prov, arena);
    }

    const litellm =
      litellmByOpenRouter.get(m.id) ??
      litellmByOpenRouter.get(m.baseId) ??
      (match?.bridges.litellm ? litellmByKey.get(match.bridges.litellm) : undefined);
    if (litellm && input.litellm) prov['ids.litellm'] = from('litellm', 'key', input.litellm.asOf);
    const modelsDev =
      modelsDevByOpenRouter.get(m.id) ??
      modelsDevByOpenRouter.get(m.baseId) ??
      (match?.bridges.modelsDev ? modelsDevById.get(match.bridges.modelsDev) : undefined);
    if (modelsDev && input.modelsDev) prov['ids.modelsDev'] = from('modelsdev', 'id', input.modelsDev.asOf);

    const endpoints = endpointsById.get(m.id) ?? endpointsById.get(m.baseId);
    if (endpoints) prov.endpoints = from('openrouter-endpoints', 'endpoints', endpoints.asOf);

    const license = arena?.license ?? null;
    const openWeights = deriveOpenWeights(modelsDev, license, m.huggingFaceId, prov, input, arena);

    let knowledgeCutoff = m.knowledgeCutoff;
    if (knowledgeCutoff) prov.knowledgeCutoff = from('openrouter', 'knowledge_cutoff', orAsOf);
    else if (modelsDev?.knowledge && input.modelsDev) {
      knowledgeCutoff = modelsDev.knowledge;
      prov.knowledgeCutoff = from('modelsdev', 'knowledge', input.modelsDev.asOf);
    }

    const usage = input.usage?.get(m.id) ?? null;
    if (usage) prov.usage = from('openrouter-usage', 'total_tokens', usage.asOf);

    records.push({
      id: m.id,
      name: m.name,
      author: m.author,
      sourceType: arenaKey ? 'openrouter+arena' : 'openrouter_only',
      match: match ? toMatchInfo(match) : UNMATCHED,
      ids: {
        openrouter: m.id,
        canonicalSlug: m.canonicalSlug,
        arena: arenaKey,
        huggingFace: m.huggingFaceId,
        litellm: litellm?.key ?? null,
        modelsDev: modelsDev ? `${modelsDev.providerId}/${modelsDev.modelId}` : null,
      },
      variant: m.variant,
      description: m.description,
      contextLength: m.contextLength,
      maxCompletionTokens: m.maxCompletionTokens,
      modalities: { input: m.inputModalities, output: m.outputModalities },
      supportedParameters: m.supportedParameters,
      pricing: m.pricing,
      endpoints: endpoints ? toProviderEndpoints(endpoints.data, endpoints.asOf) : [],
      arena,
      otherArenas,
      usage,
      license,
      openWeights,
      tokenizer: m.tokenizer,
      created: m.created,
      knowledgeCutoff,
      asOf: input.asOf,
      provenance: prov,
    });
  }

  // Arena keys nobody matched still get a page, so older or arena-exclusive models are findable.
  // Aliases (two keys for one display name) ranked by the same leaderboard row get one page.
  const emitted = new Map<string, ModelRecord>();
  const factsSignature = (f: ArenaFacts) =>
    `${f.arena}|${f.asOf}|${f.scoreSource}|${f.displayName}|${f.score}|${f.rank}`;
  const signatureOfKey = new Map<string, string>();
  for (const key of claimedKeys) {
    const f = input.arena.facts(key).arena;
    if (f) signatureOfKey.set(key, factsSignature(f));
  }
  for (const candidate of input.arena.candidates) {
    if (claimedKeys.has(candidate.key)) continue;
    const { arena, otherArenas } = input.arena.facts(candidate.key);
    const primary = arena ?? otherArenas[0] ?? null;
    if (!primary) continue; // listed in a key table but ranked nowhere in this snapshot
    const signature = factsSignature(primary);
    const twin = (candidate.aliases ?? []).find((a) => signatureOfKey.get(a) === signature);
    if (twin) {
      emitted
        .get(twin)
        ?.match.evidence.push(`The arena also lists this model under the alias key ${candidate.key}.`);
      continue;
    }
    signatureOfKey.set(candidate.key, signature);
    const prov: Record<string, FieldProvenance> = {};
    addArenaProvenance(prov, primary);
    prov['ids.arena'] = { source: sourceOfArena(primary), field: 'key', asOf: primary.asOf };
    const priceEntry = arenaPriceByKey.get(candidate.key);
    let pricing = UNKNOWN_PRICING;
    if (priceEntry && input.arenaPrices) {
      pricing = pricingFromPer1M(priceEntry.inputPer1M, priceEntry.outputPer1M);
      prov.pricing = { source: 'lmarena-prices', field: 'input_token_price', asOf: input.arenaPrices.asOf };
    }
    const name = primary.displayName ?? candidate.displayNames[0] ?? candidate.key;
    prov.name = { source: sourceOfArena(primary), field: 'model', asOf: primary.asOf };
    const license = primary.license ?? priceEntry?.license ?? null;
    records.push({
      id: `lmarena:${candidate.key}`,
      name,
      author: primary.organization ?? candidate.organization ?? priceEntry?.organization ?? null,
      sourceType: 'arena_only',
      match: {
        ...UNMATCHED,
        evidence: ['No OpenRouter model in this snapshot matched this arena key.'],
      },
      ids: {
        openrouter: null,
        canonicalSlug: null,
        arena: candidate.key,
        huggingFace: null,
        litellm: null,
        modelsDev: null,
      },
      variant: null,
      description: null,
      contextLength: null,
      maxCompletionTokens: null,
      modalities: { input: [], output: [] },
      supportedParameters: null,
      pricing,
      endpoints: [],
      arena: primary,
      otherArenas: arena ? otherArenas : otherArenas.slice(1),
      usage: null,
      license,
      openWeights: license === null ? null : !CLOSED_LICENSE.test(license),
      tokenizer: null,
      created: null,
      knowledgeCutoff: null,
      asOf: input.asOf,
      provenance: prov,
    });
    emitted.set(candidate.key, records[records.length - 1]!);
  }
  return records.sort((a, b) => a.id.localeCompare(b.id));
}

function sourceOfArena(facts: ArenaFacts): SourceName {
  return facts.scoreSource === 'arena-catalog' ? 'lmarena-ratings' : 'lmarena-leaderboard';
}

function addArenaProvenance(prov: Record<string, FieldProvenance>, arena: ArenaFacts): void {
  const source = sourceOfArena(arena);
  prov.arena = {
    source,
    field: source === 'lmarena-ratings' ? 'full.rating' : 'arena_score',
    asOf: arena.asOf,
  };
  if (arena.votes !== null && arena.votesAsOf)
    prov['arena.votes'] = { source: 'lmarena-leaderboard', field: 'votes', asOf: arena.votesAsOf };
  if (arena.styleControl)
    prov['arena.styleControl'] = {
      source: 'lmarena-ratings',
      field: 'full.rating',
      asOf: arena.styleControl.asOf,
    };
  if (arena.categoriesAsOf)
    prov['arena.categories'] = {
      source: 'lmarena-ratings',
      field: '<category>.rating',
      asOf: arena.categoriesAsOf,
    };
  if (arena.license) prov.license = { source, field: 'license', asOf: arena.asOf };
}

function deriveOpenWeights(
  modelsDev: ModelsDevEntry | undefined,
  license: string | null,
  huggingFaceId: string | null,
  prov: Record<string, FieldProvenance>,
  input: RecordInputs,
  arena: ArenaFacts | null,
): boolean | null {
  if (modelsDev && modelsDev.openWeights !== null && input.modelsDev) {
    prov.openWeights = { source: 'modelsdev', field: 'open_weights', asOf: input.modelsDev.asOf };
    return modelsDev.openWeights;
  }
  if (license && arena) {
    prov.openWeights = { source: sourceOfArena(arena), field: 'license', asOf: arena.asOf };
    return !CLOSED_LICENSE.test(license);
  }
  if (huggingFaceId && input.openrouter) {
    // A Hugging Face repository id means published weights.
    prov.openWeights = { source: 'openrouter', field: 'hugging_face_id', asOf: input.openrouter.asOf };
    return true;
  }
  return null;
}

function toMatchInfo(m: MatchResult): MatchInfo {
  return {
    confidence: m.confidence,
    score: m.score,
    evidence: m.evidence,
    variantKeys: m.variantKeys,
    alternatives: m.alternatives,
    override: m.override,
    ...(m.algorithm ? { algorithm: m.algorithm } : {}),
  };
}

function toProviderEndpoints(data: OpenRouterEndpoints, asOf: string): ProviderEndpoint[] {
  return data.endpoints.map((e) => ({
    name: e.name,
    provider: e.providerName,
    tag: e.tag,
    contextLength: e.contextLength,
    maxCompletionTokens: e.maxCompletionTokens,
    quantization: e.quantization,
    pricing: e.pricing,
    asOf,
  }));
}
