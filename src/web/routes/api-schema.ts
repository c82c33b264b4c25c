// The API's response shapes as zod schemas, for the OpenAPI description only (responses are built
// from trusted catalog data, not parsed). A compile-time check keeps them equal to the domain types.

import { z } from 'zod';
import type { Change, HistoryPoint, RawSourceRecord } from '../../catalog/types.ts';
import { CHANGE_KINDS } from '../../catalog/types.ts';
import {
  CONFIDENCES,
  type ModelRecord,
  PRICING_STATES,
  SOURCE_NAMES,
  SOURCE_TYPES,
} from '../../domain/model.ts';

const nullableNumber = z.number().nullable();
const nullableString = z.string().nullable();

const Pricing = z.object({
  state: z.enum(PRICING_STATES),
  inputPer1M: nullableNumber.describe('USD per 1M input tokens; 0 when free; null when variable or unknown.'),
  outputPer1M: nullableNumber,
  extra: z
    .object({
      request: nullableNumber.optional(),
      image: nullableNumber.optional(),
      audio: nullableNumber.optional(),
      webSearch: nullableNumber.optional(),
      internalReasoning: nullableNumber.optional(),
      cacheRead: nullableNumber.optional(),
      cacheWrite: nullableNumber.optional(),
    })
    .describe(
      'Extra price modes: token modes per 1M tokens, request/image/webSearch per unit; null = variable.',
    ),
  otherRaw: z.record(z.string(), z.string()),
});

const ArenaScore = z.object({ rank: z.number(), score: z.number(), ciLow: z.number(), ciHigh: z.number() });

const ArenaFacts = z.object({
  arena: z.string(),
  key: z.string(),
  displayName: nullableString,
  rank: z.number().describe('Rank (UB): 1 + the models whose lower 95% bound is above this upper bound.'),
  of: z.number(),
  score: z.number(),
  ciLow: z.number(),
  ciHigh: z.number(),
  votes: nullableNumber,
  votesAsOf: nullableString,
  styleControl: ArenaScore.extend({ of: z.number(), asOf: z.string() }).nullable(),
  categories: z.record(z.string(), ArenaScore.extend({ of: z.number() })),
  asOf: z.string(),
  categoriesAsOf: nullableString,
  organization: nullableString,
  license: nullableString,
  scoreSource: z.enum(['arena-catalog', 'leaderboard-csv']),
});

const Provenance = z.object({ source: z.enum(SOURCE_NAMES), field: z.string(), asOf: z.string() });

export const ModelRecordSchema = z.object({
  id: z.string().describe('Primary id: the OpenRouter id, or "lmarena:<key>" for arena-only models.'),
  name: z.string(),
  author: nullableString,
  sourceType: z.enum(SOURCE_TYPES),
  match: z.object({
    confidence: z.enum(CONFIDENCES),
    score: z.number(),
    evidence: z.array(z.string()),
    variantKeys: z.array(z.string()),
    alternatives: z.array(z.object({ arenaKey: z.string(), score: z.number(), whyRejected: z.string() })),
    override: z
      .object({
        decision: z.enum(['same', 'different']),
        arenaKey: z.string(),
        reason: z.string(),
        reviewed: z.string(),
      })
      .nullable(),
  }),
  ids: z.object({
    openrouter: nullableString,
    canonicalSlug: nullableString,
    arena: nullableString,
    huggingFace: nullableString,
    litellm: nullableString,
    modelsDev: nullableString,
  }),
  variant: nullableString,
  description: nullableString,
  contextLength: nullableNumber,
  maxCompletionTokens: nullableNumber,
  modalities: z.object({ input: z.array(z.string()), output: z.array(z.string()) }),
  supportedParameters: z.array(z.string()).nullable(),
  pricing: Pricing,
  endpoints: z.array(
    z.object({
      name: z.string(),
      provider: z.string(),
      tag: nullableString,
      contextLength: nullableNumber,
      maxCompletionTokens: nullableNumber,
      quantization: nullableString,
      pricing: Pricing,
      asOf: z.string(),
    }),
  ),
  arena: ArenaFacts.nullable(),
  otherArenas: z.array(ArenaFacts),
  usage: z
    .object({
      tokens7d: z.number(),
      tokens30d: z.number(),
      rank7d: nullableNumber,
      share7d: nullableNumber,
      daysCovered7d: z.number(),
      daysCovered30d: z.number(),
      asOf: z.string(),
      source: z.string(),
    })
    .nullable(),
  license: nullableString,
  openWeights: z.boolean().nullable(),
  tokenizer: nullableString,
  created: nullableString,
  knowledgeCutoff: nullableString,
  asOf: z.string(),
  provenance: z.record(z.string(), Provenance),
});

export const HistoryPointSchema = z.object({
  snapshotId: z.number(),
  asOf: z.string(),
  pricingState: z.enum(PRICING_STATES),
  inputPer1M: nullableNumber,
  outputPer1M: nullableNumber,
  contextLength: nullableNumber,
  arenaRank: nullableNumber,
  arenaScore: nullableNumber,
  arenaAsOf: nullableString,
  arenaOf: nullableNumber,
});

const SnapshotRef = z.object({ snapshotId: z.number(), asOf: z.string() });

export const ChangeSchema = z.object({
  kind: z.enum(CHANGE_KINDS),
  modelId: z.string(),
  name: z.string(),
  from: SnapshotRef,
  to: SnapshotRef,
  field: nullableString,
  before: z.union([z.number(), z.string()]).nullable(),
  after: z.union([z.number(), z.string()]).nullable(),
  pct: nullableNumber,
});

export const RawSourceRecordSchema = z.object({
  source: z.enum(SOURCE_NAMES),
  recordId: z.string(),
  asOf: z.string(),
  location: z.string(),
  raw: z.unknown(),
});

// Compile-time guard: each schema and its domain type must describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(_: T[]) => undefined;
agree<
  | Same<z.infer<typeof ModelRecordSchema>, ModelRecord>
  | Same<z.infer<typeof HistoryPointSchema>, HistoryPoint>
  | Same<z.infer<typeof ChangeSchema>, Change>
>([]);
agree<Same<z.infer<typeof RawSourceRecordSchema>, RawSourceRecord>>([]);
