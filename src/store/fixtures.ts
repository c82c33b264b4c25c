// Hand-built model records and snapshot drafts for tests: complete, plain, and easy to vary.

import type { SnapshotInput } from '../catalog/types.ts';
import type { ArenaFacts, ModelRecord, Pricing } from '../domain/model.ts';
import type { SnapshotDraft } from './types.ts';

/** Token prices in USD per 1M; `null` makes the price unknown. */
export function makePricing(inputPer1M: number | null, outputPer1M: number | null): Pricing {
  const state = inputPer1M === null ? 'unknown' : inputPer1M === 0 && outputPer1M === 0 ? 'free' : 'priced';
  return { state, inputPer1M, outputPer1M, extra: {}, otherRaw: {} };
}

export function makeArena(overrides: Partial<ArenaFacts> = {}): ArenaFacts {
  return {
    arena: 'text',
    key: 'glm-4-plus',
    displayName: 'GLM-4-Plus',
    rank: 12,
    of: 210,
    score: 1274.52,
    ciLow: 1268.1,
    ciHigh: 1280.9,
    votes: 27812,
    votesAsOf: '2025-05-20',
    styleControl: null,
    categories: { coding: { rank: 9, of: 190, score: 1290.3, ciLow: 1281, ciHigh: 1299.6 } },
    asOf: '2025-05-20',
    categoriesAsOf: '2025-05-20',
    organization: 'Zhipu AI',
    license: 'Proprietary',
    scoreSource: 'arena-catalog',
    ...overrides,
  };
}

/** A full OpenRouter-only record for `z-ai/glm-4-32b`; pass overrides for anything else. */
export function makeRecord(overrides: Partial<ModelRecord> = {}): ModelRecord {
  const id = overrides.id ?? 'z-ai/glm-4-32b';
  return {
    id,
    name: 'Z.ai: GLM 4 32B',
    author: id.split('/')[0] ?? null,
    sourceType: 'openrouter_only',
    match: {
      confidence: 'unmatched',
      score: 0,
      evidence: [],
      variantKeys: [],
      alternatives: [],
      override: null,
    },
    ids: {
      openrouter: id,
      canonicalSlug: `${id}-0414`,
      arena: null,
      huggingFace: null,
      litellm: null,
      modelsDev: null,
    },
    variant: null,
    description: 'GLM 4 32B is a cost-effective foundation language model.',
    contextLength: 128000,
    maxCompletionTokens: null,
    modalities: { input: ['text'], output: ['text'] },
    supportedParameters: ['max_tokens', 'temperature', 'tools'],
    pricing: makePricing(0.1, 0.1),
    endpoints: [],
    arena: null,
    otherArenas: [],
    usage: null,
    license: null,
    openWeights: null,
    tokenizer: 'Other',
    created: '2025-07-24',
    knowledgeCutoff: null,
    asOf: '2025-07-29',
    provenance: { contextLength: { source: 'openrouter', field: 'context_length', asOf: '2025-07-29' } },
    ...overrides,
  };
}

export function makeInput(overrides: Partial<SnapshotInput> = {}): SnapshotInput {
  return {
    kind: 'openrouter.models',
    location: 'openrouter/openrouter_models_2025-07-29.json',
    date: '2025-07-29',
    sha256: 'a'.repeat(64),
    bytes: 1024,
    records: 1,
    rejected: 0,
    partial: false,
    meta: {},
    ...overrides,
  };
}

/** A one-input draft whose raw records are the OpenRouter entries of its records. */
export function makeDraft(overrides: Partial<SnapshotDraft> = {}): SnapshotDraft {
  const records = overrides.records ?? [makeRecord()];
  const input = makeInput({ records: records.length });
  return {
    asOf: '2025-07-29',
    mode: 'replay',
    createdAt: '2025-07-30T08:00:00.000Z',
    inputs: [input],
    records,
    rejections: [],
    raw: records.map((r) => ({
      inputSha256: input.sha256,
      source: 'openrouter',
      recordId: r.id,
      raw: { id: r.id, name: r.name },
    })),
    ...overrides,
  };
}
