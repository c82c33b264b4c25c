// Configuration from flags and the environment, in one place. Flags win over the environment.

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the database lives unless --db or DATABASE_URL say otherwise (git-ignored). */
export const DEFAULT_DB_PATH = resolve(PROJECT_ROOT, 'var/atlas.db');

/** The offline history committed in the repo, used when the live sources cannot be reached. */
export const BUNDLED_HISTORY_PATH = resolve(PROJECT_ROOT, 'data/bundled-history.json.gz');

/** The reviewed match decisions. */
export const OVERRIDES_PATH = resolve(PROJECT_ROOT, 'src/match/overrides.jsonl');

export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  const url = env.DATABASE_URL;
  if (url) {
    if (/^postgres(ql)?:\/\//i.test(url)) {
      throw new Error(
        'DATABASE_URL points at PostgreSQL, which this version does not support yet. Use a SQLite path (file:var/atlas.db) or unset it.',
      );
    }
    return resolve(url.replace(/^file:(\/\/)?/, ''));
  }
  return DEFAULT_DB_PATH;
}

export interface ServeConfig {
  port: number;
  host: string;
  baseUrl: string;
}

export function resolveServeConfig(
  flags: { port?: string; host?: string },
  env: NodeJS.ProcessEnv = process.env,
): ServeConfig {
  const portText = flags.port ?? env.PORT ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`The port must be a whole number from 0 to 65535; got ${JSON.stringify(portText)}.`);
  }
  const host = flags.host ?? env.HOST ?? '127.0.0.1';
  const baseUrl = (env.BASE_URL ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`).replace(
    /\/+$/,
    '',
  );
  return { port, host, baseUrl };
}

/** Live source locations; each can be pointed at a stand-in server. */
export function liveSourceConfig(env: NodeJS.ProcessEnv = process.env) {
  return {
    openrouterBaseUrl: (env.OPENROUTER_BASE_URL ?? 'https://openrouter.ai/api/v1').replace(/\/+$/, ''),
    arenaCatalogBaseUrl: (
      env.ARENA_CATALOG_BASE_URL ?? 'https://raw.githubusercontent.com/lmarena/arena-catalog/main/data'
    ).replace(/\/+$/, ''),
    litellmUrl:
      env.LITELLM_PRICES_URL ??
      'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json',
    modelsDevUrl: env.MODELS_DEV_URL ?? 'https://models.dev/api.json',
    openrouterApiKey: env.OPENROUTER_API_KEY ?? null,
    fetch: liveFetchSettings(env),
  };
}
export type LiveSourceConfig = ReturnType<typeof liveSourceConfig>;

/**
 * How patient the live fetch is, for slow links and for tests. Each setting is optional; unset ones
 * keep the fetch layer's defaults (src/sources/http.ts: 30 s timeout, 3 retries, 500 ms first backoff).
 *   ATLAS_FETCH_TIMEOUT_MS  per attempt, from the request to the last body byte
 *   ATLAS_FETCH_RETRIES     extra attempts after the first, for network errors, timeouts, HTTP 5xx and 429
 *   ATLAS_FETCH_BACKOFF_MS  the first wait between attempts; it doubles each time (Retry-After wins)
 */
export function liveFetchSettings(env: NodeJS.ProcessEnv = process.env): {
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
} {
  const read = (name: string, min: number, unit: string): number | undefined => {
    const text = env[name];
    if (text === undefined || text.trim() === '') return undefined;
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < min) {
      throw new Error(
        `${name} must be a whole number of ${unit}, ${min} or more; got ${JSON.stringify(text)}. Fix it or unset it to use the default.`,
      );
    }
    return value;
  };
  const settings = {
    timeoutMs: read('ATLAS_FETCH_TIMEOUT_MS', 1, 'milliseconds'),
    retries: read('ATLAS_FETCH_RETRIES', 0, 'retries'),
    backoffMs: read('ATLAS_FETCH_BACKOFF_MS', 0, 'milliseconds'),
  };
  // Only the settings given, so they can be spread over other options without erasing them.
  return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
}
