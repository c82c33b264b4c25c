// From validated upstream records to the normalized OpenRouter records the rest of the product reads.

import type { Pricing } from '../../domain/model.ts';
import type { OpenRouterEndpoint, OpenRouterModel } from '../types.ts';
import type { UpstreamArchitecture, UpstreamEndpoint, UpstreamModel } from './schema.ts';

/** Variant suffixes seen upstream; any other suffix is kept as a variant too. */
export const KNOWN_VARIANTS = ['free', 'beta', 'extended', 'thinking', 'exacto'] as const;

export interface IdParts {
  baseId: string;
  variant: string | null;
  author: string;
  slug: string;
}

/** `author/slug[:variant]` → its parts, or a clause saying why the id is not of that form. */
export function splitId(id: string): IdParts | { problem: string } {
  if (/\s/.test(id)) return { problem: `contains whitespace: ${JSON.stringify(id)}` };
  const colon = id.indexOf(':');
  const baseId = colon === -1 ? id : id.slice(0, colon);
  const variant = colon === -1 ? null : id.slice(colon + 1);
  if (variant === '') return { problem: `ends with ":" but names no variant: ${JSON.stringify(id)}` };
  const slash = baseId.indexOf('/');
  if (slash <= 0 || slash === baseId.length - 1)
    return { problem: `should be "author/slug", got ${JSON.stringify(id)}` };
  return { baseId, variant, author: baseId.slice(0, slash), slug: baseId.slice(slash + 1) };
}

/** Unix seconds → `YYYY-MM-DD` in UTC. */
export function isoDateFromUnix(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** Input and output modalities from the lists, else from `modality` ("text+image->text"). */
export function modalitiesOf(architecture: UpstreamArchitecture | null | undefined): {
  input: string[];
  output: string[];
} {
  const fromModality = parseModality(architecture?.modality ?? null);
  return {
    input: architecture?.input_modalities ?? fromModality.input,
    output: architecture?.output_modalities ?? fromModality.output,
  };
}

/** "text+image->text+image" → input [text, image], output [text, image]; anything else → empty lists. */
export function parseModality(modality: string | null): { input: string[]; output: string[] } {
  const [inputSide, outputSide, ...extra] = modality?.split('->') ?? [];
  if (inputSide === undefined || outputSide === undefined || extra.length > 0)
    return { input: [], output: [] };
  const list = (side: string) =>
    side
      .split('+')
      .map((m) => m.trim())
      .filter((m) => m !== '');
  return { input: list(inputSide), output: list(outputSide) };
}

/** Empty strings upstream mean "none" (hugging_face_id is "" for many models). */
function orNull(text: string | null | undefined): string | null {
  const t = text?.trim();
  return t ? t : null;
}

export function normalizeModel(model: UpstreamModel, parts: IdParts, pricing: Pricing): OpenRouterModel {
  const modalities = modalitiesOf(model.architecture);
  const created = model.created ?? null;
  return {
    id: model.id,
    baseId: parts.baseId,
    variant: parts.variant,
    author: parts.author,
    slug: parts.slug,
    canonicalSlug: orNull(model.canonical_slug),
    huggingFaceId: orNull(model.hugging_face_id),
    name: model.name,
    created: created === null ? null : isoDateFromUnix(created),
    createdUnix: created,
    description: orNull(model.description),
    contextLength: model.context_length,
    maxCompletionTokens: model.top_provider?.max_completion_tokens ?? null,
    topProviderContextLength: model.top_provider?.context_length ?? null,
    isModerated: model.top_provider?.is_moderated ?? null,
    modality: orNull(model.architecture?.modality),
    inputModalities: modalities.input,
    outputModalities: modalities.output,
    tokenizer: orNull(model.architecture?.tokenizer),
    instructType: orNull(model.architecture?.instruct_type),
    pricing,
    supportedParameters: model.supported_parameters ?? null,
    defaultParameters: model.default_parameters ?? null,
    expirationDate: orNull(model.expiration_date),
    knowledgeCutoff: orNull(model.knowledge_cutoff),
  };
}

/** "Google | google/gemini-2.5-pro-preview-03-25" → "google/gemini-2.5-pro-preview-03-25". */
export function upstreamSlugOf(endpointName: string): string | null {
  const at = endpointName.indexOf(' | ');
  if (at === -1) return null;
  return orNull(endpointName.slice(at + 3));
}

export function normalizeEndpoint(
  endpoint: UpstreamEndpoint,
  pricing: Pricing,
  discount: number | null,
): OpenRouterEndpoint {
  return {
    name: endpoint.name,
    providerName: endpoint.provider_name,
    tag: orNull(endpoint.tag),
    contextLength: endpoint.context_length ?? null,
    maxCompletionTokens: endpoint.max_completion_tokens ?? null,
    maxPromptTokens: endpoint.max_prompt_tokens ?? null,
    quantization: orNull(endpoint.quantization),
    pricing,
    discount,
    supportedParameters: endpoint.supported_parameters ?? null,
    status: endpoint.status ?? null,
    upstreamSlug: upstreamSlugOf(endpoint.name),
  };
}
