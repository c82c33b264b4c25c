// Self-made payloads in the upstream formats (SOURCES.md §1a, §2c, §2d, §3a, §3b), generated from a
// seed so a catalog of any size looks like the real one: dated slugs, :free and :thinking variants,
// a "-1" router, many-decimal per-token price strings, trailing spaces in names, extra price modes.

/** A small seeded generator (mulberry32): the same seed gives the same catalog. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AUTHORS = [
  { id: 'openai', label: 'OpenAI', family: 'gpt', tokenizer: 'GPT', org: 'OpenAI' },
  { id: 'anthropic', label: 'Anthropic', family: 'claude', tokenizer: 'Claude', org: 'Anthropic' },
  { id: 'google', label: 'Google', family: 'gemini', tokenizer: 'Gemini', org: 'Google' },
  { id: 'meta-llama', label: 'Meta', family: 'llama', tokenizer: 'Llama3', org: 'Meta' },
  { id: 'mistralai', label: 'Mistral', family: 'mistral', tokenizer: 'Mistral', org: 'Mistral' },
  { id: 'qwen', label: 'Qwen', family: 'qwen', tokenizer: 'Qwen3', org: 'Alibaba' },
  { id: 'deepseek', label: 'DeepSeek', family: 'deepseek', tokenizer: 'DeepSeek', org: 'DeepSeek' },
  { id: 'z-ai', label: 'Z.AI', family: 'glm', tokenizer: 'Other', org: 'Zhipu AI' },
  { id: 'x-ai', label: 'xAI', family: 'grok', tokenizer: 'Grok', org: 'xAI' },
  { id: 'cohere', label: 'Cohere', family: 'command', tokenizer: 'Cohere', org: 'Cohere' },
] as const;

const SIZES = ['mini', 'small', 'medium', 'large', 'pro', 'flash', 'turbo', 'ultra'] as const;

/** Per-token prices as OpenRouter writes them: decimal strings, never normalized. */
function perTokenString(random: () => number): string {
  const perMillion = [0.02, 0.071, 0.1, 0.15, 0.25, 0.4, 0.6, 1.1, 2.5, 3, 10, 15, 60][
    Math.floor(random() * 13)
  ]!;
  // "0.000000071" and friends: the decimal form of per-1M / 1e6, with no float noise.
  const [int, frac = ''] = String(perMillion).split('.');
  const digits = `${int}${frac}`.replace(/^0+/, '');
  const exponent = frac.length + 6;
  return `0.${digits.padStart(exponent, '0')}`;
}

export interface CatalogModel {
  id: string;
  name: string;
  /** The arena key a leaderboard would give this model, when it is ranked. */
  arenaKey: string | null;
  organization: string;
  record: Record<string, unknown>;
}

