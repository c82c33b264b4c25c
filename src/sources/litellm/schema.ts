// The part of a LiteLLM price-map entry this project reads. Everything else stays in the raw record.

import { z } from 'zod';

/** USD per token, as a JSON number (`2.5e-06`); a string or a negative value is a broken entry. */
const CostPerToken = z.number().nonnegative().nullish();
/** A token count: a non-negative whole number (`2000000.0` in the JSON is whole). */
const TokenCount = z.number().int().nonnegative().nullish();

export const LiteLLMEntrySchema = z.looseObject({
  litellm_provider: z.string().nullish(),
  mode: z.string().nullish(),
  input_cost_per_token: CostPerToken,
  output_cost_per_token: CostPerToken,
  cache_read_input_token_cost: CostPerToken,
  max_input_tokens: TokenCount,
  max_output_tokens: TokenCount,
  max_tokens: TokenCount,
  deprecation_date: z.string().nullish(),
});
export type LiteLLMEntrySchema = z.infer<typeof LiteLLMEntrySchema>;

/** Top-level keys that are not models. */
export const NON_MODEL_KEYS = ['sample_spec', 'last_updated'] as const;
