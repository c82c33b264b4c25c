// The upstream shapes of OpenRouter's /models and /models/{id}/endpoints payloads, validated once here.
//
// Required (a record without them is rejected): `id`, `name` (non-empty once trimmed), a `pricing`
// object, and the `context_length` key (null tolerated: it means unknown). Every other field we read is
// optional, because the catalog grew over time: `canonical_slug`, `hugging_face_id` and
// `supported_parameters` are absent in 2025-04; `default_parameters` before 2025-12; `expiration_date`,
// `knowledge_cutoff`, `links`, `supported_voices` before 2026. An optional field that is present with
// the wrong type still rejects the record: we would rather list a record as rejected than guess.
// Fields we do not read (`per_request_limits`, `links`, `supported_voices`, anything new) are not
// validated; the record is kept verbatim in Parsed.raw. Price values are checked by the price reader
// (src/domain/price.ts), which knows "0", "-1" and missing keys.

import { z } from 'zod';

const tokenCount = z.number().int().nonnegative();

/** Free-form upstream prices: validated key by key by pricingFromPerTokenStrings. */
const UpstreamPricing = z.record(z.string(), z.unknown());

export const UpstreamArchitecture = z.object({
  /** "text+image->text"; the fallback when the modality lists are absent. */
  modality: z.string().nullish(),
  input_modalities: z.array(z.string()).nullish(),
  output_modalities: z.array(z.string()).nullish(),
  tokenizer: z.string().nullish(),
  instruct_type: z.string().nullish(),
});
export type UpstreamArchitecture = z.infer<typeof UpstreamArchitecture>;

export const UpstreamModel = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1),
  pricing: UpstreamPricing,
  context_length: tokenCount.nullable(),
  canonical_slug: z.string().nullish(),
  hugging_face_id: z.string().nullish(),
  /** Unix seconds. */
  created: z.number().int().nonnegative().nullish(),
  description: z.string().nullish(),
  architecture: UpstreamArchitecture.nullish(),
  top_provider: z
    .object({
      context_length: tokenCount.nullish(),
      max_completion_tokens: tokenCount.nullish(),
      is_moderated: z.boolean().nullish(),
    })
    .nullish(),
  supported_parameters: z.array(z.string()).nullish(),
  default_parameters: z.record(z.string(), z.unknown()).nullish(),
  expiration_date: z.string().nullish(),
  knowledge_cutoff: z.string().nullish(),
});
export type UpstreamModel = z.infer<typeof UpstreamModel>;

/** One provider endpoint. `tag` is absent in the 2025-05-12 recording; `discount` is a number inside pricing. */
export const UpstreamEndpoint = z.object({
  name: z.string().trim().min(1),
  provider_name: z.string().trim().min(1),
  pricing: UpstreamPricing,
  tag: z.string().nullish(),
  context_length: tokenCount.nullish(),
  max_completion_tokens: tokenCount.nullish(),
  max_prompt_tokens: tokenCount.nullish(),
  quantization: z.string().nullish(),
  supported_parameters: z.array(z.string()).nullish(),
  status: z.number().int().nullish(),
});
export type UpstreamEndpoint = z.infer<typeof UpstreamEndpoint>;

/** The model an endpoints payload describes; its endpoints are validated one by one. */
export const UpstreamEndpointsModel = z.object({
  id: z.string().min(1),
  endpoints: z.array(z.unknown()),
});
export type UpstreamEndpointsModel = z.infer<typeof UpstreamEndpointsModel>;