/** A catalog of `count` models (ids unique) in the `GET /api/v1/models` record shape. */
export function catalogModels(count: number, seed = 1): CatalogModel[] {
  const random = seededRandom(seed);
  const models: CatalogModel[] = [];
  const seen = new Set<string>();
  models.push(router());
  seen.add('openrouter/auto');
  for (let i = 0; models.length < count; i++) {
    const author = AUTHORS[i % AUTHORS.length]!;
    const generation = 1 + Math.floor(i / (AUTHORS.length * SIZES.length));
    const size = SIZES[Math.floor(i / AUTHORS.length) % SIZES.length]!;
    const slug = `${author.family}-${generation}.${i % 3}-${size}`;
    const dated = `${slug}-2025${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}`;
    const id = `${author.id}/${slug}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const label = `${author.label}: ${titleCase(slug)}`;
    const prompt = perTokenString(random);
    const completion = perTokenString(random);
    const context = [8192, 32768, 128000, 131072, 200000, 1048576][Math.floor(random() * 6)]!;
    const vision = random() < 0.4;
    const ranked = random() < 0.5;
    const record: Record<string, unknown> = {
      id,
      canonical_slug: `${author.id}/${dated}`,
      hugging_face_id: random() < 0.3 ? `${author.label}/${titleCase(slug).replace(/ /g, '-')}` : '',
      // Upstream names sometimes end in a space ("Qwen: Qwen-Max ").
      name: i % 17 === 0 ? `${label} ` : label,
      created: 1_700_000_000 + i * 3600,
      description: `${label} is a ${size} model of the ${author.family} family.`,
      context_length: context,
      architecture: {
        modality: vision ? 'text+image->text' : 'text->text',
        input_modalities: vision ? ['text', 'image'] : ['text'],
        output_modalities: ['text'],
        tokenizer: author.tokenizer,
        instruct_type: i % 5 === 0 ? 'chatml' : null,
      },
      pricing: {
        prompt,
        completion,
        request: '0',
        image: vision ? '0.001445' : '0',
        web_search: '0',
        internal_reasoning: '0',
        ...(i % 4 === 0 ? { input_cache_read: '0.000000025', input_cache_write: '0.0000003125' } : {}),
      },
      top_provider: {
        // top_provider.context_length can differ from context_length.
        context_length: i % 9 === 0 ? Math.floor(context / 2) : context,
        max_completion_tokens: i % 3 === 0 ? null : 16384,
        is_moderated: author.id === 'openai' || author.id === 'anthropic',
      },
      per_request_limits: null,
      supported_parameters: ['max_tokens', 'temperature', 'top_p', ...(random() < 0.6 ? ['tools'] : [])],
      default_parameters: {},
    };
    models.push({
      id,
      name: label,
      arenaKey: ranked ? dated : null,
      organization: author.org,
      record,
    });
    // Every seventh model also has a :free variant priced "0" and named "(free)".
    if (i % 7 === 0 && models.length < count) {
      models.push({
        id: `${id}:free`,
        name: `${label} (free)`,
        arenaKey: null,
        organization: author.org,
        record: {
          ...record,
          id: `${id}:free`,
          name: `${label} (free)`,
          pricing: { prompt: '0', completion: '0', request: '0', image: '0' },
        },
      });
      seen.add(`${id}:free`);
    }
  }
  return models.slice(0, count);
}

function router(): CatalogModel {
  return {
    id: 'openrouter/auto',
    name: 'Auto Router',
    arenaKey: null,
    organization: 'OpenRouter',
    record: {
      id: 'openrouter/auto',
      canonical_slug: 'openrouter/auto',
      hugging_face_id: null,
      name: 'Auto Router',
      created: 1_699_401_600,
      description: 'Picks a model for each prompt.',
      context_length: 2_000_000,
      architecture: {
        modality: 'text+image->text',
        input_modalities: ['text', 'image'],
        output_modalities: ['text'],
        tokenizer: 'Router',
        instruct_type: null,
      },
      // "-1" is variable (router) pricing, never $0.
      pricing: { prompt: '-1', completion: '-1' },
      top_provider: { context_length: null, max_completion_tokens: null, is_moderated: false },
      per_request_limits: null,
      supported_parameters: [],
    },
  };
}

function titleCase(slug: string): string {
  return slug
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** The `GET /api/v1/models` body. */
export function catalogPayload(models: CatalogModel[]): { data: Record<string, unknown>[] } {
  return { data: models.map((m) => m.record) };
}

const rating = (r: number, half: number) => ({
  rating: r,
  rating_q975: r + half,
  rating_q025: r - half,
});

/** An arena-catalog ratings file: `{category: {key: {rating, rating_q975, rating_q025}}}`. */
export function ratingsPayload(
  models: CatalogModel[],
  options: { seed?: number; categories?: string[]; arenaOnly?: number } = {},
): Record<string, Record<string, ReturnType<typeof rating>>> {
  const random = seededRandom(options.seed ?? 7);
  const keys = [
    ...models.flatMap((m) => (m.arenaKey ? [m.arenaKey] : [])),
    ...Array.from({ length: options.arenaOnly ?? 12 }, (_, i) => `legacy-model-${i + 1}`),
  ];
  const out: Record<string, Record<string, ReturnType<typeof rating>>> = {};
  for (const category of options.categories ?? ['full', 'coding', 'math', 'creative_writing', 'chinese']) {
    const entries: Record<string, ReturnType<typeof rating>> = {};
    for (const key of keys) {
      if (category !== 'full' && random() < 0.2) continue;
      // Raw Bradley–Terry floats, not rounded scores.
      entries[key] = rating(1000 + random() * 400, 2 + random() * 10);
    }
    out[category] = entries;
  }
  return out;
}

/** arena-catalog `scatterplot-data.json`: prices in USD per 1M, mostly strings, a few numbers. */
export function scatterplotPayload(models: CatalogModel[]): Record<string, unknown>[] {
  return models
    .filter((m) => m.arenaKey)
    .slice(0, 60)
    .map((m, i) => ({
      name: m.name.split(': ')[1] ?? m.name,
      model_api_name: m.arenaKey,
      input_token_price: i % 10 === 0 ? 0.05 : '2.5',
      output_token_price: i % 10 === 0 ? 0.4 : '10',
      organization: m.organization,
      license: 'Proprietary',
      price_source: 'provider site',
      model_source: 'api',
      ...(i % 13 === 0 ? { hidden: true } : {}),
    }));
}

/** LiteLLM's price map: JSON numbers in USD per token, provider-prefixed keys, a `sample_spec`. */
export function litellmPayload(models: CatalogModel[]): Record<string, unknown> {
  const out: Record<string, unknown> = {
    sample_spec: {
      max_tokens: 'LEGACY parameter',
      input_cost_per_token: 0.0,
      mode: 'one of chat, embedding',
    },
  };
  for (const m of models.slice(0, 80)) {
    if (m.id.includes(':')) continue;
    out[`openrouter/${m.id}`] = {
      max_tokens: 16384,
      max_input_tokens: 128000,
      max_output_tokens: 16384,
      input_cost_per_token: 2.5e-6,
      output_cost_per_token: 1e-5,
      litellm_provider: 'openrouter',
      mode: 'chat',
      supports_function_calling: true,
    };
  }
  return out;
}

/** models.dev `api.json`: providers holding models, costs in USD per 1M (numbers). */
export function modelsDevPayload(models: CatalogModel[]): Record<string, unknown> {
  const openrouterModels: Record<string, unknown> = {};
  for (const m of models.slice(0, 60)) {
    if (m.id.includes(':')) continue;
    openrouterModels[m.id] = {
      id: m.id,
      name: m.name,
      release_date: '2025-03-01',
      last_updated: '2025-06-01',
      attachment: false,
      reasoning: false,
      tool_call: true,
      open_weights: false,
      cost: { input: 2.5, output: 10 },
      limit: { context: 128000, output: 16384 },
      modalities: { input: ['text'], output: ['text'] },
    };
  }
  return {
    openrouter: {
      id: 'openrouter',
      name: 'OpenRouter',
      env: ['OPENROUTER_API_KEY'],
      npm: '@openrouter/ai-sdk-provider',
      doc: 'https://openrouter.ai/models',
      models: openrouterModels,
    },
  };
}
