// The OpenRouter source: the catalog parser, the endpoints parser and the URLs they read.

export { openRouterEndpoints } from './endpoints.ts';
export { openRouterModels } from './models.ts';
export { KNOWN_VARIANTS, parseModality, splitId } from './normalize.ts';
export { endpointsUrl, modelsUrl, OPENROUTER_BASE_URL } from './urls.ts';
