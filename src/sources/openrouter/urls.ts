// Where the live OpenRouter payloads are. The base URL is a setting so a mirror or proxy can stand in.

export const OPENROUTER_BASE_URL = 'https://openrouter.ai/api/v1';

function trimBase(base: string): string {
  return base.replace(/\/+$/, '');
}

// A ':' is legal in a path segment and keeps variant ids readable (`…:free`).
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/%3A/gi, ':');
}

/** The full catalog: `GET {base}/models`. */
export function modelsUrl(base: string = OPENROUTER_BASE_URL): string {
  return `${trimBase(base)}/models`;
}

/**
 * One model's provider endpoints: `GET {base}/models/{author}/{slug}/endpoints`. The id is used as
 * given (variant suffix included); the catalog's own `links.details` uses the canonical slug.
 */
export function endpointsUrl(base: string, modelId: string): string {
  const segments = modelId.split('/');
  if (segments.length < 2 || segments.some((s) => s === ''))
    throw new RangeError(`An OpenRouter model id is "author/slug"; got ${JSON.stringify(modelId)}.`);
  return `${trimBase(base)}/models/${segments.map(encodeSegment).join('/')}/endpoints`;
}
