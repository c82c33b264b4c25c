// The part of a models.dev provider and model this project reads (the api.json shape, converted
// from the TOML tree). Everything else stays in the raw record.

import { z } from 'zod';

/** USD per 1M tokens, already (models.dev writes per-1M figures). */
const CostPer1M = z.number().nonnegative().nullish();
const TokenCount = z.number().int().nonnegative().nullish();
const DateText = z.string().nullish();

export const ModelsDevProviderSchema = z.looseObject({
  id: z.string().nullish(),
  name: z.string().nullish(),
  env: z.array(z.string()).nullish(),
  npm: z.string().nullish(),
  api: z.string().nullish(),
  doc: z.string().nullish(),
  models: z.record(z.string(), z.unknown()),
});
export type ModelsDevProviderSchema = z.infer<typeof ModelsDevProviderSchema>;

export const ModelsDevModelSchema = z.looseObject({
  id: z.string().nullish(),
  name: z.string().nullish(),
  family: z.string().nullish(),
  release_date: DateText,
  last_updated: DateText,
  knowledge: DateText,
  open_weights: z.boolean().nullish(),
  reasoning: z.boolean().nullish(),
  tool_call: z.boolean().nullish(),
  cost: z
    .looseObject({
      input: CostPer1M,
      output: CostPer1M,
      cache_read: CostPer1M,
      cache_write: CostPer1M,
    })
    .nullish(),
  limit: z.looseObject({ context: TokenCount, output: TokenCount }).nullish(),
  modalities: z
    .looseObject({
      input: z.array(z.string()).nullish(),
      output: z.array(z.string()).nullish(),
    })
    .nullish(),
});
export type ModelsDevModelSchema = z.infer<typeof ModelsDevModelSchema>;
