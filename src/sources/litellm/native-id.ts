// LiteLLM map keys → the vendor's own model id and, for OpenRouter keys, the OpenRouter id.
//
// The rule, in order:
//   1. `openrouter/<id>` (or any key whose litellm_provider is `openrouter`): the rest is the
//      OpenRouter id, kept whole with its variant suffix (`:free`); it is also the native id.
//   2. Leading image-generation qualifiers go: sizes (`1024-x-1024`, `max-x-max`), step counts
//      (`50-steps`, `max-steps`) and a quality word (`hd`, `standard`, `low`, `medium`, `high`)
//      when a size follows it.
//   3. The first segment goes when it names a provider: the entry's own `litellm_provider`, its
//      family, the part before its first `-` (`vertex_ai` for `vertex_ai-anthropic_models`; `_` and
//      `-` compare equal, so `amazon-nova` names `amazon_nova`), or any other provider the same file
//      lists (`gemini/…` under `vertex_ai-language-models`, `azure/…` under `azure_text`). Only one provider segment goes: `deepinfra/deepinfra/mixtral`
//      is `deepinfra/mixtral`, and `vertex_ai/meta/llama3-405b-instruct-maas` keeps `meta/`.
//   4. After a provider prefix, deployment qualifiers go too: AWS regions (`us-east-1`,
//      `us-gov-west-1`, `*`), commitment tiers (`1-month-commitment`), `invoke`, Azure data zones
//      (`eu`, `us`, `global`, `global-standard`) and image qualifiers (`azure/hd/1024-x-1024/dall-e-3`).
//   Bare keys (`gpt-4o-2024-08-06`, `claude-3-5-sonnet-20241022`) stay as they are. A key is never
//   reduced to nothing: the last segment always stays.

export interface LiteLLMIds {
  nativeId: string;
  openrouterId: string | null;
}

const SIZE = /^(\d+-x-\d+|max-x-max)$/;
const STEPS = /^(\d+|max)-steps$/;
const QUALITY = new Set(['hd', 'standard', 'low', 'medium', 'high']);
const AWS_REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d+$/;
const COMMITMENT = /^\d+-month-commitment$/;
const DEPLOYMENT_WORDS = new Set(['*', 'invoke', 'eu', 'us', 'global', 'global-standard']);

/** Normalize a provider name or key segment so `amazon-nova` and `amazon_nova` compare equal. */
function norm(name: string): string {
  return name.toLowerCase().replaceAll('-', '_');
}

function isImageQualifier(segments: string[], i: number): boolean {
  const s = segments[i]!;
  if (SIZE.test(s) || STEPS.test(s)) return true;
  const next = segments[i + 1];
  return QUALITY.has(s) && next !== undefined && SIZE.test(next);
}

function isDeploymentQualifier(segments: string[], i: number): boolean {
  const s = segments[i]!;
  return AWS_REGION.test(s) || COMMITMENT.test(s) || DEPLOYMENT_WORDS.has(s) || isImageQualifier(segments, i);
}

/** True when `segment` names `provider` itself or its family (`vertex_ai` for `vertex_ai-anthropic_models`). */
export function segmentNamesProvider(segment: string, provider: string): boolean {
  const s = norm(segment);
  return s === norm(provider) || s === norm(provider.split('-')[0]!);
}

/**
 * The native id and OpenRouter id of one LiteLLM key. `providers` is every `litellm_provider`
 * value in the same file, so a key prefixed with another provider's name is recognised.
 */
export function litellmIds(key: string, provider: string | null, providers: ReadonlySet<string>): LiteLLMIds {
  if (key.startsWith('openrouter/') && key.length > 'openrouter/'.length) {
    const id = key.slice('openrouter/'.length);
    return { nativeId: id, openrouterId: id };
  }
  if (provider === 'openrouter') return { nativeId: key, openrouterId: key };

  const segments = key.split('/');
  while (segments.length > 1 && isImageQualifier(segments, 0)) segments.shift();
  const first = segments[0]!;
  const namesProvider =
    (provider !== null && segmentNamesProvider(first, provider)) ||
    [...providers].some((p) => norm(p) === norm(first));
  if (segments.length > 1 && namesProvider) {
    segments.shift();
    while (segments.length > 1 && isDeploymentQualifier(segments, 0)) segments.shift();
  }
  return { nativeId: segments.join('/'), openrouterId: null };
}
